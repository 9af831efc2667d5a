# Two commands for a fresh Linux machine with Python >= 3.11 and make:
#   make demo   build a demo register, sync it, build the site
#   make test   run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := sheets/demo.xlsx
DEMO_NOW ?=

.PHONY: setup demo test lint bench lock clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p $(dir $(DEMO)) && rm -f $(DEMO)
	$(BIN)/complaints demo $(DEMO) $(if $(DEMO_NOW),--now "$(DEMO_NOW)")
	$(BIN)/complaints sync $(DEMO) $(if $(DEMO_NOW),--now "$(DEMO_NOW)")
	$(BIN)/complaints site build
	@echo "打开登记表：$(DEMO)；预览网站：$(BIN)/complaints site serve"

test: $(STAMP)
	$(BIN)/ruff check sync tests bench
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

# FULL=1 adds the 50,000-row register (several minutes on two cores).
bench: $(STAMP)
	$(BIN)/python -m bench $(if $(FULL),--full)
	$(BIN)/python -m bench.readme

# ruff, the import contracts in pyproject.toml, and mypy (strict for sync/core and sync/policy).
lint: $(STAMP)
	$(BIN)/ruff check sync tests bench
	$(BIN)/ruff format --check sync tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# requirements.lock: the exact versions (with hashes) that scheduled runs install (deploy/,
# the Actions workflow), for every platform and Python >= 3.11. Refresh after changing the
# dependencies in pyproject.toml, or to take new releases.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
	  --custom-compile-command "make lock" --upgrade -o requirements.lock

clean:
	rm -rf $(VENV) public build .pytest_cache .hypothesis .mypy_cache .import_linter_cache
