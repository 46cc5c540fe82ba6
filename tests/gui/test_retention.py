"""The organisation's retention rule in the real window: at start, what is older than the
policy's `retention_days` is erased with the same erasure as a user's deletion, what is
newer stays, and the purge is in the audit trail."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from app import paths
from app.core.audit import verify_chain
from app.core.store import Store
from app.ui.app import close_window, create_window


def conversation(store: Store, title: str, age_days: int) -> int:
    conversation_id = store.create_conversation(title)
    store.add_message(conversation_id, "user", f"{title}: the budget for ward 7")
    stamp = (datetime.now(timezone.utc) - timedelta(days=age_days)).isoformat(
        timespec="seconds")
    store.db["conversations"].update(conversation_id, {"updated": stamp, "created": stamp})
    return conversation_id


def test_data_older_than_the_policy_keeps_it_is_erased_when_the_window_starts(
        qtbot, policy_file, model_path, data_home):
    policy_file.write_text(json.dumps({"retention_days": 30}), encoding="utf-8")
    store = Store(paths.database_path())
    conversation(store, "Old enquiry", 45)
    kept = conversation(store, "This week's enquiry", 2)
    store.close()

    window = create_window(str(model_path))
    qtbot.addWidget(window)
    try:
        def remaining() -> list[int]:
            reader = Store.reader(paths.database_path())
            try:
                return [c["id"] for c in reader.conversations()]
            finally:
                reader.close()

        qtbot.waitUntil(lambda: remaining() == [kept], timeout=30_000)
    finally:
        close_window(window)

    trail = data_home / "audit" / "audit.jsonl"
    erased = [json.loads(line) for line in trail.read_text().splitlines()
              if '"data_erased"' in line]
    assert [(e["what"], e["conversations"]) for e in erased] == [("older than 30 days", 1)]
    assert verify_chain(trail).intact
    assert b"Old enquiry" not in paths.database_path().read_bytes()
