#!/usr/bin/env bash
# Installs what building and testing Ward needs, skipping whatever is already there.
#   scripts/install-deps.sh          system libraries for building (Vectorscan, PCRE2, pkg-config)
#   scripts/install-deps.sh --test   also the tools the test suite runs (git, python3 + jsonschema, PostgreSQL,
#                                    Chromium + chromedriver + selenium for the web UI test,
#                                    semgrep, bandit and checkov for the orchestration tests)
set -euo pipefail

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

say() { printf 'deps: %s\n' "$*" >&2; }

if ! command -v swift >/dev/null 2>&1; then
  say "the Swift toolchain (6.0 or later) is not on PATH: install it from swift.org, then run this again."
  exit 2
fi

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    say "need root to run: $*"; exit 2
  fi
}

apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  say "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

have_pc() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1"; }

missing_apt=()
missing_brew=()
command -v pkg-config >/dev/null 2>&1 || { missing_apt+=(pkg-config); missing_brew+=(pkg-config); }
have_pc libhs || { missing_apt+=(libvectorscan-dev); missing_brew+=(vectorscan); }
have_pc libpcre2-8 || { missing_apt+=(libpcre2-dev); missing_brew+=(pcre2); }
have_pc sqlite3 || { missing_apt+=(libsqlite3-dev); missing_brew+=(sqlite); }
if [[ $want_test -eq 1 ]]; then
  command -v git >/dev/null 2>&1 || { missing_apt+=(git); missing_brew+=(git); }
  command -v python3 >/dev/null 2>&1 || { missing_apt+=(python3 python3-pip); missing_brew+=(python); }
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 \
    || { missing_apt+=(postgresql); missing_brew+=(postgresql@16); }
  # The web UI's end-to-end test (Tests/e2e) drives a real headless Chromium through chromedriver.
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { missing_apt+=(chromium); missing_brew+=(chromium); }
  command -v chromedriver >/dev/null 2>&1 || { missing_apt+=(chromium-driver); missing_brew+=(chromedriver); }
fi

if [[ ${#missing_apt[@]} -gt 0 ]]; then
  if command -v apt-get >/dev/null 2>&1; then
    apt_install "${missing_apt[@]}"
  elif command -v brew >/dev/null 2>&1; then
    say "installing ${missing_brew[*]} with brew"
    brew install "${missing_brew[@]}"
  else
    say "please install: ${missing_apt[*]} (Debian/Ubuntu names) — no apt-get or brew found"
    exit 2
  fi
fi

if [[ $want_test -eq 1 ]] && ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  say "installing the jsonschema Python package with pip"
  python3 -m pip install --quiet jsonschema 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages jsonschema
fi

if [[ $want_test -eq 1 ]] && ! python3 -c 'import selenium' >/dev/null 2>&1; then
  say "installing the selenium Python package with pip"
  python3 -m pip install --quiet selenium 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages selenium
fi

# The API checks: openapi-spec-validator validates docs/openapi.json, schemathesis runs against a live server.
if [[ $want_test -eq 1 ]]; then
  missing_pip=()
  python3 -c 'import openapi_spec_validator' >/dev/null 2>&1 || missing_pip+=(openapi-spec-validator)
  python3 -c 'import schemathesis' >/dev/null 2>&1 || missing_pip+=(schemathesis)
  # The scanners `ward scan --with` runs for real in the orchestration tests.
  command -v semgrep >/dev/null 2>&1 || missing_pip+=(semgrep)
  command -v bandit >/dev/null 2>&1 || missing_pip+=(bandit)
  command -v checkov >/dev/null 2>&1 || missing_pip+=(checkov)
  if [[ ${#missing_pip[@]} -gt 0 ]]; then
    say "installing ${missing_pip[*]} with pip"
    python3 -m pip install --quiet "${missing_pip[@]}" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "${missing_pip[@]}"
  fi
fi
