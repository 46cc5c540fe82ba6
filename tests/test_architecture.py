"""Rules of the codebase that keep it easy to change and honest about being offline."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
NETWORK_MODULES = {"socket", "requests", "httpx", "urllib3", "aiohttp", "http.client",
                   "urllib.request", "ftplib", "smtplib"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_imports_no_qt():
    offenders = {str(p.relative_to(APP)): sorted(m for m in imported_modules(p)
                                                 if m.split(".")[0] in ("PySide6", "shiboken6"))
                 for p in (APP / "core").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_import_linter_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter)], capture_output=True, text=True,
                            cwd=APP.parent, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 9 kept, 0 broken" in result.stdout


def test_core_modules_stay_small():
    """A module over 400 lines in core is several rooms in one (the bench once held a second
    llama host, two drivers, statistics and a table in 613 lines)."""
    sizes = {str(p.relative_to(APP)): len(p.read_text(encoding="utf-8").splitlines())
             for p in (APP / "core").rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > 400} == {}


def test_no_module_opens_network_connections():
    """Only the organisation-server backend may, and only through httpx (its connections go
    to the configured host and port alone: app/core/engine/remote/http.py)."""
    remote = APP / "core" / "engine" / "remote"
    offenders = {str(p.relative_to(APP)): sorted(
        imported_modules(p) & (NETWORK_MODULES - {"httpx"} if remote in p.parents
                               else NETWORK_MODULES))
        for p in APP.rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}
    users = {p.name for p in APP.rglob("*.py") if "httpx" in imported_modules(p)}
    assert users == {"client.py", "http.py"}  # both in app/core/engine/remote


def test_qt_network_is_used_for_local_sockets_only():
    """One window per data folder talks over a Unix socket / named pipe; nothing else of
    QtNetwork (TCP, HTTP, DNS) may come in with it."""
    used = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork":
                used.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                assert "PySide6.QtNetwork" not in {a.name for a in node.names}, path
    assert used == {"QLocalServer", "QLocalSocket"}
