# noticekit developer commands. Each target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint-notices build schema reference bench clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: the main job on the shipped notices (validate, lint, build site/)
demo: $(STAMP)
	$(BIN)/noticekit validate notices/

## test: the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/noticekit schema

reference: $(STAMP)
	$(BIN)/noticekit reference

clean:
	rm -rf $(VENV) site build *.egg-info src/*.egg-info
