"""Top-level, picklable job pieces for the worker-process tests (no Qt, imported by children)."""

import os
import time


def square(x: int) -> int:
    """Return x squared, slower for small x so pieces complete out of order."""
    time.sleep(0.02 * (3 - x % 3))
    return x * x


def sleep_then_pid(seconds: float) -> int:
    """Sleep, then return the worker's process id."""
    time.sleep(seconds)
    return os.getpid()


def fail_on(x: int, bad: int) -> int:
    """Return x, or raise ValueError for the bad one."""
    if x == bad:
        raise ValueError(f"piece {x} is invalid")
    return x
