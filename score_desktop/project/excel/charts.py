"""Native Excel charts that render alike in Excel and LibreOffice and print in grey scale.

openpyxl's defaults trip LibreOffice: line series are smoothed, scatter series are drawn
as lines without markers (so a "scatter" shows nothing), and axes may be written as
deleted. :func:`plain_lines` fixes a chart in place after its series are added.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, ScatterChart
from openpyxl.chart._chart import ChartBase
from openpyxl.chart.marker import Marker

#: Dark to light, with distinct markers and dashes: readable in colour and in grey scale.
SERIES_COLOURS = ("1F4E79", "C00000", "7F7F7F", "000000", "A6A6A6", "5B9BD5")
MARKERS = ("circle", "square", "triangle", "diamond", "x", "star")
DASHES = ("solid", "dash", "sysDot", "lgDash", "dashDot", "sysDash")


def plain_lines(chart: ChartBase, *, scatter_points: bool = True) -> ChartBase:
    """Straight lines, visible points and axes, grey-scale-safe colours; returns the chart."""
    for axis in (getattr(chart, "x_axis", None), getattr(chart, "y_axis", None)):
        if axis is not None:
            axis.delete = False
    for k, series in enumerate(chart.series):
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        props = series.graphicalProperties
        if isinstance(chart, LineChart | ScatterChart):
            series.smooth = False
            props.line.solidFill = colour
            props.line.dashStyle = DASHES[k % len(DASHES)]
            props.line.width = 22225  # 1.75 pt
            symbol = MARKERS[k % len(MARKERS)]
            series.marker = Marker(symbol=symbol, size=6)
            series.marker.graphicalProperties = None
            if isinstance(chart, ScatterChart) and scatter_points:
                series.marker.spPr = None
        elif isinstance(chart, BarChart) and len(chart.series) > 1:
            props.solidFill = colour
            props.line.solidFill = "000000"
    return chart


def points_only(chart: ScatterChart) -> ScatterChart:
    """A scatter chart of points without connecting lines (e.g. energy vs production)."""
    plain_lines(chart)
    for series in chart.series:
        series.graphicalProperties.line.noFill = True
    chart.style = None
    return chart
