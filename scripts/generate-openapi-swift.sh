#!/usr/bin/env bash
# Writes Sources/WardServer/API/OpenAPIDocument.swift from docs/openapi.json, the document the server
# serves at /api/v1/openapi.json. Edit docs/openapi.json, then run this; `--check` only reports
# whether the Swift copy is stale (exit 1) without writing it.
set -euo pipefail
cd "$(dirname "$0")/.."

source_file=docs/openapi.json
target_file=Sources/WardServer/API/OpenAPIDocument.swift

# The document goes into a Swift raw string delimited by ##"""; it must not contain that delimiter.
if grep -q '"""##\|\\##' "$source_file"; then
  echo "generate-openapi-swift: $source_file contains the raw-string delimiter \"\"\"## or \\##" >&2
  exit 2
fi

render() {
  printf '%s\n' "// Generated from docs/openapi.json by scripts/generate-openapi-swift.sh; do not edit."
  printf '%s\n' "/// The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json."
  printf '%s\n' "enum OpenAPIDocument {"
  printf '%s\n' '    static let json = ##"""'
  cat "$source_file"
  [[ -z $(tail -c 1 "$source_file") ]] || printf '\n'
  printf '%s\n' '"""##'
  printf '%s\n' "}"
}

if [[ "${1:-}" == "--check" ]]; then
  if render | cmp -s - "$target_file"; then exit 0; fi
  echo "generate-openapi-swift: $target_file is stale: run scripts/generate-openapi-swift.sh" >&2
  exit 1
fi
render > "$target_file"
echo "wrote $target_file"
