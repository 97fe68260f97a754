# whyrec: two commands after `git clone`: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
ARGS   ?=

.PHONY: demo test lint bench clean serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# core install (torch pinned to the CPU build on disk, see constraints.txt)
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt torch
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/whyrec demo $(ARGS)

# the web service on the demo model and the sample shop (trains the demo model first when it is missing)
PORT ?= 8000
serve: $(VENV)/.installed
	test -f demo-out/run.json || $(BIN)/whyrec demo
	@echo "write endpoints' API key: $${WHYREC_API_KEY:-demo-key}"
	WHYREC_API_KEY=$${WHYREC_API_KEY:-demo-key} $(BIN)/whyrec serve demo-out --db runs/shop.sqlite --port $(PORT) $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/python -m pytest -q $(ARGS)

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/accuracy.py $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
