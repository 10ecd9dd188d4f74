"""The line-balancing panel: task table, precedence graph, live Yamazumi, methods, classroom."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.line_balancing.editing import check_move
from score_desktop.tools.line_balancing.model import Line
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.jobs import JobRunner
from score_desktop.widgets.line_balancing import table_edits
from score_desktop.widgets.line_balancing.alternatives import AlternativesView
from score_desktop.widgets.line_balancing.balancing_controls import BalancingControls
from score_desktop.widgets.line_balancing.classroom import ClassroomControls
from score_desktop.widgets.line_balancing.graph_view import PrecedenceGraphView
from score_desktop.widgets.line_balancing.line_settings import LineSettings
from score_desktop.widgets.line_balancing.metrics_view import MetricsView
from score_desktop.widgets.line_balancing.restrictions_view import RestrictionsView
from score_desktop.widgets.line_balancing.runs import RunOutcome
from score_desktop.widgets.line_balancing.station_table import StationCountTable
from score_desktop.widgets.line_balancing.task_actions import TaskTableActions
from score_desktop.widgets.line_balancing.task_model import CHECK, PRIORITY, TaskTableModel
from score_desktop.widgets.line_balancing.workspace import LineState, yamazumi_data
from score_desktop.widgets.line_balancing.yamazumi_view import YamazumiView

#: View settings that outlive a panel: the open panel follows edits itself, but a new one is
#: built when the user opens the line again (from another record, after undoing a rename...),
#: so the tab, the graph zoom and an open presentation are kept here per (document, line)
#: and taken over by the next panel.
_VIEW_STATE: weakref.WeakKeyDictionary[Document, dict[str, dict]] = weakref.WeakKeyDictionary()


class LineBalancingPanel(TaskTableActions, QWidget):
    """Everything for one line of the project (section "lines", record ``record_name``)."""

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.model = TaskTableModel(document, record_name, self)
        self.settings = LineSettings(self.model)
        self.table = QTableView()
        self.table.setObjectName("task_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)  # measure 40 rows, not all: fast for long tables
        self._sized_rows = -1  # the row count the columns were sized for
        header.setStretchLastSection(True)
        self.table.setColumnHidden(PRIORITY, True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table_error = QLabel()
        self.table_error.setObjectName("table_error")
        self.table_error.setWordWrap(True)
        self.table_error.setStyleSheet(ERROR_STYLE)
        self.import_jobs = JobRunner(self)

        self.graph = PrecedenceGraphView()
        self.yamazumi = YamazumiView()
        self.metrics = MetricsView()
        self.move_message = QLabel()
        self.move_message.setObjectName("move_message")
        self.move_message.setWordWrap(True)
        self.move_message.setStyleSheet(ERROR_STYLE)
        self.balancing = BalancingControls()
        self.classroom = ClassroomControls()
        self.restrictions = RestrictionsView(self.model)
        self.alternatives = AlternativesView()
        self.station_table = StationCountTable()
        for w in (self.balancing, self.classroom, self.station_table):
            w.line_source = self.line_to_balance
        self.presentation = None
        self._alternatives_shown: LineState | None = None
        self._build_layout()
        self._connect()
        document.changed.connect(self.refresh)
        self._view = _VIEW_STATE.setdefault(document, {}).setdefault(record_name, {})
        self.tabs.setCurrentIndex(self._view.get("tab", 0))
        self.tabs.currentChanged.connect(lambda i: self._view.__setitem__("tab", i))
        self.chart_tabs.setCurrentIndex(self._view.get("chart_tab", 0))
        self.chart_tabs.currentChanged.connect(lambda i: self._view.__setitem__("chart_tab", i))
        self.chart_tabs.currentChanged.connect(lambda _: self._show_alternatives())
        if "zoom" in self._view:
            self.graph.setTransform(self._view["zoom"])
            self.graph._fitted = True
        self.graph.view_changed.connect(
            lambda: self._view.__setitem__("zoom", self.graph.transform())
        )
        counted = self._view.get("count")
        if counted is not None and self.state is not None and counted[0] == self.state.line:
            self.station_table.line_for = counted[0]
            self.station_table.show_rows(counted[1])
        self.station_table.computed.connect(
            lambda line, rows: self._view.__setitem__("count", (line, rows))
        )
        if self._view.get("presentation") is not None:
            self.presentation = self._view["presentation"]
            self.presentation.adopt(self)
        self.refresh()

    # -- layout ---------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._buttons())
        left_layout.addWidget(self.table_error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("control_tabs")
        self.tabs.addTab(self.balancing, self.tr("Balance"))
        self.tabs.addTab(self.classroom, self.tr("Classroom"))
        self.tabs.addTab(self.restrictions, self.tr("Restrictions"))
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(self.tabs)
        left_split.setSizes([520, 170])

        graph_box = QWidget()
        graph_layout = QVBoxLayout(graph_box)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        title = QLabel(self.tr("<b>Precedence graph</b>"))
        title.setToolTip(
            self.tr(
                "Click a task to select it; drag from one task onto another to add an arrow; "
                "wheel to zoom, drag the background to pan"
            )
        )
        tools.addWidget(title, 1)
        for text, slot, tip in (
            ("+", lambda: self.graph.zoom(1.25), self.tr("Zoom in")),
            ("-", lambda: self.graph.zoom(0.8), self.tr("Zoom out")),
            (self.tr("Fit"), self.graph.fit, self.tr("Show the whole graph")),
            (self.tr("Present"), self.present, self.tr("Full screen for a projector (Esc)")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMaximumWidth(90)
            button.clicked.connect(slot)
            tools.addWidget(button)
        graph_layout.addLayout(tools)
        graph_layout.addWidget(self.graph, 1)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.yamazumi, 1)
        row.addWidget(self.metrics)
        chart_layout.addLayout(row, 1)
        chart_layout.addWidget(self.move_message)
        self.yamazumi.setToolTip(
            self.tr('Drag a task block onto another station, or onto "+ new" for a new station')
        )
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("chart_tabs")
        self.chart_tabs.addTab(chart_box, self.tr("Yamazumi"))
        self.chart_tabs.addTab(self.alternatives, self.tr("Compare balances"))
        self.chart_tabs.addTab(self.station_table, self.tr("Stations vs cycle time"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(graph_box)
        right.addWidget(self.chart_tabs)
        right.setSizes([300, 420])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_split)
        split.addWidget(right)
        split.setSizes([390, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.graph.task_selected.connect(self.select_task)
        self.graph.relation_requested.connect(self.add_relation)
        self.yamazumi.task_clicked.connect(self.select_task)
        self.yamazumi.move_requested.connect(self.move_task)
        self.balancing.outcome.connect(self.apply_outcome)
        self.classroom.step_changed.connect(self.show_step)
        self.classroom.use_result.connect(self._use_stepped_balance)
        self.alternatives.save_requested.connect(self.save_alternative)
        self.alternatives.restore_requested.connect(self.restore_alternative)
        self.alternatives.delete_requested.connect(self.delete_alternative)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste)

    # -- state --------------------------------------------------------------
    @property
    def state(self) -> LineState | None:
        return self.model.state

    def line_to_balance(self) -> Line | None:
        """The line with its effective cycle time, or None (with a message) if it has problems."""
        state = self.state
        if state is None:
            return None
        if not state.ok:
            problems = state.general_problems or [p.message for p in state.problems]
            self.table_error.setText(problems[0] if problems else self.tr("the table is empty"))
            return None
        return state.line

    def refresh(self) -> None:
        state = self.state
        if state is None:
            return
        if self.classroom.active and self.classroom.line != state.line:
            self.classroom.stop()
        self.settings.show_state(state)
        self.restrictions.show_state(state)
        if self._sized_rows != len(state.line.tasks):  # size the columns when rows change
            self._sized_rows = len(state.line.tasks)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(CHECK, 90)
            self.table.setColumnWidth(PRIORITY, 70)
        messages = state.general_problems + (
            [self.tr("%n row(s) have problems: see the Check column.", "", len(state.row_problems))]
            if state.row_problems
            else []
        )
        self.table_error.setText(self.model.error or "\n".join(messages))
        self._show_status(state)
        self.move_message.setText("")  # a refused move or save is answered; this is news
        self._alternatives_shown = None
        if self.chart_tabs.currentWidget() is self.alternatives:
            self._show_alternatives()
        if self.station_table.line_for not in (None, state.line):
            self.station_table.clear()
        self.show_step()

    def _show_status(self, state: LineState) -> None:
        """The last run's sentence ("Optimal: 5 stations ..."), only while the table and
        the balance are still the ones it describes (not after an edit, an undo, an
        import or on another line)."""
        status = self._view.get("status")
        if status is not None and status[:2] != (state.line.tasks, state.record.balance):
            status = None  # kept: a redo brings that balance, and its sentence, back
        if not self.balancing.jobs.running:
            self.balancing.status.setText(status[2] if status else "")

    def _show_alternatives(self) -> None:
        """Fill the comparison (only while its tab is shown: it builds a chart per balance)."""
        if self.state is not None and self._alternatives_shown is not self.state:
            self.alternatives.show_state(self.state)
            self._alternatives_shown = self.state

    def show_step(self) -> None:
        """Draw graph, Yamazumi and metrics: the current balance or the step-through's."""
        state = self.state
        if state is None:
            return
        view = self.classroom.view() if self.classroom.active else None
        self.table.setColumnHidden(PRIORITY, view is None)
        self.yamazumi.interactive = view is None  # no dragging while stepping through
        if view is None:
            self.model.set_classroom({}, set())
            self.graph.show_state(state)
            self.graph.set_highlight({}, set())  # no classroom badges on a balance
            self.yamazumi.show_data(yamazumi_data(state))
            self.metrics.show_metrics(state.metrics, state.line.time_unit)
        else:
            self.move_message.setText("")
            stations = {t: k for k, s in enumerate(view.stations) for t in s}
            self.model.set_classroom(view.priorities, view.chosen, stations)
            self.graph.show_state(state, stations)
            self.graph.set_highlight(view.priorities, view.chosen)
            self.yamazumi.show_data(yamazumi_data(state, view.stations), view.chosen)
            self.metrics.show_metrics(None, "")
        if self.presentation is not None:
            self.presentation.show_step(state, view)

    def add_relation(self, before: str, after: str) -> bool:
        ok = self.model.add_relation(before, after)
        self.move_message.setText("" if ok else self.model.error)
        return ok

    def select_task(self, task: str) -> None:
        if self.state is None:
            return
        row = next((i for i, t in enumerate(self.state.line.tasks) if t.id == task), None)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _row_selected(self, current, _previous) -> None:
        if self.state is None or not current.isValid():
            return
        task = self.state.line.tasks[current.row()].id
        self.graph.select_task(task)
        self.yamazumi.selected = task
        self.yamazumi.update()

    # -- balances -------------------------------------------------------------
    def apply_stations(self, stations, method: str) -> bool:
        return self.model.edit_record(
            self.tr("Balance (%1)").replace("%1", method),
            lambda r: table_edits.set_balance(r, stations, method),
        )

    def _use_stepped_balance(self, stations) -> None:
        self.classroom.stop()
        self.apply_stations(stations, "classroom")

    def apply_outcome(self, outcome: RunOutcome) -> None:
        self._view.pop("status", None)
        self.apply_stations(outcome.stations, outcome.method)
        state = self.state
        if state is not None:
            self._view["status"] = (state.line.tasks, state.record.balance, outcome.message)
            self.balancing.status.setText(outcome.message)

    def move_task(self, task: str, to_station: int) -> bool:
        """Move ``task`` to station ``to_station`` (0-based; the count = a new station)."""
        state = self.state
        if state is None or self.classroom.active:
            return False
        if not state.ok:
            self.move_message.setText(self.tr("Fix the problems of the task table first."))
            return False
        balance = [list(s) for s in state.record.balance]
        if to_station < len(balance) and task in balance[to_station]:
            return False
        index = state.line.index_of()
        stations = [[index[t] for t in s] for s in balance if all(t in index for t in s)]
        reason = None
        if len(stations) != len(balance) or check_move(
            state.instance, stations, index[task], to_station
        ):  # refused: ask again with the task ids for the message
            reason = check_move(state.line, balance, task, to_station)
        if reason is not None:
            self.move_message.setText(reason)
            return False
        moved = [[t for t in s if t != task] for s in balance]
        if to_station == len(moved):
            moved.append([])
        moved[to_station].append(task)
        # within a station, tasks are done in precedence order (column, then table order)
        moved[to_station].sort(key=lambda t: (state.columns[index[t]], index[t]))
        self.move_message.setText("")
        return self.model.edit_record(
            self.tr("Move task %1 to station %2")
            .replace("%1", task)
            .replace("%2", str(to_station + 1)),
            lambda r: table_edits.set_balance(r, moved, "manual"),
        )

    def save_alternative(self, name: str) -> bool:
        cycle = self.state.cycle.value if self.state else None
        ok = self.model.edit_record(
            self.tr("Save balance %1").replace("%1", name),
            lambda r: table_edits.save_alternative(r, name, cycle),
        )
        if ok:
            self.alternatives.name.clear()
        self.move_message.setText("" if ok else self.model.error)
        return ok

    def restore_alternative(self, name: str) -> bool:
        record = self.model.record()
        saved = next((a for a in record.alternatives if a.name == name), None) if record else None
        return saved is not None and self.apply_stations(saved.stations, saved.method)

    def delete_alternative(self, name: str) -> bool:
        return self.model.edit_record(
            self.tr("Delete saved balance %1").replace("%1", name),
            lambda r: table_edits.remove_alternative(r, name),
        )

    # -- presentation ---------------------------------------------------------
    def present(self, full_screen: bool = True):
        from score_desktop.widgets.line_balancing.presentation import PresentationWindow

        if self.presentation is None:
            self.presentation = PresentationWindow(self)
            self.presentation.closed.connect(self._presentation_closed)
            self._view["presentation"] = self.presentation
        self.presentation.open(full_screen)
        self.show_step()
        return self.presentation

    def _presentation_closed(self) -> None:
        self.presentation = None
        self._view.pop("presentation", None)

    def closeEvent(self, event) -> None:
        for runner in (self.import_jobs, self.balancing.jobs, self.station_table.jobs):
            runner.shutdown(timeout=5.0)
        super().closeEvent(event)
