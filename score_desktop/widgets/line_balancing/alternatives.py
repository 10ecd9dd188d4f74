"""Saved balances side by side: a metrics table and a small Yamazumi for each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.widgets.line_balancing.workspace import LineState, compare_rows, yamazumi_data
from score_desktop.widgets.line_balancing.yamazumi_view import YamazumiView


class AlternativesView(QWidget):
    """Save the current balance under a name, restore or delete one, compare them all."""

    save_requested = Signal(str)
    restore_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("alternative_name")
        self.name.setPlaceholderText(self.tr('name, e.g. "class attempt 1"'))
        save = QPushButton(self.tr("Save current balance as"))
        save.setObjectName("save_alternative")
        save.clicked.connect(lambda: self.save_requested.emit(self.name.text()))
        self.table = QTableWidget()
        self.table.setObjectName("compare_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(20)
        restore = QPushButton(self.tr("Use selected"))
        restore.clicked.connect(lambda: self._emit_selected(self.restore_requested))
        delete = QPushButton(self.tr("Delete selected"))
        delete.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        self.charts = QWidget()
        self.charts_layout = QHBoxLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        scroll.setMinimumHeight(160)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(save)
        top.addWidget(restore)
        top.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(scroll, 1)
        self.names: list[str] = []
        self.small_views: list[YamazumiView] = []

    def _emit_selected(self, signal) -> None:
        column = self.table.currentColumn()
        if 0 < column <= len(self.names):  # column 0 is the current balance
            signal.emit(self.names[column - 1])

    def show_state(self, state: LineState | None) -> None:
        record = state.record if state else None
        self.names = [a.name for a in record.alternatives] if record else []
        balances = []
        if state is not None and record is not None:
            balances = [(self.tr("current"), record.balance, None)]
            balances += [(a.name, a.stations, a.cycle_time) for a in record.alternatives]
        rows = compare_rows(state, balances) if state is not None else []
        self.table.clear()
        self.table.setColumnCount(len(balances))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([b[0] for b in balances])
        self.table.setVerticalHeaderLabels([self.tr(label) for label, _ in rows])
        for r, (_label, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.small_views = []
        if state is None:
            return
        for name, stations, _cycle in balances:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{name}</b>"))
            view = YamazumiView(interactive=False, compact=True)
            view.setMinimumSize(150, 130)
            view.show_data(yamazumi_data(state, stations))
            box_layout.addWidget(view, 1)
            self.charts_layout.addWidget(box)
            self.small_views.append(view)
        if not balances:
            self.charts_layout.addWidget(QLabel(self.tr("No balance saved yet.")))
