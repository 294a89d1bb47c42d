# Ward — the two commands that set everything up on a fresh machine:
#   make run    install missing system libraries, build a release binary, scan the demo project and
#               serve it on http://localhost:8080 (prints the login on the first run)
#   make test   install missing test tools, build and run every test
SWIFT ?= swift
WARD_RELEASE := .build/release/ward

.PHONY: run test e2e api-check build deps test-deps bench clean

run: export WARD_DB := $(CURDIR)/.build/demo-advisories.db
run: deps
	$(SWIFT) build -c release --product ward
	$(WARD_RELEASE) db update --quiet --source examples/advisories
	@scripts/demo-server.sh $(WARD_RELEASE)

test: test-deps
	$(SWIFT) build --build-tests
	WARD_REQUIRE_POSTGRES=1 WARD_REQUIRE_TOOLS=1 scripts/with-postgres.sh $(SWIFT) test --skip-build
	$(MAKE) e2e
	$(MAKE) api-check

# The web UI in a real headless Chromium against a live `ward serve`; screenshots in .build/test-artifacts/e2e/.
e2e: test-deps
	$(SWIFT) build --product ward
	python3 Tests/e2e/test_ui.py

# schemathesis against a live `ward serve`, from docs/openapi.json: no 5xx, documented statuses and schemas.
api-check: test-deps
	Tests/e2e/schemathesis.sh

build: deps
	$(SWIFT) build -c release --product ward

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

bench: deps
	Benchmarks/run.sh

clean:
	rm -rf .build
