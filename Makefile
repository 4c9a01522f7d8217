# noticekit developer commands. Each target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The test environment is locked: every machine and CI install exactly these versions.
LOCK := requirements/test.txt
LATEST := .venv-latest
# axe-core for the browser tests, installed by npm from tests/browser/package-lock.json.
AXE := tests/browser/node_modules/axe-core/axe.min.js

.PHONY: demo check test browser-tools test-latest lock lint-notices build schema reference bench bench-lint clean i18n-extract i18n-update i18n-compile i18n-check

$(STAMP): pyproject.toml setup.py $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## demo: the main job on the shipped notices (validate, lint, build site/)
demo: $(STAMP)
	$(BIN)/noticekit validate notices/
	# The seeds have real gaps; lint reports them without stopping the demo.
	-$(BIN)/noticekit lint notices/
	$(BIN)/noticekit build notices/ --out site

## check: the quality gate: ruff's lint rules, ruff's formatting and mypy, all clean (CI runs it)
check: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy src

## test: the quality gate, then the whole test suite (the browser tests also need Chromium and
## Java; .ci/run installs them)
test: check $(STAMP) browser-tools
	$(BIN)/python -m pytest

## browser-tools: axe-core for the browser tests (npm ci into tests/browser/node_modules)
browser-tools: $(AXE)

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix tests/browser --no-audit --no-fund && touch $@; \
	else \
		echo "npm not found: the browser tests need axe-core (npm ci --prefix tests/browser)"; \
	fi

## test-latest: the suite against the newest releases of every dependency (shows drift before the lock moves)
test-latest:
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[test,dev]'
	$(LATEST)/bin/python -m pytest

## lock: re-resolve requirements/test.txt from pyproject.toml (then run `make test` and commit both)
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/python -m uv pip compile pyproject.toml --extra test --extra dev --python-version 3.11 \
		--universal --custom-compile-command "make lock" -o $(LOCK)

schema: $(STAMP)
	$(BIN)/noticekit schema

reference: $(STAMP)
	$(BIN)/noticekit reference

## i18n-extract: write src/noticekit/locale/{legal,ui}.pot from the sources (babel.cfg)
i18n-extract: $(STAMP)
	$(BIN)/python -m noticekit.i18n.tools.catalogs extract

## i18n-update: extract, merge into every <lang>/LC_MESSAGES/*.po (keeps translations), compile
i18n-update: $(STAMP)
	$(BIN)/python -m noticekit.i18n.tools.catalogs update
	$(BIN)/python -m noticekit.i18n.tools.catalogs compile

## i18n-compile: write every <lang>/LC_MESSAGES/*.mo from its .po (what `noticekit build` loads)
i18n-compile: $(STAMP)
	$(BIN)/python -m noticekit.i18n.tools.catalogs compile

## i18n-check: fail on an out-of-date .pot or .mo, or an untranslated or fuzzy message
i18n-check: $(STAMP)
	$(BIN)/python -m noticekit.i18n.tools.catalogs check

## bench: time `noticekit build` against Hugo and MkDocs (benchmarks/README.md); BENCH_ARGS="-n 167"
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_build.py $(BENCH_ARGS)

## bench-lint: time the `noticekit lint` process against yamllint on notices/ (median of 10 runs each)
bench-lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_lint.py --runs 10

clean:
	rm -rf $(VENV) $(LATEST) site build *.egg-info src/*.egg-info tests/browser/node_modules
