"""Fast reading (summarize/reading.py): the library's small model reads a document's parts
into notes and the main model writes the rest. The choice of the reader runs over a real
catalogue and store; the job runs two real engines: the demo model reading, and a random
"main" model from scripts/make_7b_fixture.py whose every answer is noise, so whatever
it wrote cannot pass for what the demo model wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from app import paths
from app.core.engine import EngineClient
from app.core.models import validate_model
from app.core.models.library import model_sha256
from app.core.store import Store
from app.core.summarize import JobFinished, run_summary, start_summary
from app.core.summarize.reading import (
    NoReader,
    Reader,
    check_job_reader,
    choose_reader,
    needs_reader,
    reader_setting,
)
from tests.conftest import REPO
from tests.core.test_fit import _write_large_model
from tests.core.test_policy import write_policy
from tests.helpers import long_text


@pytest.fixture
def store(data_home):
    store = Store(paths.database_path())
    yield store
    store.close()


def _main(path):
    """The main model as the lane knows it once loaded: its file, name and card."""
    return SimpleNamespace(path=path, name=path.stem, card=validate_model(path))


def test_the_reader_is_a_small_approved_chat_model_of_the_library(
        tmp_path, store, model_path, policy_file):
    big = _write_large_model(tmp_path, layers=32, width=4096, file_type=15)  # ~2.8B, Q4_K_M
    reader, sha256 = choose_reader(store, tmp_path, _policy(), _main(big))
    assert reader.path == model_path and sha256 == model_sha256(store, model_path)
    assert reader_setting(reader, sha256) == {"name": reader.name, "path": str(model_path),
                                              "sha256": sha256}

    # the demo model has no smaller model beside it: said in words, with what to do
    with pytest.raises(NoReader, match="at most a quarter of the parameters"):
        choose_reader(store, tmp_path, _policy(), _main(model_path))
    # the organisation's server reads for itself
    with pytest.raises(NoReader, match="organisation's server"):
        choose_reader(store, tmp_path, _policy(), SimpleNamespace(path=None, name="x", card=None))
    # a small model the policy does not approve is never the reader
    write_policy(policy_file, {"models": {"allowed": [{"name": "big", "sha256": "ab" * 32}]}})
    with pytest.raises(NoReader, match="that your organisation approves"):
        choose_reader(store, tmp_path, _policy(), _main(big))


def _policy():
    """The policy file as it is now (the policy is otherwise read once per process)."""
    from app.core.policy import forget_policy, policy_in_force

    forget_policy()
    return policy_in_force()


@pytest.fixture(scope="module")
def noise_model(tmp_path_factory, model_path):
    """A tiny random model with the demo model's tokenizer and chat template."""
    out = tmp_path_factory.mktemp("noise") / "noise.gguf"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_7b_fixture.py"), str(out), "--layers",
         "2", "--width", "256", "--threads", "1", "--tokenizer-from", str(model_path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def test_the_small_model_reads_the_parts_and_the_main_model_writes(
        fresh_engine, model_path, noise_model, tmp_path, store):
    reading = fresh_engine
    reading.load(model_path, n_ctx=1024, sequences=2)  # three parts of the document
    document = long_text(tmp_path, pages=3)
    # The demo model alone: what it writes of each part, in the same plan.
    alone = start_summary(store, reading, document, style="key_points")
    assert list(run_summary(store, reading, alone))[-1].status == "done"

    main = EngineClient()
    try:
        main.load(noise_model, n_ctx=2048)  # a larger context: the plan is the reader's
        setting = reader_setting(SimpleNamespace(name="SmolLM2", path=model_path),
                                 model_sha256(store, model_path))
        reader = Reader(reading, setting)
        job_id = start_summary(store, main, document, style="key_points", reader=reader)
        assert json.loads(store.job(job_id)["settings"])["reader"] == setting
        assert needs_reader(store, job_id) == setting
        # without its reader the job waits, in words, and loses nothing
        ended = list(run_summary(store, main, job_id))[-1]
        assert ended.status == "paused" and "SmolLM2" in ended.message
        assert all(c["status"] != "done" for c in store.chunks(job_id))

        check_job_reader(store, paths.models_dir(), _policy(), setting)
        finished = list(run_summary(store, main, job_id, reader=reader))[-1]
    finally:
        main.close()
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    assert needs_reader(store, job_id) is None
    fast_maps = [(c["first_page"], c["last_page"], c["result"])
                 for c in store.chunks(job_id, "map")]
    assert len(fast_maps) == 3
    # every part's notes are the demo model's, word for word ...
    assert fast_maps == [(c["first_page"], c["last_page"], c["result"])
                         for c in store.chunks(alone, "map")]
    # ... and the summary is the noise model's, not the demo model's
    final = [c for c in store.chunks(job_id) if c["kind"].startswith("reduce")][-1]
    demo_final = [c for c in store.chunks(alone) if c["kind"].startswith("reduce")][-1]
    assert final["result"] != demo_final["result"]


def test_a_changed_reader_file_is_refused_on_resume(tmp_path, store, model_path):
    copy = tmp_path / "small.gguf"
    copy.write_bytes(model_path.read_bytes())
    setting = {"name": "small", "path": str(copy), "sha256": model_sha256(store, copy)}
    check_job_reader(store, paths.models_dir(), _policy(), setting)  # unchanged: fine
    with open(copy, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(NoReader, match="has changed since the summary began"):
        check_job_reader(store, paths.models_dir(), _policy(), setting)
    copy.unlink()
    with pytest.raises(NoReader, match="is no longer at"):
        check_job_reader(store, paths.models_dir(), _policy(), setting)
