"""`chat`: a conversation from a terminal, one line per message (or one --prompt). The answer
streams to stdout, the timings go to stderr; both sides are saved like the window's."""

from __future__ import annotations

import sys

from app import paths
from app.cli.loading import load_engine
from app.cli.output import ExitCode, say


def run_chat(args) -> int:
    # Imported here: the parser imports this module on every launch, the window's included.
    from app.core.policy import policy_in_force
    from app.core.store import Store

    policy = policy_in_force()
    if not policy.allows("chat"):
        say(policy.why_not("chat"))
        return ExitCode.POLICY
    engine = load_engine(args)
    if isinstance(engine, int):
        return engine
    store = Store(paths.database_path())
    conversation = store.create_conversation("Terminal chat")
    history: list[dict] = []
    try:
        questions = [args.prompt] if args.prompt else _read_questions()
        for question in questions:
            code = _answer(engine, store, conversation, history, question)
            if code:
                return code
        return ExitCode.OK
    finally:
        store.close()
        engine.close()


def _read_questions():
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print("you> ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            return
        if line.strip():
            yield line.strip()


def _answer(engine, store, conversation, history, question) -> int:
    from app.core import audit
    from app.core.engine import EngineFailure, Finished, Token

    history.append({"role": "user", "content": question})
    store.add_message(conversation, "user", question)
    for event in engine.generate(history):
        if isinstance(event, Token):
            print(event.text, end="", flush=True)
        elif isinstance(event, EngineFailure):
            say(f"\n{event.message}")
            return ExitCode.ENGINE
        elif isinstance(event, Finished):
            print()
            history.append({"role": "assistant", "content": event.text})
            store.add_message(conversation, "assistant", event.text, model=engine.model.name,
                              timings=event.timings.as_record(),
                              finish_reason=event.finish_reason,
                              load_options=engine.model.options.as_dict())
            try:
                audit.chat_answered(conversation, event.timings, question, event.text)
            except audit.AuditUnavailable as exc:
                say(str(exc))
                return ExitCode.POLICY
            say(f"[{event.timings.output_tokens} tokens, {event.timings.decode_tps:.1f} tok/s, "
                f"first token after {event.timings.ttft_s:.2f} s]")
    return ExitCode.OK
