"""`offline-assistant ask`, run as a user would: a separate process, exit codes, printed
answer with its page references, and the conversation it leaves in the database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.store import Store
from tests.helpers import cli

DATA = Path(__file__).parent / "data"
FEES = DATA / "running-headers" / "fee-study.pdf"
GEOTOPO = DATA / "py-pdf-sample-files" / "009-pdflatex-geotopo" / "GeoTopo-komprimiert.pdf"


def _prompt_tokens(stderr: str) -> int:
    return int(re.search(r"Prompt tokens: (\d+)\.", stderr).group(1))


def test_ask_prints_a_referenced_answer_and_saves_the_conversation(data_home):
    result = cli("ask", str(FEES), "--question", "What land title fee does the panel "
                 "recommend?", home=data_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "fee-study.pdf: 6 page(s), read." in result.stderr
    assert _prompt_tokens(result.stderr) > 0
    for page in re.findall(r"\(p\. (\d+)\)", result.stdout):
        assert 1 <= int(page) <= 6
    store = Store(data_home / "offline-assistant.db")
    try:
        (conversation,) = store.conversations()
        question, answer = store.messages(conversation["id"])
        assert question["text"] == "What land title fee does the panel recommend?"
        assert answer["text"] == result.stdout.strip() and answer["model"]
        sources, checks = store.answer_sources(answer["id"])
        assert any(p["page"] == 5 for p in sources["passages"])
        assert checks and all("claims" in row for row in checks)
    finally:
        store.close()


def test_a_question_the_documents_do_not_touch_is_answered_without_loading_the_model(
        data_home):
    result = cli("ask", str(FEES), "-q", "Does the insurance cover outpatient dental care?",
                 home=data_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "The documents do not say."
    assert "the model was not asked" in result.stderr
    assert "Loaded" not in result.stderr


def test_bad_input_is_a_clear_error(tmp_path, data_home):
    result = cli("ask", str(tmp_path / "missing.pdf"), "-q", "What fee?", home=data_home)
    assert result.returncode == 2 and "was not found" in result.stderr
    result = cli("ask", str(FEES), "-q", "  ", home=data_home)
    assert result.returncode == 7 and "Write a question" in result.stderr


@pytest.mark.slow  # reads a 117-page PDF once and asks the model twice
def test_a_question_over_117_pages_costs_one_prompt_not_a_reread(data_home, capsys):
    first = cli("ask", str(GEOTOPO), "-q", "Wann heißt ein zusammenhängender Graph Baum?",
                home=data_home)
    assert first.returncode == 0, first.stderr
    assert "117 page(s), read." in first.stderr
    second = cli("ask", str(GEOTOPO), "-q", "Was ist die Euler-Charakteristik eines Baumes?",
                 home=data_home)
    assert second.returncode == 0, second.stderr
    assert "117 page(s), stored pages reused." in second.stderr
    tokens = [_prompt_tokens(r.stderr) for r in (first, second)]
    context = int(re.search(r"context (\d+) tokens", second.stderr).group(1))
    with capsys.disabled():
        print(f"\n117-page PDF: prompt tokens per question {tokens} "
              f"(context {context}; the whole text is ~40,000 tokens)")
    assert all(0 < t <= context for t in tokens)
    for page in re.findall(r"\(p\. (\d+)\)", first.stdout + second.stdout):
        assert 1 <= int(page) <= 117


def test_a_kind_of_file_the_policy_refuses_is_not_read_and_the_refusal_is_audited(
        policy_file, data_home):
    policy_file.write_text('{"documents": {"formats": ["docx"]}}',
                           encoding="utf-8")
    result = cli("ask", str(FEES), "-q", "What land title fee?", home=data_home)
    assert result.returncode == 8, result.stderr
    assert "not a kind of file your organisation allows" in result.stderr
    trail = (data_home / "audit" / "audit.jsonl").read_text("utf-8")
    assert '"document_refused"' in trail and "fee-study.pdf" in trail


def test_a_follow_up_question_in_the_conversation_asks_its_documents_again(data_home):
    first = cli("ask", str(FEES), "-q", "Does the insurance cover dental care?", home=data_home)
    assert first.returncode == 0, first.stderr
    conversation = int(re.search(r"Saved as conversation (\d+)\.", first.stderr).group(1))
    follow_up = cli("ask", "--conversation", str(conversation), "-q",
                    "Is outpatient physiotherapy covered?", home=data_home)
    assert follow_up.returncode == 0, follow_up.stderr
    assert follow_up.stdout.strip() == "The documents do not say."
    assert f"Saved as conversation {conversation}." in follow_up.stderr
    store = Store(data_home / "offline-assistant.db")
    try:
        assert len(store.conversations()) == 1
        assert len(store.messages(conversation)) == 4
        (document,) = store.conversation_documents(conversation)
        assert store.document(document)["name"] == "fee-study.pdf"
    finally:
        store.close()
    missing = cli("ask", "--conversation", "99", "-q", "Anything?", home=data_home)
    assert missing.returncode == 7 and "no conversation 99" in missing.stderr


def test_a_conversation_back_in_plain_chat_asks_no_documents_until_some_are_named(data_home):
    first = cli("ask", str(FEES), "-q", "Does the insurance cover dental care?", home=data_home)
    assert first.returncode == 0, first.stderr
    conversation = int(re.search(r"Saved as conversation (\d+)\.", first.stderr).group(1))
    store = Store(data_home / "offline-assistant.db")
    try:
        store.detach_documents(conversation)  # "Back to plain chat" in the window
    finally:
        store.close()
    plain = cli("ask", "--conversation", str(conversation), "-q", "Is physiotherapy covered?",
                home=data_home)
    assert plain.returncode == 7 and "asks no documents now" in plain.stderr
    again = cli("ask", str(FEES), "--conversation", str(conversation), "-q",
                "Is physiotherapy covered?", home=data_home)
    assert again.returncode == 0, again.stderr
    assert f"Saved as conversation {conversation}." in again.stderr


def test_ask_reads_a_scan_and_a_protected_pdf_as_summarize_does(tmp_path, data_home):
    """A file not read before is read the way `summarize` reads it: each scanned page said
    as text recognition starts, the OCR note after, and a protected PDF's password taken
    from standard input (a script), never shown."""
    from tests.scans import page_image, save_scan

    scan = save_scan([page_image(size=(1654, 820))], tmp_path / "board scan.png")
    # nothing in the scan is about dental care: the model is not needed to see the reading
    result = cli("ask", str(scan), "-q", "Does the insurance cover dental care?",
                 home=data_home)
    assert result.returncode == 0, result.stderr
    assert "Reading p. 1 (scanned, 1 of 1) …" in result.stderr
    assert "p. 1 read by OCR (mean confidence" in result.stderr
    assert "board scan.png: 1 page(s), read." in result.stderr

    protected = DATA / "encrypted" / "aes-256-r6.pdf"
    result = cli("ask", str(protected), "-q", "Does the insurance cover dental care?",
                 home=data_home, stdin="Riverside-2026\n")
    assert result.returncode == 0, result.stderr
    assert "aes-256-r6.pdf: 1 page(s), read." in result.stderr
    assert "Riverside-2026" not in result.stderr + result.stdout
