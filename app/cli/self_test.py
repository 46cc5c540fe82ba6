"""`offline-assistant --self-test`: the installed app checks itself, offline, in a few seconds.

Hidden on purpose (not in --help): it is for the installer's own tests, for IT after a silent
install, and for support ("run this and send me what it prints"). It

  * uses a throw-away data folder (OFFLINE_ASSISTANT_HOME points at a temporary folder for the
    duration, then the folder is deleted), so the user's conversations, jobs and models folder
    are neither read nor changed;
  * loads the model that came with the app (IT's bundled model, else the built-in demo model),
    or --model PATH, in the real engine process, with a small context;
  * generates a few tokens, then reads and summarises the sample document shipped in
    resources/samples/ through the same code the app uses;
  * reads the sample scan (an image-only PDF) with text recognition in the reader child,
    so a bundle without the OCR engine or its models fails here, not at a user's desk;
  * prints a short report (versions, CPU features, load time, tokens/s, summary length) and
    returns 0, or prints the reason and returns the CLI's exit code for it
    (2 document, 3 model, 4 engine, 1 anything else).

With --window it also opens the real window on Qt's offscreen platform, waits for the model to
load, saves a screenshot (--screenshot PATH) and closes the window again; --window-only skips
the other checks, so that the times it prints since the process started are the app's start-up
times (to the window shown, and to the model loaded in it).

    offline-assistant --self-test [--window | --window-only] [--screenshot PATH]
                                  [--model PATH] [--keep] [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from app import APP_NAME, __version__, paths
from app.cli.output import ExitCode
from app.trial_run import temporary_home, wait_for

SAMPLE_DOCUMENT = "sample-report.md"
SAMPLE_SCAN = "sample-scan.pdf"  # scripts/make_sample_scan.py printed it from this text
SAMPLE_SCAN_WORDS = ("water board approved a budget", "3 June 2025")
SELF_TEST_CONTEXT = 2048  # small: a quick load, and the sample still fits in one chunk
PROMPT = "In one short sentence: why should a summary keep the numbers of a report?"
PROMPT_TOKENS = 24
WINDOW_TIMEOUT_S = 120.0


class SelfTestFailure(Exception):
    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="offline-assistant --self-test", add_help=False)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--window", action="store_true",
                        help="also open the window offscreen and wait for the model")
    parser.add_argument("--window-only", action="store_true",
                        help="only the window check (measures the start-up time)")
    parser.add_argument("--screenshot", help="save the window as this PNG (implies --window)")
    parser.add_argument("--model", help="test this .gguf instead of the one that came with the app")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    parser.add_argument("--timeout", type=float, default=WINDOW_TIMEOUT_S,
                        help="seconds to wait for the window's model load")
    options, _unknown = parser.parse_known_args(argv)
    return options


def run_self_test(argv: list[str] | None = None) -> int:
    """The hidden --self-test command; returns the process exit code."""
    options = _parse(sys.argv[1:] if argv is None else list(argv))
    report = Report()
    print(f"{APP_NAME} self-test", flush=True)
    report.line("Version", __version__)
    report.line("Python", f"{sys.version.split()[0]} on {platform.platform()}")
    report.line("Executable", f"{sys.executable}{' (installed bundle)' if _frozen() else ''}")
    with temporary_home("offline-assistant-self-test-", keep=options.keep) as home:
        report.line("Data folder", f"{home} (temporary)")
        try:
            if not options.window_only:
                _core_checks(report, options.model)
            if options.window or options.window_only or options.screenshot:
                code = self_test_window(options.screenshot, timeout_s=options.timeout,
                                        model_path=options.model, report=report)
                if code:
                    raise SelfTestFailure("the window check failed (see above)", code)
        except SelfTestFailure as failure:
            report.fail(str(failure))
            return failure.code
        except Exception as exc:  # a self-test reports every failure in words
            traceback.print_exc()
            report.fail(f"unexpected error: {type(exc).__name__}: {exc}")
            return 1
    report.passed()
    return 0


# -- the checks ------------------------------------------------------------------------------
def _core_checks(report: Report, explicit_model: str | None) -> None:
    from app.core.engine import EngineClient, EngineError

    model = _find_model(report, explicit_model)
    engine = EngineClient()
    try:
        started = time.perf_counter()
        try:
            loaded = engine.load(model, n_ctx=SELF_TEST_CONTEXT)
        except EngineError as exc:
            code = ExitCode.MODEL if exc.kind in ("load", "memory") else ExitCode.ENGINE
            raise SelfTestFailure(f"the model did not load: {exc}", code) from exc
        report.line("Model load", f"{time.perf_counter() - started:.2f} s (context "
                    f"{loaded.n_ctx} tokens, {loaded.options.n_threads} threads, chat "
                    f"template: {loaded.template})")
        _versions(report)  # only now: llama.cpp has run in the engine process without crashing
        _generate(report, engine)
        _summarise(report, engine)
    finally:
        engine.close()
    _read_scan(report)


def _find_model(report: Report, explicit: str | None) -> Path:
    from app.core.models import choose_model
    from app.core.store import Store

    store = Store(paths.database_path())  # in the throw-away data folder
    try:
        model, _note = choose_model(explicit, store, paths.models_dir())
    except FileNotFoundError as exc:
        raise SelfTestFailure(f"no model to test: {exc}", ExitCode.MODEL) from exc
    finally:
        store.close()
    kind = ("built-in demo" if model.embedded else "bundled by the installer" if model.bundled
            else "given with --model")
    size = model.size / 2**20
    report.line("Model", f"{model.name} ({kind}, {size:.0f} MiB)\n    {model.path}")
    return model.path


def _versions(report: Report) -> None:
    import llama_cpp

    from app.core.engine.native import cpu_features

    report.line("llama.cpp", f"llama-cpp-python {llama_cpp.__version__}")
    features = cpu_features()
    on = [key for key, value in features.items() if value == "1"]
    backends = [key for key, value in features.items() if value == "backend"]
    report.line("CPU features", ", ".join(on) or "none reported")
    if backends:
        report.line("Backends", ", ".join(backends))


def _generate(report: Report, engine) -> None:
    from app.core.engine import EngineFailure, Finished, Token

    tokens = 0
    finished = None
    for event in engine.generate([{"role": "user", "content": PROMPT}],
                                 max_tokens=PROMPT_TOKENS, temperature=0.2):
        if isinstance(event, Token):
            tokens += 1
        elif isinstance(event, EngineFailure):
            raise SelfTestFailure(f"generation failed: {event.message}", ExitCode.ENGINE)
        elif isinstance(event, Finished):
            finished = event
    if finished is None or finished.timings.output_tokens == 0 or not finished.text.strip():
        raise SelfTestFailure("the model produced no text", ExitCode.ENGINE)
    t = finished.timings
    report.line("Generation", f"{t.output_tokens} tokens, {t.decode_tps:.1f} tokens/s decode, "
                f"{t.prefill_tps:.0f} tokens/s prefill, first token after {t.ttft_s:.2f} s")


def _summarise(report: Report, engine) -> None:
    from app.core.documents import DocumentError, extract_document
    from app.core.store import Store
    from app.core.summarize import JobFinished, StepStarted, run_summary, start_summary

    sample = paths.resources_dir() / "samples" / SAMPLE_DOCUMENT
    if not sample.is_file():
        raise SelfTestFailure(f"the sample document {sample} is missing from this installation",
                              ExitCode.DOCUMENT)
    started = time.perf_counter()
    try:
        document = extract_document(sample)
    except DocumentError as exc:
        raise SelfTestFailure(f"reading {sample.name} failed: {exc}", ExitCode.DOCUMENT) from exc
    read_s = time.perf_counter() - started
    report.line("Document", f"{sample.name}: {document.page_count} section(s), "
                f"{len(document.text):,} characters, read in {read_s:.2f} s")
    store = Store(paths.database_path())
    try:
        started = time.perf_counter()
        job_id = start_summary(store, engine, document, style="brief")
        steps = 0
        finished = None
        for event in run_summary(store, engine, job_id):
            if isinstance(event, StepStarted):
                steps += 1
            elif isinstance(event, JobFinished):
                finished = event
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    if finished is None or finished.status != "done":
        reason = finished.message if finished else "the job ended without a result"
        raise SelfTestFailure(f"the summary did not finish: {reason}", ExitCode.ENGINE)
    summary = finished.summary.strip()
    if not summary:
        raise SelfTestFailure("the summary is empty", ExitCode.ENGINE)
    first = " ".join(summary.split())[:100]
    report.line("Summary", f"{len(summary):,} characters, {len(summary.split())} words, "
                f"{steps} model call(s), {elapsed:.1f} s\n    \"{first}…\"")


def _read_scan(report: Report) -> None:
    from app.core.documents import DocumentError, extract_document

    sample = paths.resources_dir() / "samples" / SAMPLE_SCAN
    started = time.perf_counter()
    try:
        document = extract_document(sample)
    except DocumentError as exc:
        raise SelfTestFailure(f"reading the scan {sample.name} failed: {exc}",
                              ExitCode.DOCUMENT) from exc
    text = " ".join(document.text.split())
    missing = [words for words in SAMPLE_SCAN_WORDS if words not in text]
    if document.scanned_pages != (1,) or missing:
        raise SelfTestFailure(f"text recognition misread {sample.name}: {text[:200]!r}",
                              ExitCode.DOCUMENT)
    confidence = document.pages[0].ocr_confidence
    report.line("Scanned page", f"{sample.name} read by OCR in "
                f"{time.perf_counter() - started:.1f} s ({document.ocr_seconds:.1f} s "
                f"recognising, confidence {confidence:.0%})")


# -- the window ------------------------------------------------------------------------------
def self_test_window(screenshot: str | os.PathLike | None = None, *,
                     timeout_s: float = WINDOW_TIMEOUT_S, model_path: str | None = None,
                     report: Report | None = None) -> int:
    """Open the real window on Qt's offscreen platform, wait until its model has loaded (or
    failed, or timeout_s passed), save a screenshot if asked, close it cleanly.

    Uses a temporary data folder of its own. Returns 0 when the model loaded in the window."""
    report = report or Report()
    if not _qt_app_exists():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when QApplication starts
    from PySide6.QtWidgets import QApplication

    from app.ui.app import close_window, create_window

    with temporary_home("offline-assistant-self-test-"):
        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        app.setApplicationName(APP_NAME)
        started = time.perf_counter()
        window = create_window(model_path)
        window.show()
        app.processEvents()
        shown_s = time.perf_counter() - started
        since_start = _since_process_start()
        report.line("Window", f"shown offscreen ({app.platformName()}) {shown_s:.2f} s after "
                    "it was created" + (f", {since_start:.2f} s after the process started"
                                        if since_start is not None else ""))

        wait_for(lambda: window.model_ready or window.notice.isVisible(), timeout_s, poll_ms=50)

        code = 0
        if window.model_ready:
            loaded_s = time.perf_counter() - started
            since_start = _since_process_start()
            report.line("Window model", f"{window.status.model_label.text()} loaded "
                        f"{loaded_s:.2f} s after the window was created"
                        + (f", {since_start:.2f} s after the process started"
                           if since_start is not None else ""))
        elif window.notice.isVisible():
            report.line("Window model", f"FAILED: {window.notice.text()}")
            code = ExitCode.MODEL
        else:
            report.line("Window model", f"FAILED: not loaded after {timeout_s:.0f} s")
            code = ExitCode.ENGINE
        # let the status bar and notice paint before the picture is taken
        wait_for(lambda: False, 0.3)
        if screenshot:
            target = Path(screenshot).expanduser().resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(target)) or not target.is_file():
                report.line("Screenshot", f"FAILED: could not write {target}")
                code = code or 1
            else:
                report.line("Screenshot", f"{target} ({target.stat().st_size:,} bytes)")
        close_window(window)
        window.deleteLater()
        app.processEvents()
        report.line("Window closed", "engine stopped" if not window.lane.engine.alive
                    else "FAILED: the engine process is still running")
        if window.lane.engine.alive:
            code = code or ExitCode.ENGINE
    return code


# -- helpers ---------------------------------------------------------------------------------
class Report:
    """Lines of `name: value`, printed as they come (a crash still leaves the lines before)."""

    def line(self, name: str, value: str) -> None:
        print(f"{name + ':':<15}{value}", flush=True)

    def fail(self, reason: str) -> None:
        print(f"SELF-TEST FAILED: {reason}", flush=True)

    def passed(self) -> None:
        print("SELF-TEST PASSED", flush=True)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _qt_app_exists() -> bool:
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def _since_process_start() -> float | None:
    """Seconds since this process started. On Linux from /proc (start time and uptime both
    count from boot, 10 ms steps); elsewhere from psutil, whose boot-time rounding can add up
    to a second."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return now - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import psutil

        return time.time() - psutil.Process().create_time()
    except Exception:  # psutil missing or not allowed to read the process table
        return None
