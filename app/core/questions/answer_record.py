"""What a conversation's export carries of an answer given from documents, so that a
reader of the file, without the app, sees where each answer comes from: the documents
asked, the pages its references name, the passages the model was given (ids and pages),
the model and prompt, and what the check could not find in those passages."""

from __future__ import annotations

import json

from app.core.questions.checking import referenced_pages
from app.core.questions.expected import gives_no_note
from app.core.store import Store


def answer_record(store: Store, message: dict) -> dict | None:
    """The provenance of one stored message; None for a message not answered from
    documents (a plain chat answer, a question)."""
    if message["role"] != "assistant" or not message.get("sources"):
        return None
    sources = json.loads(message["sources"])
    checks = json.loads(message["checks"]) if message.get("checks") else []
    names = _names(store, {*sources["documents"],
                           *(p["document_id"] for p in sources["passages"])})

    def where(document_id: int, page: int) -> dict:
        return {"document": names[document_id], "page": page}

    references = dict.fromkeys(pair for row in checks for pair in referenced_pages(row))
    return {
        "documents": [{"id": d, "name": names[d]} for d in sources["documents"]],
        "model": message["model"],  # None: nothing relevant was found, no model was asked
        "prompt_version": sources.get("prompt_version"),
        "references": [where(*pair) for pair in references],
        "passages": [{"id": p["id"], **where(p["document_id"], p["page"])}
                     for p in sources["passages"]],
        "flagged_claims": [{"text": c["text"], "kind": c["kind"], "sentence": row["text"]}
                           for row in checks for c in row["claims"]
                           if c["status"] == "not_found"],
        "unsupported_sentences": [row["text"] for row in checks
                                  if row["level"] == "not_found"],
        # the kind of fact asked for when the answer states none from the passages
        "gives_no": sources.get("gives_no", ""),
    }


def record_markdown(record: dict) -> list[str]:
    """The record as Markdown lines to put under the answer."""
    def pages(items: list[dict]) -> str:
        return "; ".join(f"{i['document']} p. {i['page']}" for i in items) or "none"

    asked = ", ".join(d["name"] for d in record["documents"])
    model = record["model"] or "none (no passage was about the question)"
    lines = [f"Answered from: {asked} · model: {model} · prompt: {record['prompt_version']}",
             f"References: {pages(record['references'])}",
             "Passages given to the model: " + ("; ".join(
                 f"#{p['id']} ({p['document']} p. {p['page']})" for p in record["passages"])
                 or "none")]
    lines += [f"Not found in the passages given: “{c['text']}” ({c['kind']}) in "
              f"“{c['sentence']}”" for c in record["flagged_claims"]]
    lines += [f"No passage supports: “{text}”" for text in record["unsupported_sentences"]]
    if record["gives_no"]:
        lines.append(gives_no_note(record["gives_no"]))
    return [f"> - {line}" for line in lines]


def _names(store: Store, document_ids: set[int]) -> dict[int, str]:
    """Names of documents; one erased since keeps its number."""
    if not document_ids:
        return {}
    found = {row["id"]: row["name"] for row in store.db["documents"].rows_where(
        f"id in ({','.join('?' * len(document_ids))})", list(document_ids))}
    return {d: found.get(d, f"(erased document {d})") for d in document_ids}
