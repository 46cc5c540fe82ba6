"""A real, private keychain for the encryption tests: a D-Bus session bus of our own with
GNOME Keyring's Secret Service on it, its login keyring unlocked by a password fed on
standard input (as a desktop login does), both ended by the fixture. The keyrings live in
a temporary folder: the tests never touch the keychain of the person running them.

Needs the Debian packages dbus-daemon and gnome-keyring (scripts/system_deps.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_S = 20.0  # a loaded 2-core machine can take seconds to start both daemons
NO_BUS = "unix:path=/nonexistent/offline-assistant-test-bus"  # a session with no keychain


@contextmanager
def secret_service(folder: Path) -> Iterator[dict[str, str]]:
    """Start the bus and the keyring; yields the environment that reaches them."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is missing: run scripts/system_deps.sh")
    runtime = folder / "run"
    runtime.mkdir(mode=0o700, parents=True)
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_DATA_HOME": str(folder / "share"), "XDG_CONFIG_HOME": str(folder / "config")}
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           env=env, stdout=subprocess.PIPE, text=True)
    keyring = None
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        keyring = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        keyring.stdin.write(b"test keyring password")
        keyring.stdin.close()
        _wait_for_secret_service(env["DBUS_SESSION_BUS_ADDRESS"])
        yield {"DBUS_SESSION_BUS_ADDRESS": env["DBUS_SESSION_BUS_ADDRESS"]}
    finally:
        for process in (keyring, bus):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        bus.stdout.close()


def _wait_for_secret_service(address: str) -> None:
    """Until the keyring answers on the bus (its name is claimed a moment after start)."""
    from keyring.backends.SecretService import Keyring

    deadline = time.monotonic() + START_S
    previous = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        while not Keyring.viable:
            if time.monotonic() > deadline:
                pytest.fail("GNOME Keyring's Secret Service did not start")
            time.sleep(0.05)
    finally:
        if previous is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous
