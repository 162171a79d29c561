# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install compile bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Byte-compiled modules, so that no run pays for compiling (where PYTHONDONTWRITEBYTECODE is
# set, Python would otherwise compile every module of `whosaid search` on every start).
compile: $(STAMP)
	$(BIN)/python -m compileall -q src

install: $(STAMP)

demo: compile
	$(BIN)/whosaid index seeds/
	$(BIN)/whosaid search "retaliation"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: compile
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build src/*.egg-info
	find index -mindepth 1 ! -name .gitignore -delete
