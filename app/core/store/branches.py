"""Versions of a conversation's messages kept as a tree.

Every message points to the one before it in its thread (`parent_id`, NULL for a first
message). Messages that share a parent are versions of one another: a regenerated answer,
an edited question. Each message remembers which of its replies is shown
(`active_child_id`), and the conversation which first message is (`active_root_id`), so
flipping back to a version shows the thread below it as the user last left it.
The active path is the walk from the active root down the active children.
"""

from __future__ import annotations

import enum

from sqlite_utils import Database


class Position(enum.Enum):
    ACTIVE_LEAF = "after the last message of the shown thread"


ACTIVE_LEAF = Position.ACTIVE_LEAF

# The messages on every kept conversation's active path, one conversation when the
# conversation filter binds an id.
ACTIVE_PATHS = """
with recursive active_path(id, depth) as (
    select active_root_id, 0 from conversations
    where active_root_id is not null and {conversation_filter}
    union all
    select messages.active_child_id, active_path.depth + 1
    from messages join active_path on messages.id = active_path.id
    where messages.active_child_id is not null
)
"""

_PATH_WITH_VERSIONS = ACTIVE_PATHS.format(conversation_filter="conversations.id = ?") + """
select messages.*,
    (select count(*) from messages s where s.conversation_id = messages.conversation_id
     and s.parent_id is messages.parent_id and s.id <= messages.id) as version,
    (select count(*) from messages s where s.conversation_id = messages.conversation_id
     and s.parent_id is messages.parent_id) as versions
from active_path join messages on messages.id = active_path.id
order by active_path.depth
"""


def active_path(db: Database, conversation_id: int) -> list[dict]:
    """The messages shown, first to last, each with its `version` (1-based) among its
    siblings and how many `versions` there are."""
    return [dict(row) for row in db.query(_PATH_WITH_VERSIONS, [conversation_id])]


def active_leaf(db: Database, conversation_id: int) -> int | None:
    sql = ACTIVE_PATHS.format(conversation_filter="conversations.id = ?") + (
        "select id from active_path order by depth desc limit 1")
    rows = list(db.query(sql, [conversation_id]))
    return rows[0]["id"] if rows else None


def versions(db: Database, message_id: int) -> list[dict]:
    """The message and its siblings (the versions of that turn), oldest first."""
    message = db["messages"].get(message_id)
    return list(db["messages"].rows_where(
        "conversation_id = ? and parent_id is ?",
        [message["conversation_id"], message["parent_id"]], order_by="id"))


def make_active(db: Database, message_id: int) -> None:
    """Show this version of its turn; the thread below it is the one last shown there."""
    message = db["messages"].get(message_id)
    if message["parent_id"] is None:
        db["conversations"].update(message["conversation_id"], {"active_root_id": message_id})
    else:
        db["messages"].update(message["parent_id"], {"active_child_id": message_id})


def step_version(db: Database, message_id: int, step: int) -> int:
    """Show the version `step` places before (negative) or after this one, staying within
    the versions there are; returns the id of the version now shown."""
    ids = [row["id"] for row in versions(db, message_id)]
    index = min(max(ids.index(message_id) + step, 0), len(ids) - 1)
    make_active(db, ids[index])
    return ids[index]

