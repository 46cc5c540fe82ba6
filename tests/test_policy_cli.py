"""The organisation's policy and the audit trail from a terminal, as IT's scripts use them:
separate processes with the real demo model, exit codes and printed words."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from datetime import date

from tests.conftest import REPO
from tests.helpers import cli

NOTE = ("Quarterly review of the Jakarta branch. Deposits grew 12 percent to 4.1 billion "
        "rupiah. The audit committee met on 3 March and approved the new lending policy. "
        "Two staff joined the compliance team; the next review is due in June.")


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def approve(policy_file, model_path, **more) -> None:
    policy = {"models": {"allowed": [{"name": "Demo", "sha256": sha256_of(model_path)}]},
              **more}
    policy_file.write_text(json.dumps(policy), encoding="utf-8")


def trail_entries(data_home) -> list[dict]:
    path = data_home / "audit" / "audit.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_policy_prints_the_policy_in_force_and_where_it_came_from(policy_file, data_home):
    result = cli("policy", home=data_home)
    assert result.returncode == 0 and "no policy file" in result.stdout
    assert str(policy_file) in result.stdout  # where it would be read from

    shutil.copyfile(REPO / "installer" / "policy.example.json", policy_file)
    result = cli("policy", home=data_home)
    assert result.returncode == 0, result.stderr
    assert f"Policy in force: {policy_file}" in result.stdout
    assert sha256_of(policy_file) in result.stdout and "Granite 3.3 8B" in result.stdout

    policy_file.write_text('{"models": {"allowed": "all"}}', encoding="utf-8")
    result = cli("policy", home=data_home)
    assert result.returncode == 8
    assert "LOCKED DOWN" in result.stdout and "does not follow the policy schema" in result.stdout


def test_a_bad_policy_refuses_work_in_plain_words(policy_file, data_home, tmp_path):
    policy_file.write_text('{"features": {"chat": false},', encoding="utf-8")  # cut short
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    for command in (("chat", "--prompt", "hello"), ("summarize", str(note))):
        result = cli(*command, home=data_home)
        assert result.returncode == 8, result.stderr
        assert "is not valid JSON" in result.stderr and "no model loads" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unapproved_model_is_refused_in_the_terminal(policy_file, data_home, model_path):
    policy_file.write_text(json.dumps({"models": {"allowed": [
        {"name": "Granite 8B", "sha256": "ab" * 32}]}}), encoding="utf-8")
    result = cli("chat", "--model", str(model_path), "--prompt", "hello", home=data_home)
    assert result.returncode == 8
    assert "is not approved by your organisation" in result.stderr
    assert sha256_of(model_path) in result.stderr and "Granite 8B" in result.stderr
    result = cli("chat", "--prompt", "hello", home=data_home)  # nor chosen by itself
    assert result.returncode == 8 and "not approved" in result.stderr

    assert cli("audit", "verify", home=data_home).returncode == 0
    refused = [e for e in trail_entries(data_home) if e["event"] == "model_refused"]
    assert len(refused) == 2 and refused[0]["sha256"] == sha256_of(model_path)


def test_the_audit_chain_holds_a_summary_an_export_and_a_chat(policy_file, data_home,
                                                              model_path, tmp_path):
    approve(policy_file, model_path, audit={"level": "with_outputs"})
    note = tmp_path / "branch-review.txt"
    note.write_text(NOTE, encoding="utf-8")
    summarised = cli("summarize", str(note), home=data_home)
    assert summarised.returncode == 0, summarised.stderr
    out = tmp_path / "summary.md"
    assert cli("export", "1", str(out), home=data_home).returncode == 0
    chat = cli("chat", "--prompt", "Say hello.", home=data_home)
    assert chat.returncode == 0, chat.stderr

    verified = cli("audit", "verify", home=data_home)
    assert verified.returncode == 0 and "intact" in verified.stdout
    entries = trail_entries(data_home)
    assert [e["event"] for e in entries] == [
        "app_started", "model_loaded", "document_summarised", "app_started", "export_written",
        "app_started", "model_loaded", "chat_answered"]
    started, loaded, summary = entries[:3]
    assert started["policy_sha256"] == sha256_of(policy_file) and started["version"]
    assert loaded["sha256"] == sha256_of(model_path)
    assert summary["file"] == "branch-review.txt" and summary["sha256"] == sha256_of(note)
    assert summary["pages"] == 1 and summary["job"] == 1 and summary["style"] == "brief"
    assert summary["result_sha256"] == hashlib.sha256(
        summary["summary"].encode("utf-8")).hexdigest()
    assert summary["summary"].strip() in summarised.stdout
    assert isinstance(summary["flags"], int)
    assert entries[4]["path"] == str(out) and entries[4]["sha256"] == sha256_of(out)
    answered = entries[7]
    assert answered["prompt_tokens"] > 0 and answered["output_tokens"] > 0
    assert answered["prompt"] == "Say hello." and answered["answer"].strip() in chat.stdout

    csv_file = tmp_path / "audit.csv"
    exported = cli("audit", "export", "--since", date.today().isoformat(), "--out",
                   str(csv_file), home=data_home)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(csv_file.open(encoding="utf-8")))
    assert [row["event"] for row in rows] == [e["event"] for e in entries]

    trail = data_home / "audit" / "audit.jsonl"  # someone edits the export's entry
    lines = trail.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].replace(str(out), str(tmp_path / "elsewhere.md"))
    trail.write_text("".join(lines), encoding="utf-8")
    broken = cli("audit", "verify", home=data_home)
    assert broken.returncode == 8
    assert "BROKEN at entry 5" in broken.stdout and "changed" in broken.stdout


def test_no_work_is_done_unaudited(policy_file, data_home, tmp_path):
    blocker = tmp_path / "share"
    blocker.write_text("a file where the audit folder should be")
    policy_file.write_text(json.dumps({"audit": {"folder": str(blocker / "audit")}}),
                           encoding="utf-8")
    result = cli("chat", "--prompt", "hello", home=data_home)
    assert result.returncode == 8
    assert "cannot be written" in result.stderr and "ask your IT team" in result.stderr
    assert result.stdout == ""


def test_features_the_policy_turns_off_are_refused(policy_file, data_home, tmp_path):
    policy_file.write_text(json.dumps({"features": {"chat": False, "export": False}}),
                           encoding="utf-8")
    chat = cli("chat", "--prompt", "hello", home=data_home)
    assert chat.returncode == 8 and "does not allow chat" in chat.stderr
    export = cli("export", "1", str(tmp_path / "summary.md"), home=data_home)
    assert export.returncode == 8 and "does not allow exporting" in export.stderr
    assert not (tmp_path / "summary.md").exists()
