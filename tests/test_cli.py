"""The terminal commands, run as a user would: a separate process, exit codes, printed text."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys

import pytest

from app.cli import build_parser
from app.core.models.library import add_model_file
from app.core.settings import AppSettings
from app.core.store import Store
from app.core.summarize.thorough import weak
from app.prompt_files import PROMPT_VERSION, style_names
from tests.conftest import REPO
from tests.helpers import cli
from tests.offline import no_network_prefix

FOUR_PAGES = "004-pdflatex-4-pages/pdflatex-4-pages.pdf"
PASSWORD = "005-libreoffice-writer-password/libreoffice-writer-password.pdf"


def test_summarize_a_pdf_prints_a_summary_and_saves_the_job(corpus, data_home):
    result = cli("summarize", str(corpus / FOUR_PAGES), home=data_home)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) > 10
    assert "built-in demo model" in result.stderr

    store = Store(data_home / "offline-assistant.db")
    try:
        [job] = store.jobs()
        chunks = store.chunks(job["id"])
    finally:
        store.close()
    assert job["status"] == "done" and job["pages"] == 4 and job["finished"]
    assert job["summary"].strip() in result.stdout
    assert chunks and all(c["status"] == "done" and c["result"] for c in chunks)
    maps = [c for c in chunks if c["kind"] == "map"]
    assert maps[0]["first_page"] == 1 and maps[-1]["last_page"] == 4


@pytest.mark.slow
def test_summarize_a_scan_says_which_pages_ocr_read_and_its_seconds_per_page(
        tmp_path, data_home):
    from tests.scans import page_image, save_scan

    scan = save_scan([page_image(size=(1654, 820))], tmp_path / "letter scan.png")
    result = cli("summarize", str(scan), "--ctx", "2048", home=data_home)
    assert "Reading p. 1 (scanned, 1 of 1) …" in result.stderr
    assert "p. 1 read by OCR (mean confidence 9" in result.stderr  # 9x %: a clean scan
    assert re.search(r"OCR: [\d.]+ s a page on this machine \([\d.]+ s for 1 page\(s\)\)",
                     result.stderr), result.stderr
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) > 5


def test_summarize_thorough_prints_what_the_model_confirmed_and_rejected(corpus, data_home):
    result = cli("summarize", "--thorough", str(corpus / FOUR_PAGES), home=data_home)
    assert result.returncode == 0, result.stderr
    store = Store(data_home / "offline-assistant.db")
    try:
        [job] = store.jobs()
        rows = store.sentences(job["id"])
    finally:
        store.close()
    assert json.loads(job["settings"])["thorough"] is True
    asked = [row for row in rows if row["model"]]
    assert [row["model"] is not None for row in rows] == [weak(row) for row in rows]
    confirmed = sum(row["model"] == "yes" for row in asked)
    assert "Sentences: " in result.stderr
    assert (f"Thorough check: the model confirmed {confirmed} and rejected "
            f"{len(asked) - confirmed} of the sentences") in result.stderr
    assert result.stderr.count("Checking sentence ") == len(asked)


def test_password_protected_pdf_is_a_clear_error(corpus, data_home):
    result = cli("summarize", str(corpus / PASSWORD), home=data_home, stdin="")
    assert result.returncode == 2
    assert "password-protected" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("content, code, words", [
    (b"", 2, "empty"),
    (None, 2, "was not found"),
])
def test_unusable_documents_exit_with_a_message(tmp_path, data_home, content, code, words):
    path = tmp_path / "notes.txt"
    if content is not None:
        path.write_bytes(content)
    result = cli("summarize", str(path), home=data_home)
    assert result.returncode == code
    assert words in result.stderr.lower()


def test_a_model_that_is_not_gguf_exits_with_a_message(tmp_path, data_home):
    fake = tmp_path / "model.gguf"
    fake.write_text("this is a text file, not a model")
    result = cli("chat", "--model", str(fake), "--prompt", "hi", home=data_home)
    assert result.returncode == 3
    assert "not a GGUF model file" in result.stderr


def test_chat_answers_and_saves_the_conversation(data_home):
    result = cli("chat", home=data_home, stdin="What colour is the sky?\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "tok/s" in result.stderr
    store = Store(data_home / "offline-assistant.db")
    try:
        [conversation] = store.conversations()
        question, answer = store.messages(conversation["id"])
        assert (question["role"], answer["role"]) == ("user", "assistant")
        options = json.loads(answer["load_options"])  # the context etc. it was made with
        assert options["n_ctx"] >= 512 and options["n_threads"] >= 1
        assert "loaded" in result.stderr.lower() and f"context {options['n_ctx']}" in result.stderr
    finally:
        store.close()


def test_models_lists_the_embedded_model(data_home):
    result = cli("models", home=data_home)
    assert result.returncode == 0
    assert "SmolLM2-135M-Instruct" in result.stdout and "built-in demo" in result.stdout
    assert "SHA-256: not computed yet" in result.stdout


def test_models_hash_once_and_the_default_from_the_window_is_used(tmp_path, data_home,
                                                                  model_path):
    expected = hashlib.sha256(model_path.read_bytes()).hexdigest()
    hashed = cli("models", "--hash", home=data_home)
    assert hashed.returncode == 0 and f"SHA-256: {expected}" in hashed.stdout
    assert f"SHA-256: {expected}" in cli("models", home=data_home).stdout  # kept

    chosen = tmp_path / "granite-8b.gguf"
    chosen.symlink_to(model_path)
    store = Store(data_home / "offline-assistant.db")
    try:
        add_model_file(store, chosen)  # added where it is, then "Use this model"
        settings = AppSettings.from_store(store)
        settings.default_model = str(chosen)
        settings.save(store)
    finally:
        store.close()
    assert "granite-8b [added file] [default]" in cli("models", home=data_home).stdout
    result = cli("chat", "--prompt", "Hi", home=data_home)
    assert result.returncode == 0, result.stderr
    assert "Using the model granite-8b.gguf" in result.stderr


def test_doctor_describes_the_machine(data_home):
    result = cli("doctor", home=data_home)
    assert result.returncode == 0, result.stderr
    for label in ("CPU:", "Cores:", "RAM:", "GPU:", "llama.cpp:", "CPU features:", "Data folder:"):
        assert label in result.stdout
    assert str(data_home) in result.stdout
    log = data_home / "logs" / "offline-assistant.log"
    assert f"Log file:      {log}" in result.stdout
    assert "doctor ended: exit code 0" in log.read_text(encoding="utf-8")


def test_summary_works_with_no_network_at_all(corpus, data_home):
    """In a network namespace with no interfaces, any connection attempt would fail."""
    result = cli("summarize", str(corpus / FOUR_PAGES), "--ctx", "2048", home=data_home,
                 prefix=no_network_prefix())
    assert result.returncode == 0, result.stderr


def run_main_with(fault: str, *args, home) -> subprocess.CompletedProcess:
    """`main` in a real process whose `models` command raises `fault`: an error no command
    expects (a rare event, so injected; everything around it is the real CLI)."""
    code = ("import sys, app.cli.models as models\n"
            "def broken(args):\n"
            f"    raise {fault}\n"
            "models.run_models = broken\n"
            "from app.cli import main\n"
            "raise SystemExit(main(sys.argv[1:]))")
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_full_disk_in_a_command_is_said_in_plain_words_not_as_a_fault(data_home):
    """Where the disk fills under a command (a rare event, so injected), the person reads
    what to do, and the data exit code; no traceback, since nothing is wrong with the app."""
    result = run_main_with("__import__('sqlite3').OperationalError('database or disk is full')",
                           "models", home=data_home)
    assert result.returncode == 6, result.stderr  # ExitCode.DATA
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert "went wrong inside" not in result.stderr


def test_an_unexpected_error_is_one_plain_sentence_and_its_traceback_is_logged(data_home):
    result = run_main_with("RuntimeError('the fault 4711 in a command')", "models",
                           home=data_home)
    log = data_home / "logs" / "offline-assistant.log"
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Something went wrong inside Offline Assistant. The details are in {log}; please "
        "send that file to your IT team.")
    assert result.stdout == ""
    logged = log.read_text(encoding="utf-8")
    assert "unexpected error in models" in logged and "Traceback" in logged
    assert "RuntimeError: the fault 4711 in a command" in logged
    assert "models ended: exit code 1" in logged


def test_without_a_log_file_the_details_are_shown_once(tmp_path):
    """A data folder that cannot hold a log (here: a file) must not hide the details."""
    home = tmp_path / "not-a-folder"
    home.write_text("", encoding="utf-8")
    result = cli("jobs", home=home)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "Something went wrong inside Offline Assistant, and its log file could not be "
        "written. Please send the details below to your IT team.\nTraceback")
    assert result.stderr.count("Traceback") == 1


def test_ctrl_c_in_a_command_is_cancelled_not_an_error(data_home):
    result = run_main_with("KeyboardInterrupt", "models", home=data_home)
    assert result.returncode == 130
    assert result.stderr.strip() == "Cancelled."


@pytest.mark.parametrize("args, words", [
    (("jobs", "cancel", "99"), "Give the number of an existing job"),
    (("export", "99", "summary.md"), "99"),
    (("summarize",), "the following arguments are required: file"),
    (("translate", "notes.txt"), "invalid choice: 'translate'"),
    (("jobs", "cancel", "seven"), "invalid int value: 'seven'"),
])
def test_requests_the_app_will_not_do_are_refused_with_their_own_code(tmp_path, data_home,
                                                                      args, words):
    """7, not 1 (an unexpected error) nor argparse's 2 (here: a document it cannot use).
    An unknown summary style: tests/test_summary_jobs_cli.py."""
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(data_home)}
    result = subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 7, result.stderr
    assert words in result.stderr


def test_the_log_file_keeps_kinds_and_timings_never_documents_or_prompts(tmp_path, data_home):
    canary = "Zanzibarquux"  # a word that occurs nowhere but in this document and prompt
    document = tmp_path / "minutes.txt"
    document.write_text(f"The {canary} committee met on Monday and approved the budget of "
                        f"the {canary} district for next year.", encoding="utf-8")
    summary = cli("summarize", str(document), "--ctx", "2048", home=data_home)
    assert summary.returncode == 0, summary.stderr
    chat = cli("chat", "--prompt", f"Who is {canary}?", "--ctx", "2048", home=data_home)
    assert chat.returncode == 0, chat.stderr
    logs = list((data_home / "logs").iterdir())
    assert [p.name for p in logs] == ["offline-assistant.log"]
    logged = logs[0].read_text(encoding="utf-8")
    assert "summarize ended: exit code 0" in logged and "chat ended: exit code 0" in logged
    assert canary.lower() not in logged.lower()
    assert "minutes" not in logged  # nor the file's name


def test_the_parser_imports_neither_the_core_nor_qt():
    """Every launch builds the parser, the window's too: the commands import the core (and
    the bench its measuring code) only when they run."""
    code = ("import sys; from app.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('app.core', 'PySide6', "
            "'llama_cpp', 'sqlite_utils', 'numpy'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# Password-protected PDFs (#15) --------------------------------------------------------------

ENCRYPTED = REPO / "tests" / "data" / "encrypted" / "aes-256-r6.pdf"
SECRET = "Riverside-2026"


def test_a_script_gives_the_password_on_standard_input_and_only_its_use_is_audited(data_home):
    result = cli("summarize", str(ENCRYPTED), "--ctx", "2048", home=data_home,
                 stdin=SECRET + "\n")
    assert result.returncode == 0, result.stderr
    assert "password-protected" in result.stderr and result.stdout.strip()

    [unlocked] = [entry for entry in _audit_entries(data_home)
                  if entry["event"] == "document_unlocked"]
    assert unlocked["file"] == "aes-256-r6.pdf" and unlocked["password_used"] is True
    # Nowhere the app writes: its output, its log, its audit trail, its database.
    written = [result.stdout, result.stderr] + [
        path.read_bytes().decode("utf-8", errors="replace")
        for path in data_home.rglob("*") if path.is_file()
    ]
    assert not [text for text in written if SECRET in text]


@pytest.mark.parametrize("stdin, words", [
    ("", "password-protected: type its password"),  # a script that gives none
    ("riverside-2026\n", "That password does not open"),  # a script cannot retype
])
def test_a_script_without_the_right_password_gets_a_clear_error(data_home, stdin, words):
    result = cli("summarize", str(ENCRYPTED), home=data_home, stdin=stdin)
    assert result.returncode == 2
    assert words in result.stderr and result.stdout == ""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pseudo-terminal needs POSIX")
def test_at_a_terminal_the_password_is_typed_unseen_and_asked_three_times(data_home):
    import pty

    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(data_home)}
    pid, terminal = pty.fork()  # the child's controlling terminal, as in a real shell
    if pid == 0:
        os.execve(sys.executable, [sys.executable, "-m", "app", "summarize", str(ENCRYPTED)],
                  env)
    seen = b""
    for attempt in range(3):
        seen += _read_terminal(terminal, until=b"(not shown as you type): ")
        os.write(terminal, b"wrong-%d\n" % attempt)
    seen += _read_terminal(terminal, until=None)
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    text = seen.decode("utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert text.count("Password for aes-256-r6.pdf") == 3
    assert text.count("That password does not open") == 3
    assert "wrong-" not in text  # nothing typed was shown


def _read_terminal(terminal: int, until: bytes | None, timeout_s: float = 120) -> bytes:
    """What the terminal showed, up to `until` (None: until the program ended)."""
    import select
    import time

    seen, deadline = b"", time.monotonic() + timeout_s
    while until is None or until not in seen:
        ready, _, _ = select.select([terminal], [], [], max(deadline - time.monotonic(), 0))
        assert ready, f"the terminal showed nothing more: {seen!r}"
        try:
            data = os.read(terminal, 4096)
        except OSError:  # EIO: the program ended and closed the terminal
            data = b""
        if not data:
            assert until is None, f"the program ended before asking: {seen!r}"
            return seen
        seen += data
    return seen


def _audit_entries(home) -> list[dict]:
    lines = (home / "audit" / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]
def _summarize_help(capsys) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["summarize", "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_the_style_help_lists_the_prompt_sets_styles(tmp_path, monkeypatch, capsys):
    """Read from the prompt set itself: a style added there is offered without a second
    list to keep in step."""
    from app.core.summarize.prompts import load_prompts

    assert "--style STYLE brief (default), key_points, key_facts or action_items" in (
        _summarize_help(capsys))
    assert style_names() == list(load_prompts().styles)

    prompts = tmp_path / "resources" / "prompts" / PROMPT_VERSION
    prompts.mkdir(parents=True)
    (prompts / "styles.json").write_text(json.dumps({"brief": "…", "minutes": "…"}),
                                         encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # as a bundle finds it
    assert "--style STYLE brief (default) or minutes" in _summarize_help(capsys)
