"""The server's slots shared by everything sent to it at once (engine/remote/slots.py):
never more requests than slots, first come first served, a cancelled wait gives its turn
up, and a request inside a held slot takes no second one. Real threads; each waits on a
condition, never on a fixed sleep."""

from __future__ import annotations

import threading

from app.core.engine.remote.slots import SlotGate

WAIT_S = 10


def _waiting(gate: SlotGate, count: int) -> bool:
    with gate._lock:  # the queue of requests waiting for a slot
        return len(gate._queue) == count


def _until(condition) -> None:
    done = threading.Event()
    for _ in range(WAIT_S * 100):
        if condition():
            return
        done.wait(0.01)
    raise AssertionError("the condition never held")


def test_places_go_first_come_first_served_and_never_over_the_slots():
    gate = SlotGate(2)
    order, most, lock = [], [0], threading.Lock()
    release = {name: threading.Event() for name in "abcde"}

    def request(name: str) -> None:
        with gate.place() as held:
            assert held
            with lock:
                order.append(name)
                most[0] = max(most[0], gate.busy)
            release[name].wait(WAIT_S)

    threads = {}
    for count, name in enumerate("abcde"):  # each in line before the next one asks
        threads[name] = threading.Thread(target=request, args=(name,))
        threads[name].start()
        _until(lambda count=count: len(order) == min(count + 1, 2)
               and _waiting(gate, max(0, count - 1)))
    assert order == ["a", "b"]
    for name in "abcde":
        release[name].set()
        threads[name].join(WAIT_S)
    assert order == list("abcde") and most[0] == 2 and gate.busy == 0


def test_a_cancelled_wait_gives_its_turn_to_the_next_in_line():
    gate = SlotGate(1)
    given_up, got = threading.Event(), []
    hold = threading.Event()

    def first() -> None:
        with gate.place():
            hold.wait(WAIT_S)

    def waiter(name: str, stop) -> None:
        with gate.place(stop) as held:
            got.append((name, held))

    holder = threading.Thread(target=first)
    holder.start()
    _until(lambda: gate.busy == 1)
    cancelled = threading.Thread(target=waiter, args=("cancelled", given_up.is_set))
    cancelled.start()
    _until(lambda: _waiting(gate, 1))
    patient = threading.Thread(target=waiter, args=("patient", lambda: False))
    patient.start()
    _until(lambda: _waiting(gate, 2))
    given_up.set()
    cancelled.join(WAIT_S)
    assert got == [("cancelled", False)] and _waiting(gate, 1)
    hold.set()
    holder.join(WAIT_S)
    patient.join(WAIT_S)
    assert got == [("cancelled", False), ("patient", True)] and gate.busy == 0


def test_a_place_inside_a_held_one_takes_no_second_slot():
    gate = SlotGate(1)
    with gate.place() as outer:
        with gate.place(lambda: True) as inner:  # would give up at once if it had to wait
            assert outer and inner and gate.busy == 1
    assert gate.busy == 0
