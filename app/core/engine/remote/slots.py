"""The server's parallel slots, shared by everything this app sends it at once: the calls
of several summary jobs running side by side and a chat answer. A request sent while
every slot is busy would wait in the server's own queue, where the read deadline runs out
on it (the slot looks stalled) and a Pause cannot reach it; so each request first takes a
place here, and the places are handed out first come, first served, so that two jobs
take turns instead of one starving the other."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from contextlib import contextmanager

WAKE_S = 0.1  # how often a waiting request looks whether it was cancelled


class SlotGate:
    def __init__(self, slots: int):
        self.slots = max(1, slots)
        self._taken = 0
        self._queue: deque[object] = deque()  # waiting requests, first come first
        self._lock = threading.Condition()
        self._inside = threading.local()  # a thread holding a place takes no second one

    @contextmanager
    def place(self, given_up: Callable[[], bool] = lambda: False):
        """Hold one of the server's slots for the body; yields False, holding none, when
        `given_up()` turned true while waiting (the answer was cancelled)."""
        if getattr(self._inside, "yes", False):  # nested: the slot of the outer place
            yield True
            return
        ticket, got = object(), False
        with self._lock:
            self._queue.append(ticket)
            while not got:
                if self._queue[0] is ticket and self._taken < self.slots:
                    self._queue.popleft()
                    self._taken += 1
                    got = True
                elif given_up():
                    self._queue.remove(ticket)
                    break
                else:
                    self._lock.wait(WAKE_S)
            self._lock.notify_all()  # the next in line may now be first, with a slot free
        if not got:
            yield False
            return
        self._inside.yes = True
        try:
            yield True
        finally:
            self._inside.yes = False
            with self._lock:
                self._taken -= 1
                self._lock.notify_all()

    @property
    def busy(self) -> int:
        """How many slots are held now."""
        with self._lock:
            return self._taken
