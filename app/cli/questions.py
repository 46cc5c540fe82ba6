"""`ask`: a question about documents from a terminal. The answer, with its page references,
goes to stdout; what was read, what the model was given and what the check flagged go to
stderr. The question and its answer are kept as a conversation."""

from __future__ import annotations

from app import paths
from app.cli.loading import load_engine
from app.cli.output import ExitCode, say


def add_parser(commands) -> None:
    from app.cli.loading import add_model_options

    asking = commands.add_parser("ask", help=(
        "answer a question from documents (a folder: every document in it), with page "
        "references; the answer is checked against the pages and kept as a conversation"))
    asking.add_argument("file", nargs="*", help="files or folders")
    asking.add_argument("--question", "-q", required=True, help="the question to answer")
    asking.add_argument("--conversation", type=int, help=(
        "ask in this conversation (its number is printed after an answer): the documents "
        "asked about there are asked again, with any files given here"))
    add_model_options(asking)
    asking.set_defaults(run=run_ask, opens_data=True)


def run_ask(args) -> int:
    from app.core.store import Store

    if not args.question.strip():
        say("Write a question after --question.")
        return ExitCode.REFUSED
    if not args.file and args.conversation is None:
        say("Name the documents to ask about, or a conversation with --conversation.")
        return ExitCode.REFUSED
    store = Store(paths.database_path())
    try:
        earlier = _conversation_documents(store, args.conversation)
        document_ids = _documents(store, args.file) if args.file else []
        if isinstance(earlier, int) or isinstance(document_ids, int):
            return earlier if isinstance(earlier, int) else document_ids
        if not earlier and not document_ids:
            say(f"Conversation {args.conversation} asks no documents now (a plain chat, or "
                "it went back to plain chat): name the files or folders to ask.")
            return ExitCode.REFUSED
        return _ask(store, args, list(dict.fromkeys(earlier + document_ids)))
    finally:
        store.close()


def _conversation_documents(store, conversation_id: int | None) -> list[int] | int:
    if conversation_id is None:
        return []
    if not store.db["conversations"].count_where("id = ? and deleted is null",
                                                 [conversation_id]):
        say(f"There is no conversation {conversation_id}.")
        return ExitCode.REFUSED
    return store.conversation_documents(conversation_id)


def _documents(store, items: list[str]) -> list[int] | int:
    """The stored ids of the documents asked about, or an exit code after saying why not."""
    from app.cli.reading import read_in_terminal
    from app.core.documents import DocumentError, find_documents
    from app.core.policy.documents import NotAllowedByPolicy
    from app.core.questions import admit_for_questions
    from app.core.questions.sources import stored_document

    files = find_documents(items)
    if not files:
        say("No PDF, Word, web page, e-mail, text or Markdown files found there.")
        return ExitCode.DOCUMENT
    ids = []
    for path in files:
        try:
            admit_for_questions(path)
            document_id, reused = stored_document(
                store, path, read=lambda file: read_in_terminal(store, file))
        except NotAllowedByPolicy as exc:
            say(str(exc))
            return ExitCode.POLICY
        except DocumentError as exc:
            say(str(exc))
            return ExitCode.DOCUMENT
        pages = store.document(document_id)["pages"]
        how = "stored pages reused" if reused else "read"
        say(f"{path.name}: {pages} page(s), {how}.")
        ids.append(document_id)
    return ids


def _ask(store, args, document_ids: list[int]) -> int:
    from app.core import audit
    from app.core.engine import EngineFailure
    from app.core.questions import AnswerFinished, AnswerStarted, find_passages, index_documents
    from app.core.questions.answer import ask_documents
    from app.core.questions.retrieval import relevant

    index_documents(store, document_ids)
    # The model is loaded only when there is something to give it.
    engine = None
    if relevant(find_passages(store, args.question, document_ids)):
        engine = load_engine(args)
        if isinstance(engine, int):
            return engine
    try:
        for event in ask_documents(store, engine, args.question, document_ids,
                                   conversation_id=args.conversation):
            if isinstance(event, AnswerStarted):
                pages = ", ".join(sorted({f"p. {p.page}" for p in event.passages},
                                         key=lambda label: int(label[3:])))
                say(f"Asking the model with {len(event.passages)} passage(s) ({pages}): "
                    f"{event.prompt_tokens} prompt tokens.")
            elif isinstance(event, EngineFailure):
                say(event.message)
                return ExitCode.ENGINE
            elif isinstance(event, AnswerFinished):
                _print_answer(event)
    except audit.AuditUnavailable as exc:
        say(str(exc))
        return ExitCode.POLICY
    finally:
        if engine is not None:
            engine.close()
    return ExitCode.OK


def _print_answer(finished) -> None:
    from app.core.questions.expected import gives_no_note

    print(finished.text, flush=True)
    if finished.checked is None:
        say("Nothing in the documents is about this question; the model was not asked "
            "(0 prompt tokens).")
    else:
        for claim in finished.checked.flagged:
            say(f'Not in the pages given: "{claim["text"]}" ({claim["kind"]}) in '
                f'"{claim["sentence"]}"')
        unsupported = [r for r in finished.checked.sentences if r["level"] == "not_found"]
        for row in unsupported:
            say(f'No page supports: "{row["text"]}"')
        if finished.checked.gives_no:
            say(gives_no_note(finished.checked.gives_no))
        say(f"Prompt tokens: {finished.prompt_tokens}.")
    say(f"Saved as conversation {finished.conversation_id}.")
