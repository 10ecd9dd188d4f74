"""Line-balancing charts: the Yamazumi (stacked station times) for PNG, reports and export.

The window paints its own interactive Yamazumi with the same data and colours; this module
is Qt-free: :func:`draw_yamazumi` draws on a matplotlib ``Figure`` it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from score_desktop.charts.station_style import (
    STATION_COLOURS,
    UNASSIGNED_COLOUR,
    station_style,
    text_colour,
)

__all__ = [
    "CYCLE_COLOUR",
    "STATION_COLOURS",
    "TAKT_COLOUR",
    "UNASSIGNED_COLOUR",
    "WARNING_COLOUR",
    "Block",
    "YamazumiData",
    "draw_yamazumi",
    "station_colour",
    "station_style",
    "text_colour",
]

WARNING_COLOUR = "#D55E00"
CYCLE_COLOUR = "#000000"
TAKT_COLOUR = "#0072B2"


@dataclass(frozen=True)
class Block:
    """One task in a station's bar."""

    task: str
    time: float


@dataclass(frozen=True)
class YamazumiData:
    """Stacked bars, one per station; times in the line's unit."""

    stations: tuple[tuple[Block, ...], ...]
    cycle_time: float | None
    takt: float | None = None
    unit: str = ""
    overloaded: tuple[int, ...] = ()
    title: str = ""
    unassigned: tuple[Block, ...] = ()  # tasks in no station yet (hand balancing)

    @property
    def station_times(self) -> tuple[float, ...]:
        return tuple(sum(b.time for b in s) for s in self.stations)


def station_colour(station: int | None) -> str:
    """The fill of a station's blocks and graph nodes (white for a task in no station).

    Colours repeat every seven stations; :func:`station_style` adds the pattern that keeps
    stations 8 and on apart."""
    return station_style(station).colour


def draw_yamazumi(figure: Figure, data: YamazumiData, *, large: bool = False) -> Axes:
    """One stacked bar per station, a labelled block per task, cycle-time and takt lines;
    overloaded stations in the warning colour. ``large`` for a projector."""
    figure.clear()
    ax = figure.add_subplot()
    size = 16 if large else 9
    unit = f" ({data.unit})" if data.unit else ""
    if not data.stations:
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            "No balance yet",
            ha="center",
            va="center",
            fontsize=size + 2,
            color="#555555",
            transform=ax.transAxes,
        )
        return ax
    top = max([*data.station_times, data.cycle_time or 0, data.takt or 0]) or 1.0
    for k, station in enumerate(data.stations):
        over = k in data.overloaded
        base = 0.0
        style = station_style(k)
        fill = WARNING_COLOUR if over else style.colour
        hatch = "//" if over else style.hatch
        for block in station:
            ax.bar(
                k + 1,
                block.time,
                bottom=base,
                width=0.7,
                color=fill,
                edgecolor="#222222",
                hatchcolor="#222222" if over else style.pattern_colour,
                linewidth=2.5 if large else 1.0,
                hatch=hatch,
                zorder=2,
            )
            if block.time >= top * (0.045 if large else 0.03):
                ax.text(
                    k + 1,
                    base + block.time / 2,
                    block.task,
                    ha="center",
                    va="center",
                    fontsize=size,
                    color=text_colour(fill),
                    zorder=3,
                    clip_on=True,
                    # a plain backing keeps the task id readable over the station's pattern
                    bbox=(
                        {"boxstyle": "round,pad=0.3", "facecolor": fill, "edgecolor": "none"}
                        if hatch
                        else None
                    ),
                )
            base += block.time
        ax.text(
            k + 1,
            base + top * 0.01,
            f"{base:.3g}",
            ha="center",
            va="bottom",
            fontsize=size,
            fontweight="bold",
            color=WARNING_COLOUR if over else "#222222",
        )
    handles = []
    if data.cycle_time:
        ax.axhline(data.cycle_time, color=CYCLE_COLOUR, linewidth=3 if large else 1.6, zorder=4)
        handles.append(
            Line2D([], [], color=CYCLE_COLOUR, lw=2, label=f"cycle time {data.cycle_time:.4g}")
        )
    if data.takt and (not data.cycle_time or abs(data.takt - data.cycle_time) > 1e-9):
        ax.axhline(
            data.takt, color=TAKT_COLOUR, linestyle="--", linewidth=3 if large else 1.6, zorder=4
        )
        handles.append(
            Line2D([], [], color=TAKT_COLOUR, lw=2, ls="--", label=f"takt {data.takt:.4g}")
        )
    if data.overloaded:
        handles.append(Patch(facecolor=WARNING_COLOUR, hatch="//", label="overloaded"))
    if handles:
        ax.legend(handles=handles, loc="upper right", fontsize=size, framealpha=0.9)
    ax.set_xticks(range(1, len(data.stations) + 1))
    ax.set_xlim(0.4, len(data.stations) + 0.6)
    ax.set_ylim(0, top * 1.18)
    ax.set_xlabel("Station", fontsize=size + 1)
    ax.set_ylabel(f"Station time{unit}", fontsize=size + 1)
    ax.tick_params(labelsize=size)
    ax.grid(axis="y", color="#DDDDDD", zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    if data.title:
        ax.set_title(data.title, fontsize=size + 3)
    figure.tight_layout()
    return ax
