"""Prepare the exact line-balancing search in the background when the window starts.

The compiled search is built once per installation (about 35 s, then numba's cache loads it
in about a second). Started at launch, it is usually ready before the first "Balance"; a
search asked for earlier waits for it here, with its progress, instead of compiling twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

EXPECTED_SECONDS = 35.0  # the compile on the reference machine (docs/benchmarks.md)


class SolverWarmUp:
    """One background preparation of the search kernel (``prepare`` compiles or loads it)."""

    def __init__(self, prepare: Callable[[], None] | None = None) -> None:
        self._prepare = prepare or _prepare_solver
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self.started_at: float | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self.started_at = time.perf_counter()
        self._thread = threading.Thread(target=self._run, name="solver warm-up", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._prepare()
        except BaseException as exc:  # the search compiles again on first use and says why
            self.error = exc
        finally:
            self._done.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._done.is_set()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def elapsed(self) -> float:
        return 0.0 if self.started_at is None else time.perf_counter() - self.started_at

    def wait(
        self,
        report: Callable[[float | None, str], None],
        cancelled: Callable[[], bool] = lambda: False,
        poll: float = 0.25,
    ) -> bool:
        """Block until the preparation ends, reporting progress; False when cancelled."""
        while self.running:
            if cancelled():
                return False
            seconds = self.elapsed()
            report(
                min(0.99, seconds / EXPECTED_SECONDS),
                f"Preparing the solver (first run after installing, about "
                f"{EXPECTED_SECONDS:.0f} s): {seconds:.0f} s…",
            )
            self._done.wait(poll)
        return True


def _prepare_solver() -> None:
    from score_desktop.tools.line_balancing import kernel
    from score_desktop.tools.line_balancing.exact import prepare_solver

    if not kernel.ready():
        prepare_solver()


_current: SolverWarmUp | None = None


def start_warm_up(prepare: Callable[[], None] | None = None) -> SolverWarmUp:
    """Start (once per process) preparing the search in the background; the warm-up."""
    global _current
    if _current is None:
        _current = SolverWarmUp(prepare)
        _current.start()
    return _current


def current_warm_up() -> SolverWarmUp | None:
    """The warm-up started in this process, if any."""
    return _current


def wait_for_solver(
    report: Callable[[float | None, str], None], cancelled: Callable[[], bool] = lambda: False
) -> bool:
    """Wait for a running warm-up (no-op without one); False when cancelled meanwhile."""
    warm_up = _current
    return True if warm_up is None else warm_up.wait(report, cancelled)


def reset_for_tests() -> None:
    global _current
    _current = None
