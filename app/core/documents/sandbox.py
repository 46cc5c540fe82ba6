"""Reading a document in a child process that can be killed.

A hostile or broken file can make a parser hang, eat all memory or crash in C code.
Here that only takes down a throw-away child: the app (and its database) carry on,
and the user gets a plain-words error instead of a frozen window.

A file too big for its kind is refused before a child starts (sizes.py). The child gives
up what it does not need first (confine.py: no network, no new privileges), and sends
back plain JSON that the app checks before believing it (wire.py), never a pickle.

Scanned pages are read by text recognition, seconds a page: the child tells each one as it
starts it (progress.py), and every page told gives the child more time, so a long scan is
not stopped by a limit set for text, while a child that stops telling is stopped as before.

A frozen (PyInstaller) app must call multiprocessing.freeze_support() first thing,
or each child would start the whole app again.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import psutil

from . import ocr, progress, wire
from .confine import confine_child
from .errors import DamagedDocument, DocumentError, DocumentTooLarge, ExtractionTimedOut
from .extract import check_before_reading, extract_text
from .model import ExtractedDocument
from .progress import PageReading
from .sizes import check_file_size

try:
    import resource  # POSIX only
except ImportError:  # Windows: no resource limits; the parent's watch still applies
    resource = None

logger = logging.getLogger(__name__)

_CHILD_DIED = (
    '"{name}" could not be read: the reading stopped unexpectedly. The file may be '
    "damaged, or too complex to read with the memory allowed. Try opening it in another "
    "program and saving it again as a new file."
)
# Extra CPU seconds the child may use beyond the timeout before the system stops it.
_CPU_LIMIT_MARGIN_S = 5
# How long to wait for a killed child to be reaped.
_REAP_TIMEOUT_S = 5
# How often the child's memory is looked at while it reads.
_MEMORY_CHECK_S = 0.1
# The time one scanned page may take at most, on a slow machine (about 6 s on 2 cores),
# and the most scanned pages whose time is granted: 1,000 pages is a 12-hour reading.
_SCANNED_PAGE_S = 120
_MOST_SCANNED_PAGES = 1000
_RECOGNITION_THREADS = 2  # the CPU time of a page counts each thread's (ocr.py)

Extractor = Callable[..., ExtractedDocument]


def extract_document(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    timeout_s: float = 120,
    memory_limit_mb: int = 2048,
    max_chars: int = 5_000_000,
    on_reading: Callable[[PageReading], None] | None = None,
    ocr_languages: tuple[str, ...] = (),
    _extractor: Extractor = extract_text,  # tests swap in a child that hangs
) -> ExtractedDocument:
    """Like extract_text, but in a separate process with time, memory and size limits.

    `on_reading` is told each scanned page as its recognition starts, in this thread.
    `ocr_languages` keeps the recognition of scanned pages to those languages (codes of
    ocr.OCR_LANGUAGES; empty: every language the shipped model reads).

    A password reaches the child inside the pickled process object that `spawn` writes
    to the child's pipe: never on a command line, in the environment or on disk, and
    the child that used it is gone when this returns.
    """
    file = check_before_reading(path)  # cheap, and its errors are the clearest
    check_file_size(file)  # a file too big for its kind is refused before any reading
    limits = (timeout_s, memory_limit_mb, max_chars)
    context = multiprocessing.get_context("spawn")  # no fork: no copied threads or locks
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child_main,
        args=(_extractor, str(file), password, limits, sender, tuple(ocr_languages)),
        name="document-extraction",
        daemon=True,  # never outlives the app
    )
    child.start()
    sender.close()  # the child holds the only sender now, so its death reads as end-of-file
    try:
        data = _await_result(receiver, child, file.name, limits, on_reading)
    finally:
        receiver.close()
        _stop(child)
    return wire.read_result(data, str(file), file.name)


def _await_result(
    receiver: Connection, child: BaseProcess, name: str, limits: tuple[float, int, int],
    on_reading: Callable[[PageReading], None] | None,
) -> bytes:
    """The child's result as bytes, unread: recv() would unpickle what the child sent."""
    timeout_s, memory_limit_mb, max_chars = limits
    started = time.monotonic()
    deadline = started + timeout_s
    # However often the child says it moved on, it ends by then.
    last_deadline = deadline + _SCANNED_PAGE_S * _MOST_SCANNED_PAGES
    while True:
        # Polled in short steps to watch the child's memory meanwhile: Windows has no
        # memory limit for a process and macOS ignores it, and a few kilobytes of PDF can
        # unpack to gigabytes. Polling returns at once when a message (or the end) comes.
        while not receiver.poll(min(_MEMORY_CHECK_S, max(deadline - time.monotonic(), 0))):
            if time.monotonic() >= deadline:
                limit = _describe_seconds(max(timeout_s, deadline - started))
                raise ExtractionTimedOut(name, limit=limit)
            if _memory_in_use(child) > memory_limit_mb * 1024 * 1024:
                logger.warning("document extraction child went over %s MB", memory_limit_mb)
                raise _needs_too_much_memory(name, memory_limit_mb)
        data = _receive(receiver, child, name, max_chars)
        reading = wire.read_reading(data) if len(data) <= wire.MAX_READING_BYTES else None
        if reading is None:
            return data
        deadline = min(time.monotonic() + max(timeout_s, _SCANNED_PAGE_S), last_deadline)
        if on_reading is not None:
            on_reading(reading)


def _receive(receiver: Connection, child: BaseProcess, name: str, max_chars: int) -> bytes:
    try:
        # A longer message is refused from its length alone, before it is read.
        return receiver.recv_bytes(wire.max_result_bytes(max_chars))
    except EOFError:
        child.join(_REAP_TIMEOUT_S)  # for its exit code
        logger.warning("document extraction child died, exit code %s", child.exitcode)
        raise DamagedDocument(name, _CHILD_DIED.format(name=name)) from None
    except OSError as error:  # "bad message length"
        logger.warning("document extraction child sent too much: %s", error)
        raise DamagedDocument(name) from None


def _memory_in_use(child: BaseProcess) -> int:
    try:
        return psutil.Process(child.pid).memory_info().rss
    except psutil.Error:  # just ended: its result or its end is about to be read
        return 0


def _needs_too_much_memory(name: str, memory_limit_mb: int) -> DocumentTooLarge:
    limit = f"reading it needs more than {memory_limit_mb:,} MB of memory"
    return DocumentTooLarge(name, limit=limit)


def _stop(child: BaseProcess) -> None:
    # By now the result (if any) is in hand, so a child still running is not needed.
    if child.is_alive():
        child.kill()
    child.join(_REAP_TIMEOUT_S)
    if child.exitcode is not None:
        child.close()


def _child_main(
    extractor: Extractor,
    path: str,
    password: str | None,
    limits: tuple[float, int, int],
    sender: Connection,
    ocr_languages: tuple[str, ...] = (),
) -> None:
    timeout_s, memory_limit_mb, max_chars = limits
    confine_child()  # before the file is touched
    ocr.choose_languages(ocr_languages)
    _limit_resources(memory_limit_mb, timeout_s)

    def tell(reading: PageReading) -> None:
        _allow_cpu_for_a_page(timeout_s)
        sender.send_bytes(wire.reading_message(reading))

    progress.listen(tell)
    sender.send_bytes(_outcome(extractor, path, password, memory_limit_mb, max_chars))
    sender.close()


def _allow_cpu_for_a_page(timeout_s: float) -> None:
    """The system's CPU backstop, moved on by one scanned page's time from now."""
    if resource is None:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    allowance = (max(timeout_s, _SCANNED_PAGE_S) + _CPU_LIMIT_MARGIN_S) * _RECOGNITION_THREADS
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    wanted = math.ceil(used + allowance)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_CPU, (wanted, hard))
        except (ValueError, OSError):
            pass  # the page may then be stopped by the backstop: the parent says so


def _outcome(
    extractor: Extractor, path: str, password: str | None, memory_limit_mb: int, max_chars: int
) -> bytes:
    """The document or the error, as the plain JSON of wire.py."""
    name = os.path.basename(path)
    try:
        # Only a password given is passed on: the test extractors take a path alone.
        document = extractor(path, password) if password is not None else extractor(path)
        if sum(len(page.text) for page in document.pages) > max_chars:
            limit = f"its text is longer than {max_chars:,} characters"
            raise DocumentTooLarge(name, limit=limit)
        result = wire.document_result(document)
        if len(result) > wire.max_result_bytes(max_chars):  # pages by the million
            raise DocumentTooLarge(name, limit="it has more pages than this app can take")
        return result
    except DocumentError as error:
        return wire.error_result(type(error).__name__, str(error))
    except MemoryError:
        error = _needs_too_much_memory(name, memory_limit_mb)
        return wire.error_result(type(error).__name__, str(error))
    except Exception:  # a library tripping over a strange file: the file's fault
        logger.exception("unexpected failure while extracting %s", name)
        return wire.error_result("DamagedDocument", str(DamagedDocument(name)))


def _limit_resources(memory_limit_mb: int, timeout_s: float) -> None:
    if resource is None:
        return
    _lower_limit(resource.RLIMIT_AS, memory_limit_mb * 1024 * 1024)
    # A reader that crashes leaves no core file: it would hold the document's text on disk.
    _lower_limit(resource.RLIMIT_CORE, 0)
    # A backstop: a child spinning on the CPU is stopped by the system even if the
    # parent that should kill it is gone.
    _lower_limit(resource.RLIMIT_CPU, math.ceil(timeout_s) + _CPU_LIMIT_MARGIN_S)


def _lower_limit(kind: int, value: int) -> None:
    _, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    try:
        resource.setrlimit(kind, (value, hard))
    except (ValueError, OSError):
        pass  # some systems (macOS) refuse some limits: read without that one


def _describe_seconds(seconds: float) -> str:
    if seconds >= 120:
        return f"{seconds / 60:g} minutes"
    return f"{seconds:g} seconds" if seconds != 1 else "1 second"
