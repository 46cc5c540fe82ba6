"""The window's table models keep Qt's model contract (Qt's own QAbstractItemModelTester,
through pytest-qt): row and column counts, parents, indexes and the signals around a reset
or a change. A model that breaks it misdraws or crashes a view only on some actions."""

from __future__ import annotations

from dataclasses import replace

from app import paths
from app.core.store import Store
from app.ui.job_table import JobTableModel
from app.ui.model_library import _rows
from app.ui.models_dialog import ModelTable
from app.ui.queue_rows import QueueRow


def test_the_summary_queue_table_keeps_the_model_contract(qtmodeltester):
    model = JobTableModel()
    rows = [QueueRow("a", "report.pdf", "brief", "running", job_id=1, done=2, total=5,
                     step="Reading part 3", eta="2 min 10 s"),
            QueueRow("b", "minutes.docx", "key_points", "waiting"),
            QueueRow("job:7", "old.pdf", "brief", "failed", job_id=7, message="disk full")]
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "report.pdf"

    # a progress tick changes values only; a new document changes the rows
    assert model.set_rows([replace(rows[0], done=3), *rows[1:]]) is False
    assert model.set_rows([*rows, QueueRow("c", "notes.txt", "brief", "waiting")]) is True
    assert model.set_rows([]) is True
    qtmodeltester.check(model, force_py=True)


def test_the_models_table_keeps_the_model_contract(qtmodeltester, data_home):
    store = Store(paths.database_path())
    try:
        rows, _policy = _rows(store)
    finally:
        store.close()
    assert rows, "the built-in demo model is not listed"
    model = ModelTable()
    model.set_rows(rows)
    model.in_use = str(rows[0].model.path)
    qtmodeltester.check(model, force_py=True)
    model.replace_row(0, rows[0])
    model.refresh_all()
    qtmodeltester.check(model, force_py=True)
