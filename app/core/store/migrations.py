"""Append-only schema migrations. Never edit a released one: add m00N_… below it."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("offline_assistant")


@migrations()
def m001_initial(db: Database) -> None:
    db["conversations"].create(
        {"id": int, "title": str, "created": str, "updated": str},
        pk="id",
    )
    db["messages"].create(
        {
            "id": int,
            "conversation_id": int,
            "role": str,
            "text": str,
            "model": str,
            "created": str,
            "prompt_tokens": int,
            "output_tokens": int,
            "prefill_tps": float,
            "decode_tps": float,
            "ttft_s": float,
            "finish_reason": str,
        },
        pk="id",
        foreign_keys=[("conversation_id", "conversations", "id")],
    )
    db["documents"].create(
        {
            "id": int,
            "path": str,
            "name": str,
            "sha256": str,
            "size": int,
            "pages": int,
            "format": str,
            "added": str,
        },
        pk="id",
    )
    db["summary_jobs"].create(
        {
            "id": int,
            "document_id": int,
            "status": str,
            "style": str,
            "model": str,
            "prompt_version": str,
            "settings": str,
            "summary": str,
            "error": str,
            "created": str,
            "finished": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["job_chunks"].create(
        {
            "id": int,
            "job_id": int,
            "idx": int,
            "kind": str,
            "first_page": int,
            "last_page": int,
            "input_tokens": int,
            "status": str,
            "result": str,
            "finished": str,
        },
        pk="id",
        foreign_keys=[("job_id", "summary_jobs", "id")],
    )
    db["messages"].create_index(["conversation_id"])
    db["job_chunks"].create_index(["job_id", "kind", "idx"], unique=True)
    db["documents"].create_index(["sha256"])


@migrations()
def m002_pages_sources_flags(db: Database) -> None:
    # Page texts make citations and the grounding check possible without the original
    # file; chunk sources let a job resume from the database alone after a crash.
    db["document_pages"].create(
        {"id": int, "document_id": int, "number": int, "heading": str, "text": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["document_pages"].create_index(["document_id", "number"], unique=True)
    db["job_chunks"].add_column("source", str)
    db["summary_jobs"].add_column("flags", str)


@migrations()
def m003_conversation_tools(db: Database) -> None:
    # Pinning, deletion that can be undone, per-conversation instructions and sampling,
    # and full-text search over every message.
    conversations = db["conversations"]
    conversations.add_column("pinned", int, not_null_default=0)
    conversations.add_column("deleted", str)  # when it was deleted; NULL while it is kept
    conversations.add_column("system_prompt", str)
    conversations.add_column("settings", str)  # JSON: temperature, top_p, max_tokens
    db["messages"].enable_fts(["text"], create_triggers=True, tokenize="unicode61")
    db["settings"].create({"key": str, "value": str}, pk="key")  # JSON values


@migrations()
def m004_message_branches(db: Database) -> None:
    # A regenerated answer or an edited question becomes a new version beside the old
    # one, never a replacement: messages form a tree, and each node remembers which
    # reply is shown (see app/core/store/branches.py).
    db["messages"].add_column("parent_id", int)  # the message before it; NULL for a first
    db["messages"].add_column("active_child_id", int)  # the reply shown after it
    db["conversations"].add_column("active_root_id", int)  # the first message shown
    db["messages"].create_index(["conversation_id", "parent_id"])
    # Conversations written before versions existed are single threads in id order.
    db.execute(
        "update messages set parent_id = (select max(p.id) from messages p "
        "where p.conversation_id = messages.conversation_id and p.id < messages.id)")
    db.execute(
        "update messages set active_child_id = (select min(c.id) from messages c "
        "where c.conversation_id = messages.conversation_id and c.id > messages.id)")
    db.execute(
        "update conversations set active_root_id = (select min(m.id) from messages m "
        "where m.conversation_id = conversations.id)")


@migrations()
def m005_models_library(db: Database) -> None:
    # Every model file the app has seen, with its SHA-256 computed once per version of the
    # file (size, mtime); the folders the user added; and on jobs and answers the exact
    # model file and load options that produced them.
    db["models"].create(
        {
            "path": str,
            "name": str,
            "source": str,  # built-in, models folder, added file, added folder; NULL: cache
            "size": int,
            "mtime_ns": int,
            "sha256": str,  # NULL until computed
            "hashed": str,  # when the hash was computed
            "card": str,  # JSON of the ModelCard; NULL with `problem` when unusable
            "problem": str,
            "added": str,
        },
        pk="path",
    )
    db["model_folders"].create({"path": str, "added": str}, pk="path")
    db["summary_jobs"].add_column("model_sha256", str)
    db["messages"].add_column("load_options", str)  # JSON: context, batch, threads, GPU, ...


@migrations()
def m006_summary_sentences(db: Database) -> None:
    # Where each sentence of a finished summary comes from, worked out once when the job
    # ends (or on its first view, for jobs finished before this), so the window, the
    # exports and the terminal show the same answer without recomputing it. `passages`
    # and `claims` are JSON lists; `scope` says whether the support was looked for in the
    # pages the summary steps trace the sentence to ("traced") or in the whole document.
    db["summary_sentences"].create(
        {
            "id": int,
            "job_id": int,
            "idx": int,
            "text": str,
            "start": int,  # character offsets of the sentence in the stored summary
            "end": int,
            "level": str,  # supported | partly | not_found
            "scope": str,  # traced | document
            "passages": str,  # [{"page", "start", "end", "score"}], best first
            "claims": str,  # [{"text", "kind", "status", "page"}]
        },
        pk="id",
        foreign_keys=[("job_id", "summary_jobs", "id")],
    )
    db["summary_sentences"].create_index(["job_id", "idx"], unique=True)
    # Which parts of the level below a combining step was given (a JSON list of their
    # indices), so a sentence can be followed down to the chunks it drew on.
    db["job_chunks"].add_column("inputs", str)


@migrations()
def m007_questions(db: Database) -> None:
    # "Ask the document" (issue #17). Each page is cut into sentence passages once, kept
    # with their page and offsets, and indexed for full-text search with BM25 ranking, so a
    # question over a 117-page document reads a few passages, never the whole document again.
    # No stemmer in the index: the documents are in several languages (porter is English
    # only); the query asks for word prefixes instead (app/core/questions/retrieval.py).
    db["passages"].create(
        {"id": int, "document_id": int, "page": int, "start": int, "end": int, "text": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["passages"].create_index(["document_id", "page", "start"])
    db["passages"].enable_fts(["text"], create_triggers=True,
                              tokenize="unicode61 remove_diacritics 2")
    # An answer remembers what it was given and what the check found: `sources` is JSON
    # {"documents": [ids], "passages": [{"id", "document_id", "page"}], "prompt_version"};
    # `checks` is JSON, one row per sentence of the answer (level, pages, claims).
    db["messages"].add_column("sources", str)
    db["messages"].add_column("checks", str)
    # The documents a conversation asks about: every question in it is answered from them.
    db["conversation_documents"].create(
        {"conversation_id": int, "document_id": int, "added": str},
        pk=("conversation_id", "document_id"),
        foreign_keys=[("conversation_id", "conversations", "id"),
                      ("document_id", "documents", "id")],
    )


@migrations()
def m008_passage_trigrams(db: Database) -> None:
    # Thai, Lao, Khmer, Burmese, Chinese and Japanese are written without spaces between
    # words: the word index (m007) sees a whole phrase as one "word", which a question's
    # words never match. A second index of the same passages, in trigrams (every three
    # characters), finds any piece of text inside a phrase (app/core/questions/unspaced.py).
    # External content: the text stays only in `passages`; triggers keep the index in step.
    db.execute("create virtual table passages_trigram using fts5(text, content='passages', "
               "content_rowid='id', tokenize='trigram')")
    db.execute("create trigger passages_trigram_ai after insert on passages begin "
               "insert into passages_trigram(rowid, text) values (new.id, new.text); end")
    db.execute("create trigger passages_trigram_ad after delete on passages begin "
               "insert into passages_trigram(passages_trigram, rowid, text) "
               "values ('delete', old.id, old.text); end")
    db.execute("create trigger passages_trigram_au after update on passages begin "
               "insert into passages_trigram(passages_trigram, rowid, text) "
               "values ('delete', old.id, old.text); "
               "insert into passages_trigram(rowid, text) values (new.id, new.text); end")
    db.execute("insert into passages_trigram(passages_trigram) values ('rebuild')")


@migrations()
def m009_scanned_pages(db: Database) -> None:
    # A page read by text recognition (a scan) keeps the engine's mean confidence (0–1), so
    # the summary and its export can say "p. 4–6 read by OCR" and warn about a poor scan;
    # NULL: the text came from the file. `ocr_seconds` is this machine's recognition time
    # of the page, the pace the next scan's time left is reckoned from.
    db["document_pages"].add_column("ocr_confidence", float)
    db["document_pages"].add_column("ocr_seconds", float)


@migrations()
def m010_detached_documents(db: Database) -> None:
    # "Ask about…" in a chat (issue #17) attaches documents to a conversation, and the user
    # may go back to plain chat. The row is kept, not deleted: the answers given meanwhile
    # still cite those documents (their pages open from the answer), and erasure counts the
    # conversation as one that asked them. `detached`: when it stopped; NULL while it asks.
    db["conversation_documents"].add_column("detached", str)


@migrations()
def m011_sentence_model_checks(db: Database) -> None:
    # The thorough check (issue #10): the model's verdict on a weakly supported sentence,
    # "yes" (its passage supports it) or "no"; NULL when it was not asked. Written per
    # sentence as each answer comes, so a killed job resumes without asking it again.
    db["summary_sentences"].add_column("model", str)
