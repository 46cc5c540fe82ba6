"""#18: `make run` on a fresh Linux machine says which system libraries Qt lacks and prints
the one apt-get line that fixes it, instead of Qt's "could not load the Qt platform plugin"."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHECK = REPO / "scripts" / "check_qt_libs.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the check is for Linux")


def test_this_machines_qt_finds_everything_it_needs():
    done = subprocess.run([CHECK, sys.executable], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout


def test_a_missing_library_is_named_with_the_package_that_brings_it(tmp_path):
    """A plugin linked against two libraries that are then removed: the check names both and
    prints their Debian packages on one line."""
    if not shutil.which("gcc"):
        pytest.fail("gcc is missing (scripts/system_deps.sh installs build-essential)")
    source = tmp_path / "stub.c"
    source.write_text("int stub(void) { return 0; }\n")
    gone = ["libxcb-imaginary.so.7", "libOA-Test2.so.3"]
    for soname in gone:
        subprocess.run(["gcc", "-shared", "-fPIC", "-o", tmp_path / soname,
                        f"-Wl,-soname,{soname}", source], check=True)
    plugin = tmp_path / "libqfake.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", plugin, source, "-Wl,--no-as-needed",
                    *(tmp_path / soname for soname in gone)], check=True)
    for soname in gone:
        (tmp_path / soname).unlink()

    done = subprocess.run([CHECK, plugin], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "libxcb-imaginary.so.7" in done.stdout and "libOA-Test2.so.3" in done.stdout
    assert "  sudo apt-get install liboa-test2-3 libxcb-imaginary7\n" in done.stdout


def test_make_run_checks_before_it_starts_the_window():
    makefile = (REPO / "Makefile").read_text()
    recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("check_qt_libs.sh") < recipe.index("-m app")
