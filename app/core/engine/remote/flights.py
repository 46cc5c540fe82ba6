"""The answers a server client has asked for or is reading, so that its cancel() can break
each one off, from before its connection is made to the end of its stream.

llama.cpp's server sends no headers until it has begun an answer (while another request
holds its slot, or while it reads a prompt unless asked for progress), so for that long
there is no response to close, only a connection httpx is reading on. httpx's trace hook
hands over that connection's socket as it is made, and shutting it down ends the read at
once; closing alone does not wake a read blocked on it (on Linux), which would wait out
the whole read deadline. The client makes each answer's connection anew (none is kept
alive for the next), so the hook always sees it made."""

from __future__ import annotations

import threading

# socket.SHUT_RDWR (2 on every platform), named here: this package reaches the network
# through httpx alone and does not import socket (tests/test_architecture.py)
SHUT_BOTH_WAYS = 2
CONNECTED = "connection.connect_tcp.complete"  # httpcore's trace event, with the stream


class Flights:
    """One client's answers in flight, and how many times it was cancelled: an answer
    begun at one count is cancelled once the count moves on."""

    def __init__(self):
        self.lock = threading.Lock()
        self.epoch = 0
        self.flying: set[Flight] = set()

    def take_off(self, epoch: int) -> Flight:
        flight = Flight(self, epoch)
        with self.lock:
            self.flying.add(flight)
        return flight

    def cancel(self) -> None:
        with self.lock:
            self.epoch += 1
            flights = list(self.flying)
        for flight in flights:
            flight.break_off()

    def connected(self) -> bool:
        """Whether an answer's request has its connection (the server has it, or will)."""
        with self.lock:
            return any(flight.socket is not None for flight in self.flying)


class Flight:
    """One answer's connection, then its streamed response."""

    def __init__(self, flights: Flights, epoch: int):
        self.flights, self.epoch = flights, epoch
        self.socket = None
        self.response = None  # httpx's streamed response, once the server answers

    @property
    def cancelled(self) -> bool:
        return self.flights.epoch != self.epoch

    def trace(self, event: str, info: dict) -> None:
        """httpx's trace hook of the request (extensions={"trace": …})."""
        if event != CONNECTED:
            return
        stream = info.get("return_value")
        with self.flights.lock:
            self.socket = stream.get_extra_info("socket") if stream is not None else None
            late = self.cancelled  # cancel() came while the connection was being made
        if late:
            self.break_off()

    def break_off(self) -> None:
        if self.socket is not None:
            try:
                self.socket.shutdown(SHUT_BOTH_WAYS)
            except OSError:  # already closed by the server or the other thread
                pass
        if self.response is not None:
            self.response.close()

    def land(self) -> None:
        """The answer is over (read, refused or broken off): out of cancel()'s reach."""
        with self.flights.lock:
            self.flights.flying.discard(self)
        if self.response is not None:
            self.response.close()

    def __enter__(self):
        return self.response

    def __exit__(self, *exc) -> None:
        self.land()
