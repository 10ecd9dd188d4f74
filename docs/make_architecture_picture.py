"""Draw docs/images/architecture-layers.png: the layers and what may import what.

Run from the repository root: ``MPLBACKEND=Agg python docs/make_architecture_picture.py``.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

OUT = Path(__file__).parent / "images" / "architecture-layers.png"

#: (label, what it holds, Qt?) from the top layer down.
LAYERS = [
    ("cli.py, app.py", "entry points: the GUI by default, headless sub-commands", True),
    ("commands/", "export, balance, simulate, spc, ... (Qt offscreen only for pictures)", True),
    ("widgets/", "panels, item models, dialogs, Document (undo stack, notices, session)", True),
    (
        "project/                    charts/",
        "records, registry, catalogue, file, session, changes, Excel  |  matplotlib figures",
        False,
    ),
    ("tools/", "pure computation: oee, takt, line_balancing, vsm, resource_efficiency", False),
]


def draw(path: Path = OUT) -> None:
    fig = Figure(figsize=(9, 5.6), dpi=110)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.axis("off")
    height, gap, top = 1.35, 0.55, 9.6
    for i, (label, text, qt) in enumerate(LAYERS):
        y = top - i * (height + gap) - height
        colour = "#dbe9f6" if qt else "#e3f1e0"
        ax.add_patch(
            FancyBboxPatch(
                (0.4, y),
                7.4,
                height,
                boxstyle="round,pad=0.02,rounding_size=0.15",
                facecolor=colour,
                edgecolor="#445",
            )
        )
        ax.text(0.65, y + height * 0.62, label, fontsize=12, weight="bold", va="center")
        ax.text(0.65, y + height * 0.25, text, fontsize=8.5, va="center", color="#333")
        if i < len(LAYERS) - 1:
            ax.add_patch(
                FancyArrowPatch(
                    (4.1, y), (4.1, y - gap), arrowstyle="-|>", mutation_scale=16, color="#445"
                )
            )
    ax.text(8.05, 8.3, "Qt", fontsize=11, weight="bold", color="#2a5d8f")
    ax.text(8.05, 7.9, "(PySide6)", fontsize=9, color="#2a5d8f")
    ax.text(8.05, 3.6, "no Qt", fontsize=11, weight="bold", color="#3b7a35")
    ax.text(8.05, 3.2, "(import-linter", fontsize=9, color="#3b7a35")
    ax.text(8.05, 2.85, "forbids it)", fontsize=9, color="#3b7a35")
    ax.text(
        0.4,
        0.15,
        "Arrows: may import. Imports only point down; no cycles inside a package.",
        fontsize=9,
        color="#333",
    )
    fig.savefig(path)


if __name__ == "__main__":
    draw()
    print(f"Wrote {OUT}")
