# The README's two commands: `make run` and `make test`.
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench deps embed clean fuzz

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  echo "libedit-dev is missing: installing it with apt-get"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

embed:
	@./scripts/embed-baseline.sh

build: deps embed
	$(SWIFT) build

run: deps embed
	$(SWIFT) build -c release --product erqi
	./.build/release/erqi $(ARGS)

test: deps embed
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(MAKE) -C scripts/fuzz smoke

# Each libFuzzer target for FUZZ_SECONDS (default 600) on its growing corpus in .build/fuzz.
FUZZ_SECONDS ?= 600
fuzz:
	$(MAKE) -C scripts/fuzz run SECONDS=$(FUZZ_SECONDS)

bench: deps embed
	$(SWIFT) run -c release erqi-bench

clean:
	rm -rf .build
