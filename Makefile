# Russia–Iraq relations from Arabic press articles.
# `make report` builds everything and writes the HTML reports; `make test` runs every test.
# `make help` lists the targets.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
LOCK   := requirements.lock
STAMP  := $(VENV)/.installed

# UTF-8 everywhere (nbval compares Arabic text); the same hash seed on every run.
export PYTHONUTF8 := 1
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

RAW_FILES := $(shell find data/raw -type f 2>/dev/null | sort)
PKG_FILES := $(shell find src/analysis -type f \( -name '*.py' -o -name '*.csv' -o -name '*.md' -o -name '*.tpl' -o -name '*.css' \) 2>/dev/null | sort)
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
EXECUTED  := $(patsubst notebooks/%.ipynb,build/executed/%.ipynb,$(NOTEBOOKS))
REPORTS   := $(patsubst notebooks/%.ipynb,reports/%.html,$(NOTEBOOKS))
MANIFEST  := data/processed/manifest.json
COMPAT    := .venv-compat
COMPAT_LOCK := requirements-compat.lock

.DEFAULT_GOAL := help
.PHONY: help venv data notebooks report test test-fast test-compat bench lab lock raw-manifest clean
.DELETE_ON_ERROR:

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): $(LOCK) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed: run make PYTHON=python3.X")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --requirement $(LOCK)
	$(PY) -m pip install --quiet --no-deps --editable .
	@touch $(STAMP)

venv: $(STAMP) ## Create or refresh .venv from the pinned versions in requirements.lock

# Every file the build writes is a prerequisite of its manifest (written last): a deleted or edited table or
# text rebuilds the data. A missing one matches the empty rule below, which make treats as always new.
PROCESSED_FILES := $(addprefix $(dir $(MANIFEST)),README.md articles.csv paragraphs.csv sentences.csv mentions.csv \
	events.csv amounts.csv entities.csv) $(wildcard $(dir $(MANIFEST))texts/*.txt)

$(PROCESSED_FILES):

$(MANIFEST): $(STAMP) $(RAW_FILES) $(PKG_FILES) $(PROCESSED_FILES)
	$(PY) -m analysis build --out $(@D) --wait 600

data: $(MANIFEST) ## Build data/processed/ from data/raw/ (again if a processed file is missing or was edited)

notebooks: $(MANIFEST) ## Re-execute the stored notebooks in place (top to bottom, volatile metadata cleared)
	$(PY) -m analysis execute $(NOTEBOOKS)

build/executed/%.ipynb: notebooks/%.ipynb $(MANIFEST)
	$(PY) -m analysis execute $< --output $@

reports/%.html: build/executed/%.ipynb
	$(PY) -m analysis export $< --output $@ --full reports/full/$*.html

reports/index.html: $(REPORTS) $(EXECUTED)
	$(PY) -m analysis index $(EXECUTED) --output $@

report: reports/index.html ## Build data, execute the notebooks and write reports/*.html and reports/index.html
	@echo "Reports written: open reports/index.html"

NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

test: $(MANIFEST) ## Run unit tests, doctests and strict nbval over every notebook
	$(PY) -m pytest tests src/analysis $(NOTEBOOKS) $(NBVAL)

test-fast: $(MANIFEST) ## The same without the slow tests of many-megabyte inputs (for local work; CI runs `make test`)
	$(PY) -m pytest tests src/analysis $(NOTEBOOKS) $(NBVAL) -m "not slow"

$(COMPAT)/.installed: $(COMPAT_LOCK) pyproject.toml
	@test -x $(COMPAT)/bin/python || $(PYTHON) -m venv $(COMPAT)
	$(COMPAT)/bin/python -m pip install --quiet --requirement $(COMPAT_LOCK)
	$(COMPAT)/bin/python -m pip install --quiet --no-deps --editable .
	@touch $@

test-compat: $(COMPAT)/.installed $(MANIFEST) ## Rendering tests and every notebook on matplotlib < 3.11 (the reshaper + bidi branch)
	$(COMPAT)/bin/python -c 'import sys, matplotlib, analysis.plots as p; print("matplotlib", matplotlib.__version__); \
		sys.exit("the compat environment must exercise the fallback branch" if p.engine_shapes_arabic() else 0)'
	$(COMPAT)/bin/python -m pytest tests/test_plots.py
	@for nb in $(NOTEBOOKS); do $(COMPAT)/bin/python -m analysis execute $$nb --output build/compat/$$(basename $$nb) || exit 1; done

bench: $(STAMP) ## Benchmark read → normalise → segment → extract on a synthetic corpus (not a test)
	$(PY) bench/bench_extract.py

lab: $(MANIFEST) ## Open JupyterLab on the project's environment
	$(BIN)/jupyter lab notebooks/

lock: $(STAMP) ## Re-resolve requirements.lock from pyproject.toml (maintainers only)
	$(PY) -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.10 --upgrade -o $(LOCK)
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.10 --upgrade \
		--override requirements-compat.in -o $(COMPAT_LOCK)

raw-manifest: ## Re-record data/raw/SHA256SUMS after adding an article on purpose
	cd data/raw && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS

clean: ## Remove built files (data/processed tables, executed notebooks, reports)
	rm -rf build reports
	find data/processed -mindepth 1 ! -name README.md -exec rm -rf {} +
