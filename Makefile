# The README's two commands: `make run` and `make test`.
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench deps embed generate check-generated lint clean man fuzz

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  echo "libedit-dev is missing: installing it with apt-get"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

# The seeds as Swift: their text (embed-baseline.sh) and the baseline built without JSON
# (prebuild-baseline.py, what start-up uses). Both rewrite a file only when it would change.
embed:
	@./scripts/embed-baseline.sh
	@python3 scripts/prebuild-baseline.py

# Rebuilds every generated file from its generator: the seeds, the embedded Swift and the
# calibration figures of the Python reference model.
generate:
	python3 scripts/build-baseline.py
	python3 scripts/build-plan-tasks.py
	@./scripts/embed-baseline.sh
	@python3 scripts/prebuild-baseline.py
	python3 scripts/reference_model.py --expected Tests/calibration-expected.json

# Fails when a committed generated file differs from what its generator makes now. It runs
# before `embed` in `make test`, so that the Swift files are compared as committed.
check-generated:
	@./scripts/check-generated.sh

build: deps embed
	$(SWIFT) build

# The binary `make run` starts links the Swift runtime and Foundation statically (built in its
# own folder, so that it never rebuilds .build/release): start-up then skips most of the dynamic
# linker's symbol lookups (README, "Measured speed").
STATIC = --static-swift-stdlib --scratch-path .build/static

run: deps embed
	$(SWIFT) build -c release --product erqi $(STATIC)
	./.build/static/release/erqi $(ARGS)

# swift-format's rules from .swift-format (scripts/lint.sh says which findings it drops).
lint:
	@SWIFT=$(SWIFT) ./scripts/lint.sh

test: deps check-generated embed lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(MAKE) --no-print-directory pictures-test
	$(MAKE) -C scripts/fuzz smoke

# Each libFuzzer target for FUZZ_SECONDS (default 600) on its growing corpus in .build/fuzz.
FUZZ_SECONDS ?= 600
fuzz:
	$(MAKE) -C scripts/fuzz run SECONDS=$(FUZZ_SECONDS)

bench: deps embed
	$(SWIFT) run -c release erqi-bench

# The man page, generated from the same help texts as --help and the shell's help.
man: deps embed
	$(SWIFT) build --product erqi
	./.build/debug/erqi --generate-man > docs/erqi.1.tmp && mv docs/erqi.1.tmp docs/erqi.1

clean:
	rm -rf .build

# --- Pictures (issue 8): the HTML report in a real browser, and the notebooks -------------
# A virtual environment under .build/venv holds notebooks/requirements.txt; it is (re)installed
# only when missing or when the requirements changed. Chromium, the Noto CJK fonts and
# python3-venv come from apt-get when missing, as libedit-dev does above.
VENV := .build/venv
VENV_STAMP := $(VENV)/requirements.installed
PYTHON3 ?= python3
# The erqi the notebooks run: `make notebooks` builds the release one; `make test` passes its debug build.
ERQI ?=

.PHONY: picture-deps venv browser-test notebooks pictures-test report-screenshot shell-screenshot

picture-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	$(PYTHON3) -c "import venv, ensurepip" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "missing:$$missing: installing with apt-get"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing fontconfig >/dev/null; \
	fi

$(VENV_STAMP): notebooks/requirements.txt
	@$(MAKE) --no-print-directory picture-deps
	@test -x $(VENV)/bin/python || $(PYTHON3) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r notebooks/requirements.txt
	@cp notebooks/requirements.txt $@

venv: $(VENV_STAMP)

# The report written by the built erqi, validated, rendered by headless Chromium and read back.
browser-test: picture-deps venv
	$(SWIFT) build --product erqi
	$(VENV)/bin/python Tests/Browser/check_report.py .build/debug/erqi

# Every notebook executed headless into .build/notebooks/, with an HTML copy beside each.
notebooks: picture-deps venv
	$(VENV)/bin/python Tests/Notebooks/check_no_outputs.py
	@if [ -z "$(ERQI)" ]; then $(SWIFT) build -c release --product erqi; fi
	@rm -rf .build/notebooks && mkdir -p .build/notebooks
	ERQI="$(if $(ERQI),$(abspath $(ERQI)),$(CURDIR)/.build/release/erqi)" \
	  $(VENV)/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
	  --output-dir .build/notebooks notebooks/*.ipynb
	$(VENV)/bin/jupyter nbconvert --to html --output-dir .build/notebooks .build/notebooks/*.ipynb
	$(VENV)/bin/python Tests/Notebooks/check_executed.py

# What `make test` runs after the Swift tests (on the debug erqi it has just built).
pictures-test: browser-test
	$(MAKE) --no-print-directory notebooks ERQI=.build/debug/erqi

# The README's picture of a chart at the prompt (docs/images/shell-chart.png): the shell in tmux.
shell-screenshot: picture-deps venv
	@command -v tmux >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq tmux >/dev/null; }
	$(SWIFT) build --product erqi
	$(VENV)/bin/python scripts/shell-picture.py .build/debug/erqi docs/images/shell-chart.png

# The README's picture of the report (docs/images/report.png).
report-screenshot: picture-deps venv
	$(SWIFT) build --product erqi
	$(VENV)/bin/python Tests/Browser/check_report.py .build/debug/erqi --screenshot docs/images/report.png
