"""Regenerated answers and edited questions are kept as versions of their turn: the store
shows one thread (the active path), remembers the choice, and everything that reads a
conversation (export, search) reads that thread."""

from __future__ import annotations

import json

from sqlite_utils import Database

from app.core.conversations import conversation_json, conversation_markdown
from app.core.store import Store
from app.core.store.migrations import migrations


def texts(store: Store, conversation_id: int) -> list[str]:
    return [m["text"] for m in store.messages(conversation_id)]


def counters(store: Store, conversation_id: int) -> list[tuple[int, int]]:
    return [(m["version"], m["versions"]) for m in store.messages(conversation_id)]


def two_turns(store: Store) -> tuple[int, dict]:
    conversation = store.create_conversation("Leave policy")
    ids = {}
    ids["q1"] = store.add_message(conversation, "user", "How many days of leave?")
    ids["a1"] = store.add_message(conversation, "assistant", "Fourteen days.")
    ids["q2"] = store.add_message(conversation, "user", "And sick leave?")
    ids["a2"] = store.add_message(conversation, "assistant", "Sixty days.")
    return conversation, ids


def test_a_regenerated_answer_is_a_second_version_and_the_first_comes_back(tmp_path):
    store = Store(tmp_path / "app.db")
    conversation, ids = two_turns(store)
    again = store.add_message(conversation, "assistant", "Sixty days a year.",
                              parent_id=ids["q2"])
    assert texts(store, conversation)[-1] == "Sixty days a year."
    assert counters(store, conversation) == [(1, 1), (1, 1), (1, 1), (2, 2)]
    assert [v["id"] for v in store.versions(again)] == [ids["a2"], again]

    assert store.show_version(again, -1) == ids["a2"]
    assert texts(store, conversation)[-1] == "Sixty days."
    assert counters(store, conversation)[-1] == (1, 2)
    assert store.show_version(ids["a2"], -1) == ids["a2"]  # no version before the first
    assert store.show_version(ids["a2"], +5) == again  # nor after the last
    store.close()


def test_an_edited_question_branches_and_the_old_thread_stays_whole(tmp_path):
    store = Store(tmp_path / "app.db")
    conversation, ids = two_turns(store)
    edited = store.add_message(conversation, "user", "How many days of annual leave?",
                               parent_id=None)  # the first question, edited
    store.add_message(conversation, "assistant", "Twenty days.")
    assert texts(store, conversation) == ["How many days of annual leave?", "Twenty days."]
    assert counters(store, conversation) == [(2, 2), (1, 1)]

    store.show_version(edited, -1)  # back to the first question: its whole thread returns
    assert texts(store, conversation) == ["How many days of leave?", "Fourteen days.",
                                          "And sick leave?", "Sixty days."]
    store.show_version(ids["q1"], +1)
    assert texts(store, conversation)[-1] == "Twenty days."
    store.close()


def test_flipping_a_version_shows_the_thread_last_shown_below_it(tmp_path):
    store = Store(tmp_path / "app.db")
    conversation, ids = two_turns(store)
    store.add_message(conversation, "assistant", "Sixty days, paid.", parent_id=ids["q2"])
    store.show_version(ids["a2"])  # the user prefers the first answer to question 2 …
    other = store.add_message(conversation, "user", "Is leave paid?", parent_id=ids["a1"])
    store.add_message(conversation, "assistant", "Yes.")
    assert texts(store, conversation)[2:] == ["Is leave paid?", "Yes."]

    store.show_version(other, -1)  # … and finds that choice again below question 2
    assert texts(store, conversation)[2:] == ["And sick leave?", "Sixty days."]
    store.close()


def test_a_new_message_follows_the_thread_shown_and_the_choice_survives_a_reopen(tmp_path):
    path = tmp_path / "app.db"
    store = Store(path)
    conversation, ids = two_turns(store)
    store.add_message(conversation, "assistant", "Sixty days, paid.", parent_id=ids["q2"])
    store.show_version(ids["a2"])
    follow_up = store.add_message(conversation, "user", "Thanks.")
    store.close()

    reopened = Store(path)
    rows = reopened.messages(conversation)
    assert [r["text"] for r in rows][-2:] == ["Sixty days.", "Thanks."]
    assert rows[-1]["id"] == follow_up and rows[-1]["parent_id"] == ids["a2"]
    reopened.close()


def test_a_linear_conversation_of_the_old_schema_migrates_to_one_thread(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m004_message_branches")
    for conversation in (1, 2):
        old["conversations"].insert({"id": conversation, "title": f"Old {conversation}",
                                     "created": "x", "updated": "x"})
    lines = [(1, "user", "First question"), (2, "user", "Other chat"),
             (1, "assistant", "First answer"), (1, "user", "Second question"),
             (2, "assistant", "Other answer"), (1, "assistant", "Second answer")]
    for conversation, role, text in lines:  # two conversations written in turns
        old["messages"].insert({"conversation_id": conversation, "role": role, "text": text})
    old.close()

    store = Store(path)
    rows = store.messages(1)
    assert [r["text"] for r in rows] == ["First question", "First answer", "Second question",
                                         "Second answer"]
    assert [r["parent_id"] for r in rows] == [None] + [r["id"] for r in rows[:-1]]
    assert {(r["version"], r["versions"]) for r in rows} == {(1, 1)}
    assert texts(store, 2) == ["Other chat", "Other answer"]
    store.add_message(1, "user", "Third question")  # the old thread goes on
    assert texts(store, 1)[-2:] == ["Second answer", "Third question"]
    store.close()


def test_search_and_export_read_the_thread_shown(tmp_path):
    store = Store(tmp_path / "app.db")
    conversation, ids = two_turns(store)
    store.add_message(conversation, "assistant", "Ninety days for Kedah staff.",
                      parent_id=ids["q2"])
    assert [hit["id"] for hit in store.search_messages("sixty")] == []
    assert len(store.search_messages("kedah")) == 1

    markdown = conversation_markdown(store, conversation)
    assert "Ninety days for Kedah staff." in markdown and "Sixty days." not in markdown
    assert "## Assistant — version 2 of 2" in markdown
    assert markdown.count("version") == 1  # turns with one version say nothing
    record = json.loads(conversation_json(store, conversation))
    assert [m["text"] for m in record["messages"]][-1] == "Ninety days for Kedah staff."

    store.show_version(ids["a2"])
    assert len(store.search_messages("sixty")) == 1 and store.search_messages("kedah") == []
    store.close()
