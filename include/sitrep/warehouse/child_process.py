"""A child process (dbt) that cannot outlive the task that started it, and cleanup of one that did.

`dbt build` runs as a child of the Airflow task process. When that process is killed outright (kill -9, the OOM
killer, a lost worker), nothing runs in it to stop the child: dbt is re-parented and goes on holding the DuckDB
write lock, so the task's retry waits on it, or builds on top of a half-finished run it cannot see. Two guards:

- `guarded(args)` starts the child through this module, which asks the kernel (Linux `PR_SET_PDEATHSIG`) to send
  it SIGKILL the moment its parent dies, then execs the real command: the child dies with the task.
- `record` / `stop_stale` keep a pid file beside the warehouse naming the child, its owner and their start times.
  Before the next build, a child whose owner is gone is stopped (needed where the kernel guard is missing, i.e.
  not on Linux); a live owner's build is left alone, and the lock wait decides.

A pid is trusted only with the start time recorded with it, so a recycled pid is never signalled.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

PR_SET_PDEATHSIG = 1


def guarded(args: list[str]) -> list[str]:
    """`args` wrapped so that the child is killed when this process dies."""
    return [sys.executable, "-m", "sitrep.warehouse.child_process", str(os.getpid()), "--", *args]


def _start_time(pid: int) -> str | None:
    """The process's start time (clock ticks since boot, from /proc), or None when it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        if sys.platform.startswith("linux"):
            return None
        try:  # no /proc: liveness only
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "alive"
    fields = stat[stat.rindex(")") + 2:].split()  # the command name may hold spaces and parentheses
    if fields[0] in ("Z", "X"):
        # The main thread has exited; the fds (and the DuckDB lock) go only when the last thread has.
        try:
            if len(os.listdir(f"/proc/{pid}/task")) <= 1:
                return None
        except OSError:
            return None
    return fields[19]


def record(pidfile: Path, pid: int) -> None:
    """Name the running child `pid` (owned by this process) in `pidfile`."""
    info = {"pid": pid, "started": _start_time(pid), "owner": os.getpid(), "owner_started": _start_time(os.getpid()),
            "host": socket.gethostname()}
    tmp = pidfile.with_name(pidfile.name + ".tmp")
    tmp.write_text(json.dumps(info))
    os.replace(tmp, pidfile)


def forget(pidfile: Path, pid: int) -> None:
    """Remove `pidfile` if it still names `pid` (another build may have replaced it)."""
    try:
        if json.loads(pidfile.read_text()).get("pid") == pid:
            pidfile.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def stop_stale(pidfile: Path, *, wait_seconds: float = 30.0, log=None) -> int | None:
    """Kill the child `pidfile` names when its owner is dead; return its pid if one was stopped."""
    try:
        info = json.loads(pidfile.read_text())
        pid, started = int(info["pid"]), info.get("started")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if info.get("host") not in (None, socket.gethostname()):
        return None  # a build on another machine sharing the volume: not ours to judge
    owner, owner_started = info.get("owner"), info.get("owner_started")
    if owner is not None and owner_started is not None and _start_time(int(owner)) == owner_started:
        return None  # its owner is still running it
    if started is None or _start_time(pid) != started:
        pidfile.unlink(missing_ok=True)  # already gone (or the pid now belongs to someone else)
        return None
    if log is not None:
        log.warning("stopping pid %s, left running by a task that died (it holds the warehouse lock)", pid)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + wait_seconds
    while _start_time(pid) == started and time.monotonic() < deadline:
        time.sleep(0.05)
    pidfile.unlink(missing_ok=True)
    return pid


def main(argv: list[str]) -> None:
    """In the child: arm the parent-death signal, make sure the parent did not die first, exec the command."""
    parent, sep, *command = argv
    if sep != "--" or not command:
        raise SystemExit("usage: python -m sitrep.warehouse.child_process PARENT_PID -- COMMAND...")
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != int(parent):
        os._exit(128 + signal.SIGKILL)  # the parent died before the guard was armed: do not start orphaned
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])
