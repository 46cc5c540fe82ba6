"""Taking from the reading child what it does not need: new privileges and the network.

The child parses files that may have been made to harm, with C libraries (PDFium, libxml2)
that have had exploitable bugs. Should one be exploited, the code it runs must not be able
to send the document anywhere. Called first thing in the child, before the file is touched.

On Linux, in this order:
1. no new privileges (prctl PR_SET_NO_NEW_PRIVS): nothing the child runs can gain
   privileges through a set-user-ID program, and it lets an unprivileged process install
   the seccomp filter of step 3;
2. a network namespace of its own, where one can be made (unshare): no interface but a
   loopback that is down, so even a socket that opened could reach nothing;
3. a seccomp filter: socket(), socketpair() and io_uring_setup() (io_uring can open sockets
   without calling socket()) fail with EPERM, whatever the address family. The child needs
   none: its pipe to the app was opened by the app.
Everywhere, last: a Python audit hook refuses new sockets made through Python's socket
module. On macOS and Windows this is all there is (neither has these system calls); the
child still cannot reach the app's data, since it only sends back plain data (wire.py).

No library is used for the filter: libseccomp's own Python bindings are not published on
PyPI (only third-party repackagings), pyseccomp's last release is from 2021, and a filter
of ten instructions is easier to check than a dependency.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import platform
import struct
import sys

logger = logging.getLogger(__name__)

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_CLONE_USER_AND_NET = _CLONE_NEWUSER | _CLONE_NEWNET

# Per CPU: the kernel's audit architecture code, and the numbers of socket, socketpair and
# io_uring_setup (arch/x86/entry/syscalls/syscall_64.tbl, include/uapi/asm-generic/unistd.h).
_SYSCALLS = {
    "x86_64": (0xC000003E, (41, 53, 425)),
    "amd64": (0xC000003E, (41, 53, 425)),
    "aarch64": (0xC00000B7, (198, 199, 425)),
    "arm64": (0xC00000B7, (198, 199, 425)),
}
# On x86-64, system calls of the x32 ABI carry this bit: a second way to call socket().
_X32_SYSCALL_BIT = 0x40000000

# Classic BPF, as in include/uapi/linux/filter.h and seccomp.h.
_LOAD_WORD = 0x20  # BPF_LD | BPF_W | BPF_ABS: load 32 bits of struct seccomp_data
_JUMP_IF_EQUAL = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JUMP_IF_AT_LEAST = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RETURN = 0x06  # BPF_RET | BPF_K
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000
_OFFSET_NR, _OFFSET_ARCH = 0, 4  # struct seccomp_data { int nr; __u32 arch; ... }


def confine_child() -> None:
    """Drop what a document reader does not need; each step that the system refuses is
    skipped (logged), the others still apply."""
    if sys.platform == "linux":
        _no_new_privileges()
        _own_network_namespace()
        _refuse_new_sockets()
    sys.addaudithook(_refuse_python_sockets)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _no_new_privileges() -> None:
    if _libc().prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        logger.warning("no_new_privs refused: %s", os.strerror(ctypes.get_errno()))


def _own_network_namespace() -> None:
    # An unprivileged process needs a user namespace to own the network namespace. Root
    # must not take one: inside it, root would lose its power to read files of other users.
    flags = _CLONE_NEWNET if os.geteuid() == 0 else _CLONE_USER_AND_NET
    if _libc().unshare(flags) != 0:
        # Containers and some distributions forbid namespaces; the filter still applies.
        logger.info("no network namespace: %s", os.strerror(ctypes.get_errno()))



def _refuse_new_sockets() -> None:
    program = _socket_filter(platform.machine().lower())
    if program is None:
        logger.warning("no socket filter for this CPU (%s)", platform.machine())
        return
    filters = ctypes.create_string_buffer(program)

    class _SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _SockFprog(len(program) // 8, ctypes.addressof(filters))
    result = _libc().prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0)
    if result != 0:
        logger.warning("socket filter refused: %s", os.strerror(ctypes.get_errno()))


def _socket_filter(machine: str) -> bytes | None:
    """The seccomp program, as struct sock_filter {u16 code; u8 jt; u8 jf; u32 k} items.

    A jump's jt/jf count the instructions to skip when the test is true/false.
    """
    if machine not in _SYSCALLS:
        return None
    arch, (socket, socketpair, io_uring_setup) = _SYSCALLS[machine]
    deny = _SECCOMP_RET_ERRNO | errno.EPERM
    instructions = [
        (_LOAD_WORD, 0, 0, _OFFSET_ARCH),
        # A call made for another CPU's numbering (32-bit x86 on x86-64) is refused:
        # there socket() has other numbers than those tested below.
        (_JUMP_IF_EQUAL, 1, 0, arch),
        (_RETURN, 0, 0, deny),
        (_LOAD_WORD, 0, 0, _OFFSET_NR),
        (_JUMP_IF_AT_LEAST, 4, 0, _X32_SYSCALL_BIT),  # to the refusal at the end
        (_JUMP_IF_EQUAL, 3, 0, socket),
        (_JUMP_IF_EQUAL, 2, 0, socketpair),
        (_JUMP_IF_EQUAL, 1, 0, io_uring_setup),
        (_RETURN, 0, 0, _SECCOMP_RET_ALLOW),
        (_RETURN, 0, 0, deny),
    ]
    return b"".join(struct.pack("=HBBI", *instruction) for instruction in instructions)


def _refuse_python_sockets(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        raise PermissionError(errno.EPERM, "the document reader may not open sockets")
