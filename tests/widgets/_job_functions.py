"""Top-level, picklable job pieces for the worker-process tests (no Qt, imported by children)."""

import os
import time


def square(x: int) -> int:
    """Return x squared, slower for small x so pieces complete out of order."""
    time.sleep(0.02 * (3 - x % 3))
    return x * x


def mark_then_sleep(marker: str, seconds: float) -> int:
    """Create the file ``marker`` (so a test knows the piece is running), sleep, return the pid."""
    with open(marker, "w") as file:
        file.write(str(os.getpid()))
    time.sleep(seconds)
    return os.getpid()


def fail_on(x: int, bad: int) -> int:
    """Return x, or raise ValueError for the bad one."""
    if x == bad:
        raise ValueError(f"piece {x} is invalid")
    return x
