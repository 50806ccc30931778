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
# Compiled modules are kept (in __pycache__/, ignored by git) even where the environment turns that off, as some
# containers do: otherwise every process of a test run compiles the package again and pytest rewrites every test
# module again (collecting the tests takes twice as long).
unexport PYTHONDONTWRITEBYTECODE
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Every raw file, spaces and colons escaped, so that a name like «زيارة لافروف 2013.txt» is one prerequisite.
RAW_FILES := $(shell find data/raw -type f 2>/dev/null | LC_ALL=C sort | sed 's/[ :]/\\&/g')
PKG_FILES := $(shell find src/analysis -type f \( -name '*.py' -o -name '*.csv' -o -name '*.md' -o -name '*.tpl' -o -name '*.j2' -o -name '*.json' -o -name '*.css' \) 2>/dev/null | sort)
# Files that only draw charts, write reports or compute the notebooks' topics from the processed tables: editing one
# never changes data/processed, so it does not rebuild the data (`make report` notices it through the package hash
# each report records). Every other package file is a prerequisite of the data (tests/test_makefile.py checks both).
REPORT_ONLY := $(addprefix src/analysis/,plots.py display.py markdown.py report.py publish.py notebooks.py \
	evaluate.py) $(filter src/analysis/topics/% src/analysis/templates/%,$(PKG_FILES))
DATA_PKG_FILES := $(filter-out $(REPORT_ONLY),$(PKG_FILES))
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
MANIFEST  := data/processed/manifest.json
COMPAT    := .venv-compat
COMPAT_LOCK := requirements-compat.lock

.DEFAULT_GOAL := help
.PHONY: help venv data notebooks report test test-fast test-compat bench lab lock raw-manifest clean
.DELETE_ON_ERROR:

# Install a lock file's exact pins into a venv, then the project itself (editable). uv, a fast installer from PyPI,
# does the work; pip installs it into the venv first.
define install
	$(1)/bin/python -m pip install --quiet uv
	$(1)/bin/uv pip install --quiet --python $(1)/bin/python --requirement $(2)
	$(1)/bin/uv pip install --quiet --python $(1)/bin/python --no-deps --editable .
endef

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): $(LOCK) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed: run make PYTHON=python3.X")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(call install,$(VENV),$(LOCK))
	@touch $(STAMP)

venv: $(STAMP) ## Create or refresh .venv from the pinned versions in requirements.lock

# Every file the build writes is a prerequisite of its manifest (written last): a deleted or edited table or
# text rebuilds the data. A missing one matches the empty rule below, which make treats as always new.
PROCESSED_FILES := $(addprefix $(dir $(MANIFEST)),README.md articles.csv paragraphs.csv sentences.csv mentions.csv \
	events.csv amounts.csv entities.csv) $(wildcard $(dir $(MANIFEST))texts/*.txt)

$(PROCESSED_FILES):

$(MANIFEST): $(STAMP) $(RAW_FILES) $(DATA_PKG_FILES) $(PROCESSED_FILES)
	$(PY) -m analysis build --out $(@D) --wait 600

data: $(MANIFEST) ## Build data/processed/ from data/raw/ (again if a processed file is missing or was edited)

notebooks: $(MANIFEST) ## Re-execute the stored notebooks in place (top to bottom, volatile metadata cleared)
	$(PY) -m analysis execute $(NOTEBOOKS)

report: $(MANIFEST) ## Build data, execute the notebooks and write reports/*.html and reports/index.html
	$(PY) -m analysis report $(NOTEBOOKS)

NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

# Tests run on every core (pytest-xdist); each file, and so each notebook's cells, stays on one worker (loadfile).
# Files go out in collection order, where the files of slow tests come first (analysis.pytest_plugin).
JOBS  ?= auto
XDIST := -n $(JOBS) --dist loadfile --no-loadscope-reorder

test: $(MANIFEST) ## Run unit tests, doctests and strict nbval over every notebook
	$(PY) -m pytest $(XDIST) tests src/analysis $(NOTEBOOKS) $(NBVAL)

test-fast: $(MANIFEST) ## The same without the slow tests (large inputs, project copies, the browser; for local work; CI runs `make test`)
	$(PY) -m pytest $(XDIST) tests src/analysis $(NOTEBOOKS) $(NBVAL) -m "not slow"

$(COMPAT)/.installed: $(COMPAT_LOCK) pyproject.toml
	@test -x $(COMPAT)/bin/python || $(PYTHON) -m venv $(COMPAT)
	$(call install,$(COMPAT),$(COMPAT_LOCK))
	@touch $@

test-compat: $(COMPAT)/.installed $(MANIFEST) ## Rendering tests and every notebook on matplotlib < 3.11 (the reshaper + bidi branch)
	$(COMPAT)/bin/python -c 'import sys, matplotlib, analysis.plots as p; print("matplotlib", matplotlib.__version__); \
		sys.exit("the compat environment must exercise the fallback branch" if p.engine_shapes_arabic() else 0)'
	$(COMPAT)/bin/python -m pytest tests/test_plots.py
	$(COMPAT)/bin/python -m analysis execute $(NOTEBOOKS) --output-dir build/compat

bench: $(STAMP) ## Benchmark the text pipeline, the report rebuild, 2,000 articles, one 100 MB article (not a test)
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_workflow.py
	$(PY) bench/bench_report.py --articles 2000
	$(PY) bench/bench_memory.py --megabytes 100

# JupyterLab refuses to start as root unless told; containers often run as root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)

lab: $(MANIFEST) ## Open JupyterLab on the project's environment
	$(BIN)/jupyter lab $(ALLOW_ROOT) notebooks/

lock: $(STAMP) ## Re-resolve requirements.lock from pyproject.toml (maintainers only)
	$(PY) -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.10 --upgrade -o $(LOCK)
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.10 --upgrade \
		--override requirements-compat.in -o $(COMPAT_LOCK)

raw-manifest: $(STAMP) ## Re-record data/raw/SHA256SUMS after adding an article on purpose
	$(PY) -m analysis raw-manifest

clean: ## Remove built files (data/processed tables, executed notebooks, reports)
	rm -rf build reports
	find data/processed -mindepth 1 ! -name README.md -exec rm -rf {} +

.PHONY: eval
eval: $(STAMP) ## Score extraction against the corpus of real press in tests/corpus/ (per kind and class, each split)
	$(PY) -m analysis.evaluate
