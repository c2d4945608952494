# The README's two commands: `make run` and `make test`.
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench deps embed clean man

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

bench: deps embed
	$(SWIFT) run -c release erqi-bench

# The man page, generated from the same help texts as --help and the shell's help.
man: deps embed
	$(SWIFT) build --product erqi
	./.build/debug/erqi --generate-man > docs/erqi.1.tmp && mv docs/erqi.1.tmp docs/erqi.1

clean:
	rm -rf .build
