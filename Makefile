# The README's two commands: `make run` and `make test`.
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench deps embed generate check-generated lint clean

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  echo "libedit-dev is missing: installing it with apt-get"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

embed:
	@./scripts/embed-baseline.sh

# Rebuilds every generated file from its generator: the seeds, the embedded Swift and the
# calibration figures of the Python reference model.
generate:
	python3 scripts/build-baseline.py
	python3 scripts/build-plan-tasks.py
	@./scripts/embed-baseline.sh
	python3 scripts/reference_model.py --expected Tests/calibration-expected.json

# Fails when a committed generated file differs from what its generator makes now. It runs
# before `embed` in `make test`, so that the Swift files are compared as committed.
check-generated:
	@./scripts/check-generated.sh

build: deps embed
	$(SWIFT) build

run: deps embed
	$(SWIFT) build -c release --product erqi
	./.build/release/erqi $(ARGS)

# swift-format's rules from .swift-format (scripts/lint.sh says which findings it drops).
lint:
	@SWIFT=$(SWIFT) ./scripts/lint.sh

test: deps check-generated embed lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

bench: deps embed
	$(SWIFT) run -c release erqi-bench

clean:
	rm -rf .build
