"""The metrics beside the Yamazumi: stations vs the minimum, efficiency, delay, smoothness."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from score_desktop.tools.line_balancing.metrics import BalanceMetrics
from score_desktop.widgets.line_balancing.workspace import metrics_rows


def metrics_html(metrics: BalanceMetrics | None, unit: str, size_pt: float = 9.5) -> str:
    """The metrics as an HTML table (labels translated)."""
    translate = QCoreApplication.translate
    if metrics is None:
        return ""
    rows = "".join(
        f"<tr><td>{translate('LineBalancing', label)}</td>"
        f"<td align='right'><b>&nbsp;{value}</b></td></tr>"
        for label, value in metrics_rows(metrics, unit)
    )
    warn = ""
    if metrics.overloaded_stations:
        names = ", ".join(str(k + 1) for k in metrics.overloaded_stations)
        warn = (
            f"<p style='color:#B00020'><b>{translate('LineBalancing', 'Overloaded')}: "
            f"{translate('LineBalancing', 'station')} {names}</b></p>"
        )
    if metrics.unassigned_tasks:
        warn += (
            f"<p style='color:#B00020'>{len(metrics.unassigned_tasks)} "
            f"{translate('LineBalancing', 'task(s) in no station')}</p>"
        )
    return f"<table style='font-size:{size_pt}pt'>{rows}</table>{warn}"


class MetricsView(QLabel):
    """A label with the metrics table of the shown balance."""

    def __init__(self, parent: QWidget | None = None, *, size_pt: float = 9.5) -> None:
        super().__init__(parent)
        self.setObjectName("metrics")
        self.size_pt = size_pt
        self.setWordWrap(True)
        self.setMinimumWidth(int(size_pt * 17))
        self.setMaximumWidth(int(size_pt * 24))

    def show_metrics(self, metrics: BalanceMetrics | None, unit: str) -> None:
        self.setText(metrics_html(metrics, unit, self.size_pt))
        self.setVisible(metrics is not None)
