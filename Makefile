# Ward — the two commands that set everything up on a fresh machine:
#   make run    install missing system libraries, build a release binary, scan the demo project
#   make test   install missing test tools, build and run every test
SWIFT ?= swift
WARD_RELEASE := .build/release/ward

.PHONY: run test build deps test-deps bench clean

run: deps
	$(SWIFT) build -c release --product ward
	@echo
	@echo "== ward scan examples/demo-app =="
	@$(WARD_RELEASE) scan examples/demo-app

test: test-deps
	$(SWIFT) build --build-tests
	WARD_REQUIRE_POSTGRES=1 scripts/with-postgres.sh $(SWIFT) test --skip-build

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
