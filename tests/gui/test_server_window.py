"""The organisation's server in the real window: Settings → "Use my organisation's server",
its connection test, answers and summaries from a real llama-server (the demo model, two
slots, on 127.0.0.1), the status bar saying where the model runs, and back to this computer.
A policy that names the server is shown as set by the organisation. Screenshots go to
test-artifacts/."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.store import Store
from app.core.summarize.job import CALL_LOG
from app.ui import summary_queue
from app.ui.app import close_window, create_window
from app.ui.dialogs import SettingsDialog
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import (
    SUMMARY_MS,
    ask,
    click,
    note,
    row_named,
    status_of,
    summarise_in_window,
)
from tests.llama_server import LOOPBACK, LlamaServer, llama_server

pytestmark = [pytest.mark.allow_hosts(LOOPBACK)]
_NO_ROW = SimpleNamespace(total=0)  # a document not listed yet


@pytest.fixture(scope="module")
def server(model_path, tmp_path_factory):
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with llama_server(model_path, slots=2, ctx_per_slot=2048, log=log) as running:
        yield running


def in_settings(qtbot, window, change) -> None:
    """Open Settings as a user does, let `change(dialog)` fill it in, press OK. The dialog
    is modal (exec), so it is found and filled from a timer running inside its loop."""
    found = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog) and not found:
            found.append(dialog)
            poll.stop()
            change(dialog)
            dialog.accept()

    poll = QTimer(interval=50, timeout=look)
    poll.start()
    window.preferences.open_dialog()
    qtbot.waitUntil(lambda: bool(found) and not found[0].isVisible(), timeout=30_000)


def last_answer_options(conversation_id: int) -> dict:
    store = Store(paths.database_path())
    try:
        message = store.messages(conversation_id)[-1]
    finally:
        store.close()
    options = message["load_options"] or "{}"
    return json.loads(options) if isinstance(options, str) else options


def test_settings_move_the_model_to_the_organisations_server_and_back(
        qtbot, window, server, tmp_path, artifacts):
    local_name = window.status.model_label.text()

    def use_server(dialog) -> None:
        dialog.grab().save(str(artifacts / "settings-general.png"))
        dialog.tabs.setCurrentWidget(dialog.server)
        box = dialog.server
        assert not box.url.isEnabled()  # nothing to fill until the box is ticked
        box.use.setChecked(True)
        box.url.setText(server.url + "/")
        box.slots.setValue(1)  # IT's share for this computer, where the server does not say
        box.test_button.click()
        qtbot.waitUntil(lambda: box.answer.text().startswith("connected"), timeout=30_000)
        assert "1 parallel slot," in box.answer.text()
        box.slots.setValue(0)  # as the server says
        box.test_button.click()
        qtbot.waitUntil(lambda: "2 parallel slots" in box.answer.text(), timeout=30_000)
        assert "context 2048" in box.answer.text()
        dialog.grab().save(str(artifacts / "settings-server.png"))

    in_settings(qtbot, window, use_server)
    # (the lane's own signal is emitted on its thread: the window's status bar is watched)
    qtbot.waitUntil(lambda: window.status.model_label.text().startswith("Server: "),
                    timeout=ANSWER_TIMEOUT_MS)
    assert server.url in window.status.model_label.toolTip()
    assert "runs on your organisation" in window.transcript.empty_text

    finished = ask(qtbot, window, "Name a colour.")
    assert finished.text.strip()
    assert last_answer_options(window.conversation_id)["server"] == server.url
    assert "tok/s" in window.status.speed_label.text()  # the server's throughput
    window.grab().save(str(artifacts / "window-server-chat.png"))

    # a summary through the server, its parts over both slots
    minutes = note(tmp_path, "minutes.txt", "\n\n".join(
        f"Item {i}. The committee reviewed budget line {i} of 2026 and approved "
        f"RM {i * 3}.5 million for the district clinics, with a report due in March."
        for i in range(1, 40)))
    done = summarise_in_window(qtbot, window, minutes)
    assert done.status == "done" and done.summary.strip()

    def use_this_computer(dialog) -> None:
        dialog.server.use.setChecked(False)

    in_settings(qtbot, window, use_this_computer)
    qtbot.waitUntil(lambda: window.status.model_label.text() == local_name,
                    timeout=ANSWER_TIMEOUT_MS)
    assert window.lane.engine.pid is not None  # the engine process runs here again


def test_a_wrong_address_is_said_in_the_test_without_leaving_the_dialog(qtbot, window, server):
    answers = []

    def wrong(dialog) -> None:
        box = dialog.server
        box.use.setChecked(True)
        box.url.setText("http://10.20.30.40:8080")  # plain http to another computer
        box.test_button.click()
        qtbot.waitUntil(lambda: "unencrypted" in box.answer.text(), timeout=30_000)
        box.url.setText(f"http://127.0.0.1:{server.port + 1 if server.port < 65535 else 1}")
        box.test_button.click()
        qtbot.waitUntil(lambda: "could not be reached" in box.answer.text()
                        or "no answer" in box.answer.text(), timeout=30_000)
        answers.append(box.answer.text())
        box.use.setChecked(False)  # and leave it off

    in_settings(qtbot, window, wrong)
    assert answers
    assert not window.status.model_label.text().startswith("Server: ")


def test_a_server_named_by_the_policy_is_used_and_cannot_be_changed(
        qtbot, policy_file, model_path, server, artifacts):
    window = _window_on_the_policys_server(qtbot, policy_file, model_path, server.url)
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        assert window.status.model_label.text().startswith("Server: ")
        assert window.lane.engine.pid is None  # no engine process on this computer

        def look(dialog) -> None:
            dialog.tabs.setCurrentWidget(dialog.server)
            box = dialog.server
            assert box.use.isChecked() and not box.use.isEnabled()
            assert box.url.text() == server.url and not box.url.isEnabled()
            box.test_button.click()  # IT's server can still be tested
            qtbot.waitUntil(lambda: box.answer.text().startswith("connected"), timeout=30_000)
            dialog.grab().save(str(artifacts / "settings-server-policy.png"))

        in_settings(qtbot, window, look)
    finally:
        close_window(window)


def test_queued_documents_run_side_by_side_on_the_slots_and_pause_one_by_one(
        qtbot, policy_file, model_path, server, tmp_path, artifacts):
    """Two documents dropped together both run (one in each slot, the second did not wait
    for the first); the status bar says so; the long one's own Pause stops it alone, and
    the other finishes."""
    window = _window_on_the_policys_server(qtbot, policy_file, model_path, server.url)
    page = window.documents
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        assert page.queue.capacity == 2
        long = note(tmp_path, "budget-minutes.txt", "\f".join("\n\n".join(
            f"Item {p}.{i}. The committee reviewed budget line {p}.{i} of 2026 and approved "
            f"RM {i * 3}.5 million for the district clinics, with a report due in March."
            for i in range(14)) for p in range(1, 7)))
        memo = note(tmp_path, "leave-memo.txt", "Staff may carry over five days of annual "
                    "leave into 2027. Requests go to the unit head by 15 December.")
        window.show_page(1)
        page.add_paths([str(long), str(memo)])

        def both_summarising() -> bool:  # past reading the file: each job has its parts
            rows = [row_named(page, path.name) for path in (long, memo)]
            return all(row and row.status == "running" and row.total for row in rows)

        # the memo, a second later, takes the slot the long document's parts leave
        qtbot.waitUntil(both_summarising, timeout=ANSWER_TIMEOUT_MS)
        assert len(page.queue.running) == 2 and not page.queue.waiting
        assert "1 more running" in window.status.step_label.toolTip()
        window.grab().save(str(artifacts / "documents-side-by-side.png"))

        click(page, long.name, "pause")
        qtbot.waitUntil(lambda: status_of(page, long.name) == "paused"
                        and status_of(page, memo.name) == "done", timeout=ANSWER_TIMEOUT_MS)
        assert row_named(page, memo.name).summary.strip()
        assert row_named(page, long.name).resumable
        window.grab().save(str(artifacts / "documents-one-paused-one-done.png"))
    finally:
        close_window(window)


def test_a_job_the_silent_server_paused_carries_on_by_itself_when_it_answers(
        qtbot, policy_file, model_path, tmp_path, monkeypatch, artifacts):
    """The server dies while a document's parts are read: the job pauses with a notice
    saying so, and once the same server is back it resumes without a click, asking no
    finished part again."""
    monkeypatch.setattr(summary_queue, "SERVER_CHECK_MS", 300)
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    server = LlamaServer(model_path, slots=2, ctx_per_slot=1024, log=tmp_path / "server.log")
    server.start()
    window = _window_on_the_policys_server(qtbot, policy_file, model_path, server.url)
    page = window.documents
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        long = note(tmp_path, "audit-minutes.txt", "\f".join("\n\n".join(
            f"Finding {p}.{i}. The auditors checked ledger {p}.{i} of 2026 and found "
            f"RM {i * 7}.2 thousand booked twice; the unit must correct it by June."
            for i in range(14)) for p in range(1, 5)))
        window.show_page(1)
        page.add_paths([str(long)])
        def parts_done() -> int:
            row = row_named(page, long.name)
            return row.done if row else 0

        qtbot.waitUntil(lambda: parts_done() >= 1, timeout=ANSWER_TIMEOUT_MS)
        server.kill()
        qtbot.waitUntil(lambda: status_of(page, long.name) == "paused",
                        timeout=ANSWER_TIMEOUT_MS)
        assert "carries on by itself" in window.notice.text()
        window.grab().save(str(artifacts / "documents-server-away.png"))
        job_id = row_named(page, long.name).job_id
        finished = _finished_parts(job_id)
        asked_before = len(_map_calls(tmp_path))
        assert finished

        server.start()  # the same address: IT brought it back
        qtbot.waitUntil(lambda: status_of(page, long.name) == "done", timeout=SUMMARY_MS)
        asked_again = _map_calls(tmp_path)[asked_before:]
        assert asked_again and not set(asked_again) & finished, (finished, asked_again)
    finally:
        close_window(window)
        server.stop()


def _map_calls(folder) -> list[int]:
    lines = (folder / "calls.log").read_text().splitlines()
    return [int(line.split()[2]) for line in lines if " map " in line]


def _finished_parts(job_id: int) -> set[int]:
    store = Store(paths.database_path())
    try:
        return {c["idx"] for c in store.chunks(job_id, "map") if c["status"] == "done"}
    finally:
        store.close()


def test_closing_the_window_pauses_every_job_running_side_by_side(
        qtbot, policy_file, model_path, server, tmp_path):
    window = _window_on_the_policys_server(qtbot, policy_file, model_path, server.url)
    page = window.documents
    closed = False
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        names = [note(tmp_path, f"{unit}-minutes.txt", "\f".join("\n\n".join(
            f"Item {p}.{i}. The {unit} unit reviewed case {p}.{i} of 2026 and closed it "
            f"within {i + 2} days, with a report due in March." for i in range(14))
            for p in range(1, 7))) for unit in ("claims", "payroll")]
        window.show_page(1)
        page.add_paths([str(path) for path in names])
        qtbot.waitUntil(lambda: all((row_named(page, p.name) or _NO_ROW).total
                                    for p in names), timeout=ANSWER_TIMEOUT_MS)
        jobs = [row_named(page, p.name).job_id for p in names]
        side = window.lane._side
        close_window(window)
        closed = True
        assert len(side) == 0  # every job's thread has ended with the lane
        store = Store(paths.database_path())
        try:
            assert [store.job(job)["status"] for job in jobs] == ["paused", "paused"]
        finally:
            store.close()
    finally:
        if not closed:
            close_window(window)


def _window_on_the_policys_server(qtbot, policy_file, model_path, url: str):
    """A new window, shown, whose organisation's policy names the server at `url`."""
    policy_file.write_text(json.dumps({"server": {"url": url}}), encoding="utf-8")
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    return window
