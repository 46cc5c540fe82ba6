"""The thorough check in the window (#10): the Documents page offers it beside the style and
language, a document added with it ticked becomes a job that will run it, the running job
says which sentence it checks, and the finished summary shows what the model said beside
each mark it was asked about (and in the mark's tooltip and the legend)."""

from __future__ import annotations

import json

from app import paths
from app.core.store import Store
from app.core.summarize import start_summary
from app.ui.app import close_window, create_window
from tests.core.test_thorough_check import SUMMARY, _document
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import SUMMARY_MS, note, status_of
from tests.gui.test_sentence_sources import hover_tip


def _summarised_before_a_kill(engine, tmp_path) -> int:
    """A thorough job whose summary was written when the app was killed: its checks are
    what the window has left to do when it starts."""
    store = Store(paths.database_path())
    try:
        job_id = start_summary(store, engine, _document(tmp_path), thorough=True)
        store.finish_chunk(job_id, "map", 0, SUMMARY)
        store.set_job_status(job_id, "running")
    finally:
        store.close()
    return job_id


def _jobs_for(name: str) -> list[dict]:
    store = Store(paths.database_path())
    try:
        return [job for job in store.jobs() if job["document_name"] == name]
    finally:
        store.close()


def test_the_thorough_check_is_offered_runs_and_shows_what_the_model_said(
        qtbot, engine, model_path, tmp_path, artifacts):
    job_id = _summarised_before_a_kill(engine, tmp_path)
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    page = window.documents
    steps: list[str] = []
    page.queue.sig_progress.connect(lambda *_: page.queue.live and steps.append(
        page.queue.live.step))
    try:
        window.show_page(1)
        option = page.thorough_choice
        assert option.isVisible() and option.isEnabled() and not option.isChecked()
        assert option.text().replace("&", "") == "Thorough check"
        assert "slower" in option.toolTip().lower()

        # the interrupted job resumes by itself and runs only its checks
        with qtbot.waitSignal(window.sig_summary_shown, timeout=SUMMARY_MS) as shown:
            qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        assert shown.args[0].job_id == job_id and shown.args[0].status == "done"
        assert "Checking sentence 1 of 3" in steps and "Checking sentence 3 of 3" in steps
        page.select(f"job:{job_id}")
        view = page.reader.summary_view
        qtbot.waitUntil(lambda: "model:" in view.toPlainText(), timeout=20_000)
        text = view.toPlainText()
        said = text.count("model: supported") + text.count("model: not supported")
        assert said == 3  # the three doubtful sentences, not the supported one
        assert "(thorough check)" in text  # the legend says what "model:" means
        tip = hover_tip(view, "model:", nth=1)
        assert "Thorough check — the model: the passage" in tip
        tips = [mark.tip for mark in page.reader.marks[job_id]]
        assert sum("says the opposite" in tip for tip in tips) == 2  # the negations' reason
        window.grab().save(str(artifacts / "thorough-check-light.png"))

        # ticked, the option goes with the next document into its job
        option.setChecked(True)
        memo = note(tmp_path, "memo.txt", "The clinic opened on 4 May 2024 with 12 beds.")
        page.add_paths([str(memo)])
        qtbot.waitUntil(lambda: bool(_jobs_for("memo.txt")), timeout=ANSWER_TIMEOUT_MS)
        (job,) = _jobs_for("memo.txt")
        assert json.loads(job["settings"])["thorough"] is True
        page.queue.cancel()
        qtbot.waitUntil(lambda: status_of(page, "memo.txt") not in ("running", "waiting"),
                        timeout=ANSWER_TIMEOUT_MS)
    finally:
        close_window(window)
