"""A conversation written out for the user: Markdown to read, JSON to keep or process.
Both hold the thread the user has chosen to show; a message that has other versions says
which version it is, and an answer given from documents where it comes from (its
references, the passages given, the model, the claims the check flagged)."""

from __future__ import annotations

import json

from app.core.questions.answer_record import answer_record, record_markdown
from app.core.store import Store

ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "Instructions"}


def conversation_record(store: Store, conversation_id: int) -> dict:
    conversation = store.conversation(conversation_id)
    messages = []
    for m in store.messages(conversation_id):
        message = {key: m[key] for key in ("role", "text", "model", "created", "prompt_tokens",
                                           "output_tokens", "decode_tps", "ttft_s",
                                           "finish_reason", "version", "versions")}
        record = answer_record(store, m)
        messages.append({**message, "answered_from": record} if record else message)
    return {"title": conversation["title"], "created": conversation["created"],
            "system_prompt": conversation["system_prompt"], "messages": messages}


def conversation_json(store: Store, conversation_id: int) -> str:
    return json.dumps(conversation_record(store, conversation_id), ensure_ascii=False, indent=2)


def conversation_markdown(store: Store, conversation_id: int) -> str:
    record = conversation_record(store, conversation_id)
    lines = [f"# {record['title']}", "", f"_Started {record['created']}_", ""]
    for message in record["messages"]:
        who = ROLE_NAMES.get(message["role"], message["role"])
        model = f" ({message['model']})" if message["model"] else ""
        version = (f" — version {message['version']} of {message['versions']}"
                   if message["versions"] > 1 else "")
        lines += [f"## {who}{model}{version}", "", message["text"], ""]
        if "answered_from" in message:
            lines += [*record_markdown(message["answered_from"]), ""]
    return "\n".join(lines)
