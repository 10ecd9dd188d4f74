"""The long-job helper: results, throttled progress, cancel, one job per runner, error relay,
the progress widget and worker processes. Waits on signals only; job functions may block."""

from __future__ import annotations

import gc
import sys
import threading
import time

import PySide6
import pytest
import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from score_desktop.widgets.job_progress import (
    JobProgress,
    format_duration,
    install_job_error_dialogs,
)
from score_desktop.widgets.jobs import (
    Job,
    JobCancelled,
    JobContext,
    JobRunner,
    JobState,
    active_jobs,
    job_error_relay,
    shutdown_jobs,
)

TIMEOUT_MS = 10_000


@pytest.fixture(autouse=True)
def no_job_left_behind(qapp):
    """Every test must leave no running job (and no worker thread) behind."""
    yield
    assert shutdown_jobs(timeout=5.0), "a job did not stop"
    assert active_jobs() == []


class Recorder:
    """Records every signal of a job, in order, as (name, *args)."""

    def __init__(self, job: Job) -> None:
        self.events: list[tuple] = []
        job.progress.connect(lambda f, t: self.events.append(("progress", f, t)))
        job.partial.connect(lambda p: self.events.append(("partial", p)))
        job.finished.connect(lambda r: self.events.append(("finished", r)))
        job.failed.connect(lambda m, d: self.events.append(("failed", m, d)))
        job.cancelled.connect(lambda: self.events.append(("cancelled",)))
        job.done.connect(lambda: self.events.append(("done",)))

    def names(self) -> list[str]:
        return [event[0] for event in self.events]

    def outcome(self) -> list[str]:
        """The names of the closing signals: exactly one outcome, then done."""
        return [n for n in self.names() if n in ("finished", "failed", "cancelled", "done")]


def run_to_end(qtbot, job: Job) -> Recorder:
    recorder = Recorder(job)
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        job.start()
    return recorder


def wait_until_cancelled(ctx: JobContext, started: threading.Event) -> str:
    started.set()
    while not ctx.is_cancelled():
        time.sleep(0.005)
    return "stale result"


# --- JobContext: pure Python ---------------------------------------------------------------


def test_context_clamps_fractions_keeps_text_and_hands_out_partials_once():
    ctx = JobContext()
    assert ctx.take_update() is None
    ctx.report(0.2, "Reading stops")
    ctx.report(1.7)  # clamped, and the empty text keeps the previous one
    assert ctx.take_update() == (1.0, "Reading stops", False, None)
    assert ctx.take_update() is None
    ctx.report(-3, partial={"best": 4})
    assert ctx.take_update() == (0.0, "Reading stops", True, {"best": 4})
    ctx.report(float("nan"), "Solving")
    assert ctx.take_update() == (None, "Solving", False, None)


def test_context_cancel_flag():
    ctx = JobContext()
    assert not ctx.is_cancelled()
    ctx.raise_if_cancelled()
    ctx.cancel()
    assert ctx.is_cancelled()
    with pytest.raises(JobCancelled):
        ctx.raise_if_cancelled()


def test_signals_keep_python_reference_counts(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to True on every emit() from Python and
    one to None on every Python slot called by a signal, so the process aborts (bool_dealloc,
    none_dealloc) after some thousands of signals: a running job polls 20 times a second.
    6.11.3 is fine; this test names the bad version instead of a crash at exit."""

    class Beacon(QObject):
        ping = Signal()

    beacon, calls = Beacon(), []
    beacon.ping.connect(lambda: calls.append("emit from Python"))
    beacon.objectNameChanged.connect(lambda name: calls.append("signal from C++"))
    true_refs, none_refs = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(100):
        beacon.ping.emit()
        beacon.setObjectName(f"beacon {i}")
    assert len(calls) == 200
    lost = (true_refs - sys.getrefcount(True), none_refs - sys.getrefcount(None))
    assert max(lost) <= 0, f"PySide6 {PySide6.__version__} loses references (True, None): {lost}"


# --- Job -----------------------------------------------------------------------------------


def test_result_is_delivered_then_done_once(qtbot):
    job = Job(lambda ctx, a, b: a + b, 2, 3, name="adding")
    recorder = run_to_end(qtbot, job)
    assert recorder.outcome() == ["finished", "done"]
    assert recorder.events[-2] == ("finished", 5)
    assert job.state is JobState.FINISHED and job.is_done and not job.is_running
    job._poll()  # a late poll changes nothing
    assert recorder.outcome() == ["finished", "done"]


def test_progress_is_throttled_and_the_last_report_is_shown(qtbot):
    run_seconds = 0.5

    def chatty(ctx: JobContext) -> int:
        calls, end = 0, time.monotonic() + run_seconds
        while time.monotonic() < end:
            calls += 1
            ctx.report((calls % 1000) / 1000, f"step {calls}", partial=calls)
        ctx.report(1.0, "all done", partial=-1)
        return calls

    recorder = run_to_end(qtbot, Job(chatty))
    calls = recorder.events[-2][1]
    progress = [e for e in recorder.events if e[0] == "progress"]
    partials = [e for e in recorder.events if e[0] == "partial"]
    assert calls > 1000  # the job reported far more often than the GUI showed
    max_signals = run_seconds * 20 + 3  # the promise: at most 20 updates a second
    assert 1 <= len(progress) <= max_signals
    assert len(partials) <= len(progress)
    assert progress[-1] == ("progress", 1.0, "all done")
    assert partials[-1] == ("partial", -1)
    assert recorder.names().index("finished") > recorder.names().index("progress")


def test_cancel_stops_a_cooperative_job_and_emits_cancelled_not_finished(qtbot):
    started = threading.Event()
    job = Job(wait_until_cancelled, started, name="waiting")
    recorder = Recorder(job)
    job.start()
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        job.cancel()
        assert job.state is JobState.CANCELLING and job.is_running
    assert recorder.outcome() == ["cancelled", "done"]
    assert job.state is JobState.CANCELLED


def test_raise_if_cancelled_ends_the_job_as_cancelled(qtbot):
    started = threading.Event()

    def checking(ctx: JobContext) -> None:
        started.set()
        while True:
            ctx.raise_if_cancelled()
            time.sleep(0.005)

    job = Job(checking)
    recorder = Recorder(job)
    job.start()
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        job.cancel()
    assert recorder.outcome() == ["cancelled", "done"]


def test_a_result_returned_before_cancel_but_not_yet_delivered_is_dropped(qtbot):
    job = Job(lambda ctx: "stale result")
    recorder = Recorder(job)
    job.start()
    assert job.wait(5.0)  # the worker has returned; the GUI has not polled it yet
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        job.cancel()
    assert recorder.outcome() == ["cancelled", "done"]


def test_cancelling_a_job_never_started_ends_it_at_once(qtbot):
    job = Job(lambda ctx: 1)
    recorder = Recorder(job)
    job.cancel()
    assert recorder.outcome() == ["cancelled", "done"]
    with pytest.raises(RuntimeError, match="already started"):
        job.start()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (ValueError('Line "Final assembly": cycle time must be positive'), None),
        (FileNotFoundError(2, "No such file or directory"), None),
        (ZeroDivisionError("division by zero"), "Unexpected error in balancing: "),
        (KeyError("station"), "Unexpected error in balancing: KeyError: 'station'"),
    ],
)
def test_an_exception_becomes_failed_with_a_plain_message_and_reaches_the_relay(
    qtbot, error, message
):
    def broken(ctx: JobContext) -> None:
        raise error

    relayed = []
    job_error_relay().failed.connect(lambda *args: relayed.append(args))
    recorder = run_to_end(qtbot, Job(broken, name="balancing"))
    assert recorder.outcome() == ["failed", "done"]
    _, shown, details = recorder.events[-2]
    assert shown.startswith(message) if message else shown == str(error)
    assert "Traceback" in details and type(error).__name__ in details and "broken" in details
    assert relayed == [("balancing", shown, details)]


def test_relay_can_be_turned_off_for_a_panel_that_shows_errors_itself(qtbot):
    relayed = []
    job_error_relay().failed.connect(lambda *args: relayed.append(args))
    recorder = run_to_end(qtbot, Job(lambda ctx: 1 / 0, relay_errors=False))
    assert recorder.outcome() == ["failed", "done"]
    assert relayed == []


def test_a_started_job_without_references_still_delivers_done(qtbot):
    ended = []
    job = Job(lambda ctx: 42)
    job.finished.connect(ended.append)
    job.start()
    del job
    gc.collect()
    qtbot.waitUntil(lambda: ended == [42], timeout=TIMEOUT_MS)


# --- JobRunner -----------------------------------------------------------------------------


def test_starting_a_new_job_cancels_the_old_one_whose_result_is_never_delivered(qtbot):
    runner = JobRunner()
    gate = threading.Event()  # the first job ignores the cancel flag and returns a result
    results, running = [], []
    runner.running_changed.connect(running.append)
    first = runner.start(lambda ctx: gate.wait(5) and "old", name="old", on_result=results.append)
    first_events = Recorder(first)
    assert runner.running and runner.current_job is first
    second = runner.start(lambda ctx: "new", name="new", on_result=results.append)
    assert first.state is JobState.CANCELLING and runner.current_job is second
    gate.set()
    qtbot.waitUntil(lambda: first.is_done and second.is_done, timeout=TIMEOUT_MS)
    assert results == ["new"]
    assert first_events.outcome() == ["cancelled", "done"]
    assert running == [True, False] and not runner.running


def test_runner_cancel_and_shutdown(qtbot):
    runner = JobRunner()
    started = threading.Event()
    job = runner.start(wait_until_cancelled, started, on_result=pytest.fail)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(runner.running_changed, timeout=TIMEOUT_MS) as blocker:
        runner.cancel()
    assert blocker.args == [False] and not runner.running
    assert runner.shutdown(timeout=5.0)  # waits for the worker and delivers done at once
    assert job.state is JobState.CANCELLED


def test_shutdown_reports_a_job_that_does_not_stop_in_time(qtbot):
    runner = JobRunner()
    started, gate = threading.Event(), threading.Event()
    job = runner.start(lambda ctx: started.set() or gate.wait(5), name="stubborn")
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    assert not runner.shutdown(timeout=0.05)
    assert job.is_running
    gate.set()
    qtbot.waitSignal(job.done, timeout=TIMEOUT_MS).wait()
    assert job.state is JobState.CANCELLED


def test_destroying_the_runner_cancels_its_jobs(qtbot):
    panel = QObject()
    runner = JobRunner(panel)
    started = threading.Event()
    job = runner.start(wait_until_cancelled, started, on_result=pytest.fail)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    shiboken6.delete(panel)
    assert job.state is JobState.CANCELLING
    qtbot.waitUntil(lambda: job.is_done, timeout=TIMEOUT_MS)
    assert job.state is JobState.CANCELLED


# --- progress widget and error dialogs -----------------------------------------------------


def test_progress_widget_shows_text_and_bar_and_its_cancel_button_cancels(qtbot):
    panel = QWidget()  # never shown: the offscreen platform warns when a top-level shows
    qtbot.addWidget(panel)
    widget = JobProgress(panel, hide_when_idle=True)
    runner = JobRunner()
    widget.follow(runner)
    assert widget.isHidden()
    reached = threading.Event()

    def halfway(ctx: JobContext) -> str:
        ctx.report(0.5, "Simulating replication 5 of 10")
        reached.set()
        while not ctx.is_cancelled():
            time.sleep(0.005)
        return "stale result"

    job = runner.start(halfway, name="simulation")
    assert widget.job is job and not widget.isHidden()
    assert widget.status_label.text() == "Simulation…"
    qtbot.waitUntil(lambda: widget.bar.value() == 500, timeout=TIMEOUT_MS)
    assert widget.status_label.text() == "Simulating replication 5 of 10"
    assert "elapsed" in widget.time_label.text()
    assert widget.cancel_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        widget.cancel_button.click()
        assert widget.status_label.text() == "Cancelling…"
        assert not widget.cancel_button.isEnabled()
    assert job.state is JobState.CANCELLED
    assert widget.isHidden() and widget.job is None


def test_progress_widget_shows_a_cancel_made_by_the_runner(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    widget = JobProgress(panel)
    runner = JobRunner()
    widget.follow(runner)
    started, gate = threading.Event(), threading.Event()  # the job ignores the cancel flag
    job = runner.start(lambda ctx: started.set() or gate.wait(5), name="stubborn")
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    runner.cancel()
    qtbot.waitUntil(lambda: widget.status_label.text() == "Cancelling…", timeout=TIMEOUT_MS)
    assert not widget.cancel_button.isEnabled() and widget.job is job
    gate.set()
    qtbot.waitUntil(lambda: job.is_done and widget.isHidden(), timeout=TIMEOUT_MS)


def test_progress_widget_can_stay_visible_with_the_final_state(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    widget = JobProgress(panel, compact=True, hide_when_idle=False)
    job = Job(lambda ctx: 1 / 0, name="import", relay_errors=False)
    assert widget.bar.isHidden() and widget.cancel_button.isHidden()  # nothing to show yet
    widget.bind(job)
    assert not widget.bar.isHidden() and not widget.cancel_button.isHidden()
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        job.start()
    assert widget.status_label.text().startswith("Failed: Unexpected error in import")
    assert not widget.isHidden()
    assert widget.bar.isHidden() and widget.cancel_button.isHidden()


def test_format_duration():
    assert [format_duration(s) for s in (0, 7.4, 750, 3723)] == ["0:00", "0:07", "12:30", "1:02:03"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_each_failure_opens_one_error_box_over_the_main_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    install_job_error_dialogs(window)
    run_to_end(qtbot, Job(lambda ctx: int("x"), name="reading demand"))

    def boxes() -> list[QMessageBox]:
        return [box for box in window.findChildren(QMessageBox) if box.isVisible()]

    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=TIMEOUT_MS)
    box = boxes()[0]
    assert box.windowTitle() == "Reading demand failed"
    assert box.text() == "invalid literal for int() with base 10: 'x'"
    assert "Traceback" in box.detailedText()
    box.close()
