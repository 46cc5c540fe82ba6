"""The canary test from a terminal, as IT's scripts run it: `summarize` a document with a
unique word and `chat` about it (the real demo model), then `jobs delete N` and
`purge --older-than 0`; no file of the data folder holds the word afterwards. Both refuse
while the window holds the data folder's queue."""

from __future__ import annotations

from app.cli.output import ExitCode
from app.core.queue_lock import WINDOW, QueueLock
from tests.canary import CANARY, canary_document, canary_files
from tests.helpers import cli


def test_jobs_delete_and_purge_leave_no_trace_in_the_data_folder(tmp_path, data_home):
    summary = cli("summarize", str(canary_document(tmp_path)), "--ctx", "1024", home=data_home)
    assert summary.returncode == 0, summary.stderr
    asked = cli("chat", "--prompt", f"Who pays for project {CANARY}?", "--ctx", "1024",
                home=data_home)
    assert asked.returncode == 0, asked.stderr
    assert canary_files(data_home), "the search must see the canary before the deletion"

    deleted = cli("jobs", "delete", "1", home=data_home)
    assert deleted.returncode == 0, deleted.stderr
    assert "Job 1 deleted and erased. Erased 1 document, 1 summary." in deleted.stderr
    assert "No summaries yet." in cli("jobs", home=data_home).stderr
    assert canary_files(data_home) == ["offline-assistant.db"]  # the chat is still there

    purged = cli("purge", "--older-than", "0", home=data_home)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 1 conversation. (older than 0 days" in purged.stderr
    assert canary_files(data_home) == []


def test_deleting_is_refused_in_plain_words_while_the_window_runs_the_queue(data_home):
    assert cli("jobs", "delete", "7", home=data_home).returncode == ExitCode.REFUSED
    refused = cli("purge", "--older-than", "-1", home=data_home)
    assert refused.returncode == ExitCode.REFUSED
    assert "Give a number of days of 0 or more" in refused.stderr
    window = QueueLock(data_home, WINDOW)
    assert window.acquire() is None
    try:
        busy = cli("jobs", "delete", "7", home=data_home)
        assert busy.returncode == ExitCode.BUSY
        assert "delete the summary with the Delete button on its Documents page" in busy.stderr
        busy = cli("purge", "--older-than", "30", home=data_home)
        assert busy.returncode == ExitCode.BUSY
        assert "nothing is erased while it may be summarising" in busy.stderr
    finally:
        window.release()
