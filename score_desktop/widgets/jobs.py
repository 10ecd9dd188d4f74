"""Long jobs off the GUI thread: progress, partial results, cancel, errors relayed to the user."""

# A job is a plain function ``fn(ctx, *args) -> result`` run on a thread pool; it reports
# through its JobContext (pure Python: computations in score_desktop.tools take the plain
# callbacks ``progress=ctx.report, cancel=ctx.is_cancelled`` and never import Qt).
# The worker thread never touches a Qt object: it writes progress and outcome into
# lock-protected Python state, and the Job (in the GUI thread) polls that state every
# POLL_INTERVAL_MS. That throttles progress to 20 updates a second whatever the job does and
# avoids cross-thread QObject lifetime hazards. How to use it: docs/developer-jobs.md.

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

__all__ = [
    "Job",
    "JobCancelled",
    "JobContext",
    "JobErrorRelay",
    "JobRunner",
    "JobState",
    "active_jobs",
    "job_error_relay",
    "job_thread_pool",
    "shutdown_jobs",
    "user_message",
]

log = logging.getLogger(__name__)

#: How often the GUI thread looks at a running job: at most 20 progress signals a second.
POLL_INTERVAL_MS = 50


class JobCancelled(Exception):
    """Raised inside a job (see :meth:`JobContext.raise_if_cancelled`) to stop it on request."""


class JobContext:
    """What a running job sees: a progress report and the cancel flag. Thread-safe, no Qt."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._fraction: float | None = None
        self._text = ""
        self._partial: Any = None
        self._has_partial = False
        self._changed = False

    def report(self, fraction: float | None = None, text: str = "", partial: Any = None) -> None:
        """Report progress: ``fraction`` done in [0, 1] (None = unknown, a busy indicator),
        a status ``text`` (empty keeps the previous text) and an optional ``partial`` result.

        Cheap enough to call in a tight loop: the GUI only shows the latest report at most
        20 times a second, and only the latest partial result (e.g. the best solution so far).
        """
        if fraction is not None:
            fraction = float(fraction)
            fraction = None if math.isnan(fraction) else min(1.0, max(0.0, fraction))
        with self._lock:
            self._fraction = fraction
            if text:
                self._text = text
            if partial is not None:
                self._partial = partial
                self._has_partial = True
            self._changed = True

    def is_cancelled(self) -> bool:
        """True once the user (or a newer job of the same panel) asked this job to stop."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`JobCancelled` when a cancel was requested; call it at safe points."""
        if self._cancel.is_set():
            raise JobCancelled

    def cancel(self) -> None:
        """Ask the job to stop; it stops when it next checks the flag."""
        self._cancel.set()

    def take_update(self) -> tuple[float | None, str, bool, Any] | None:
        """The latest report since the last call as (fraction, text, has_partial, partial),
        or None when nothing new was reported. A partial result is handed out only once."""
        with self._lock:
            if not self._changed:
                return None
            update = (self._fraction, self._text, self._has_partial, self._partial)
            self._changed = self._has_partial = False
            self._partial = None
            return update


class JobState(Enum):
    """Where a job is in its life: NEW -> RUNNING [-> CANCELLING] -> FINISHED|FAILED|CANCELLED."""

    NEW = "new"
    RUNNING = "running"
    CANCELLING = "cancelling"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"


_FINISHED, _FAILED, _CANCELLED = "finished", "failed", "cancelled"


class _Run:
    """The part of a job the worker thread touches: plain Python objects only."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], ctx: JobContext) -> None:
        self.fn: Callable[..., Any] | None = fn
        self.args: tuple[Any, ...] = args
        self.ctx = ctx
        self.outcome: tuple[str, Any, str] = (_CANCELLED, None, "")
        self.ended = threading.Event()

    def __call__(self) -> None:
        outcome: tuple[str, Any, str] = (_CANCELLED, None, "")
        try:
            if self.fn is not None and not self.ctx.is_cancelled():
                outcome = (_FINISHED, self.fn(self.ctx, *self.args), "")
        except JobCancelled:
            pass
        except BaseException as exc:  # a job's error must reach the user, whatever it is
            details = "".join(traceback.format_exception(exc))
            outcome = (_FAILED, exc.with_traceback(None), details)
        finally:
            self.outcome = outcome
            self.fn, self.args = None, ()  # let the inputs go as soon as possible
            self.ended.set()


class _Runnable(QRunnable):
    """Runs a :class:`_Run` on the pool. Not auto-deleted: the Job owns it, so the wrapper
    is released in the GUI thread, never by Qt in the worker thread without the GIL."""

    def __init__(self, run: _Run) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._run = run

    def run(self) -> None:
        self._run()


_ACTIVE: set[Job] = set()  # started, not yet done: kept alive so `done` is always delivered
_POOL: QThreadPool | None = None


def job_thread_pool() -> QThreadPool:
    """The thread pool that runs jobs (separate from Qt's global pool)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))
    return _POOL


def user_message(job_name: str, exc: BaseException) -> str:
    """The one-paragraph message shown to the user for a job that raised ``exc``."""
    translate = QCoreApplication.translate
    if isinstance(exc, ValueError | OSError):  # invalid input or a file problem: said plainly
        return str(exc) or type(exc).__name__
    if isinstance(exc, MemoryError):
        return translate("Job", "Not enough memory to finish %1.").replace("%1", job_name)
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return (
        translate("Job", "Unexpected error in %1: %2").replace("%1", job_name).replace("%2", text)
    )


class Job(QObject):
    """One run of ``fn(ctx, *args)`` on the job thread pool, reported with signals.

    Signals are emitted in the GUI thread. ``done`` is always emitted last, exactly once, after
    exactly one of ``finished``, ``failed`` or ``cancelled``. After :meth:`cancel` returns,
    ``progress``, ``partial`` and ``finished`` are never emitted again, so a stale result of a
    cancelled job can never be delivered. Jobs have no Qt parent; a started job stays alive
    until ``done`` even if nothing else keeps a reference.
    """

    progress = Signal(object, str)  # fraction in [0, 1] or None (unknown), status text
    partial = Signal(object)  # the latest partial result
    finished = Signal(object)  # the result
    failed = Signal(str, str)  # message for the user, technical details (traceback)
    cancelled = Signal()
    done = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        relay_errors: bool = True,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self._name = name or getattr(fn, "__name__", "job").strip("_").replace("_", " ")
        self._ctx = JobContext()
        self._run = _Run(fn, args, self._ctx)
        self._runnable = _Runnable(self._run)
        self._state = JobState.NEW
        self._relay_errors = relay_errors
        self._pool = pool
        self._polling = False
        self._started_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def name(self) -> str:
        """The job's name in the user's words, used in messages ("line balancing")."""
        return self._name

    @property
    def state(self) -> JobState:
        return self._state

    @property
    def is_running(self) -> bool:
        """True from :meth:`start` until ``done`` (including while cancelling)."""
        return self._state in (JobState.RUNNING, JobState.CANCELLING)

    @property
    def is_done(self) -> bool:
        return self._state in (JobState.FINISHED, JobState.FAILED, JobState.CANCELLED)

    @property
    def elapsed(self) -> float:
        """Seconds since :meth:`start` (0 before)."""
        return 0.0 if self._started_at is None else time.monotonic() - self._started_at

    def start(self) -> Job:
        """Queue the job on the thread pool; returns the job itself."""
        if self._state is not JobState.NEW:
            raise RuntimeError(f"job {self._name!r} was already started")
        self._state = JobState.RUNNING
        self._started_at = time.monotonic()
        _ACTIVE.add(self)
        (self._pool or job_thread_pool()).start(self._runnable)
        self._timer.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop. ``cancelled`` and ``done`` follow once the function returns."""
        if self._state is JobState.RUNNING:
            self._state = JobState.CANCELLING
            self._ctx.cancel()
        elif self._state is JobState.NEW:  # never started: end it at once
            self._ctx.cancel()
            self._state = JobState.CANCELLED
            self.cancelled.emit()
            self.done.emit()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker function has returned (signals are not delivered here);
        False on timeout. Meant for shutdown, never for normal GUI code."""
        if self._state is JobState.NEW:
            return True
        return self._run.ended.wait(timeout)

    @Slot()
    def _poll(self) -> None:
        """Deliver the latest progress, then the outcome once the worker has ended."""
        if self._polling or not self.is_running:
            return  # a slot spun a nested event loop: the outer call finishes the work
        self._polling = True
        try:
            ended = self._run.ended.is_set()  # read before the update so the last report shows
            update = self._ctx.take_update()
            if update is not None and self._state is JobState.RUNNING:
                fraction, text, has_partial, partial = update
                self.progress.emit(fraction, text)
                if has_partial and self._state is JobState.RUNNING:
                    self.partial.emit(partial)
            if ended and self.is_running:
                self._end()
        finally:
            self._polling = False

    def _end(self) -> None:
        self._timer.stop()
        _ACTIVE.discard(self)
        kind, value, details = self._run.outcome
        self._run.outcome = (kind, None, "")  # the Job does not keep the result alive
        if self._state is JobState.CANCELLING or kind == _CANCELLED:
            if kind == _FAILED:
                log.warning("%s raised after it was cancelled:\n%s", self._name, details)
            self._state = JobState.CANCELLED
            self.cancelled.emit()
        elif kind == _FINISHED:
            self._state = JobState.FINISHED
            self.finished.emit(value)
        else:
            self._state = JobState.FAILED
            message = user_message(self._name, value)
            if isinstance(value, ValueError | OSError):  # bad input or a file problem
                log.info("%s failed: %s", self._name, message)
            else:
                log.error("%s failed: %s\n%s", self._name, message, details)
            self.failed.emit(message, details)
            if self._relay_errors:
                job_error_relay().failed.emit(self._name, message, details)
        self.done.emit()


def _cancel_and_wait(jobs: Iterable[Job], timeout: float) -> bool:
    """Cancel ``jobs``, wait for their workers up to ``timeout`` seconds in total and deliver
    ``cancelled``/``done`` for those that ended. True when all of them ended."""
    jobs = list(jobs)
    for job in jobs:
        job.cancel()
    deadline = time.monotonic() + timeout
    for job in jobs:
        job.wait(max(0.0, deadline - time.monotonic()))
    for job in jobs:
        if job.is_running and job.wait(0):
            job._poll()
    return not any(job.is_running for job in jobs)


def _cancel_all(jobs: Iterable[Job]) -> None:
    for job in list(jobs):
        job.cancel()


def active_jobs() -> list[Job]:
    """The jobs started and not yet done, in no particular order."""
    return list(_ACTIVE)


def shutdown_jobs(timeout: float = 5.0) -> bool:
    """Cancel every running job and wait up to ``timeout`` seconds for them (call on quit).

    Returns False when a job did not stop in time: its thread cannot be killed, so the caller
    should then tell the user and end the process with ``os._exit`` after saving.
    """
    return _cancel_and_wait(_ACTIVE, timeout)


class JobRunner(QObject):
    """Runs one job at a time for a panel: starting a job cancels the previous one.

    Give it the panel as parent and call :meth:`shutdown` when the panel closes. If the runner
    is destroyed first, its jobs are cancelled, so no result reaches a deleted panel.
    """

    job_started = Signal(object)  # the new Job, e.g. for JobProgress.bind
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._current: Job | None = None
        self._jobs: set[Job] = set()  # every job of this runner not yet done
        jobs = self._jobs  # not `self`: the callback runs while the runner is being destroyed
        self.destroyed.connect(lambda *_: _cancel_all(jobs))

    @property
    def running(self) -> bool:
        """True while the current job runs (a cancelled job no longer counts)."""
        return self._current is not None

    @property
    def current_job(self) -> Job | None:
        return self._current

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        on_result: Callable[[Any], Any] | None = None,
        on_partial: Callable[[Any], Any] | None = None,
        relay_errors: bool = True,
    ) -> Job:
        """Cancel the current job, then start ``fn(ctx, *args)``; ``on_result(result)`` is
        called in the GUI thread only if this job finishes without being cancelled."""
        was_running = self.running
        if self._current is not None:
            self._current.cancel()
        job = Job(fn, *args, name=name, relay_errors=relay_errors, pool=self._pool)
        if on_result is not None:
            job.finished.connect(on_result)
        if on_partial is not None:
            job.partial.connect(on_partial)
        job.done.connect(self._on_job_done)
        self._jobs.add(job)
        self._current = job
        job.start()
        self.job_started.emit(job)
        if not was_running:
            self.running_changed.emit(True)
        return job

    def cancel(self) -> None:
        """Cancel the current job; its result will never be delivered."""
        if self._current is not None:
            job, self._current = self._current, None
            job.cancel()
            self.running_changed.emit(False)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Cancel all jobs of this runner and wait up to ``timeout`` seconds for their threads;
        False if one is still running (see :func:`shutdown_jobs`)."""
        self.cancel()
        return _cancel_and_wait(self._jobs, timeout)

    @Slot()
    def _on_job_done(self) -> None:
        for job in [job for job in self._jobs if job.is_done]:
            self._jobs.discard(job)
        if self._current is not None and self._current.is_done:
            self._current = None
            self.running_changed.emit(False)


class JobErrorRelay(QObject):
    """The one place where failed jobs are announced; the main window shows one dialog each
    (see ``job_progress.install_job_error_dialogs``)."""

    failed = Signal(str, str, str)  # job name, message for the user, technical details


_RELAY: JobErrorRelay | None = None


def job_error_relay() -> JobErrorRelay:
    """The application's job error relay (created on first use, in the GUI thread)."""
    global _RELAY
    if _RELAY is None:
        _RELAY = JobErrorRelay()
    return _RELAY
