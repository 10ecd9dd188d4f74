"""Rebuild the bundled value-stream example project (deterministic: no random input).

The two maps are resources/examples/vsm_current_state.json and vsm_future_state.json (Acme
Stamping after Rother & Shook, *Learning to See*). The project adds the customer's demand as a
demand record linked from both maps, icon positions from the auto-layout, and kaizen bursts on
the future state. With the default settings (1000 h, 200 h warm-up, 10 replications)
both maps simulate in seconds.

The two map files are first rewritten from ``score_desktop.tools.vsm.examples`` so that they
never drift from the builders (the book's inventories on the map, FIFO caps separate).

Run: python resources/examples/make_vsm_project.py
"""

from __future__ import annotations

import json
from pathlib import Path

from score_desktop.project import DemandRecord, Project, ProjectMeta, save_project
from score_desktop.tools.vsm import map_from_dict
from score_desktop.tools.vsm.model import KaizenBurst
from score_desktop.widgets.vsm.content import auto_layout

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "examples"  # shipped in the package
OUT = BUNDLED / "acme-value-stream.scoreproj"


def write_map_files() -> None:
    """resources/examples/vsm_*_state.json from the example builders."""
    from score_desktop.tools.vsm import map_to_dict
    from score_desktop.tools.vsm.examples import current_state_simulation, future_state_simulation

    for name, make in (("current", current_state_simulation), ("future", future_state_simulation)):
        data = map_to_dict(make())
        data.pop("layout")
        data.pop("kaizen")
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        (HERE / f"vsm_{name}_state.json").write_text(text, encoding="utf-8")


def build() -> Project:
    maps = []
    for name in ("vsm_current_state.json", "vsm_future_state.json"):
        m = map_from_dict(json.loads((HERE / name).read_text(encoding="utf-8")))
        m.customer.demand_ref = "State Street orders"
        m.layout = auto_layout(m)
        maps.append(m)
    future = maps[1]
    x_stamp, y_stamp = future.layout["Stamping"]
    x_cell, y_cell = future.layout["Weld + Assembly cell"]
    future.kaizen = [
        KaizenBurst("Quick die change: 10 min", x_stamp + 20, y_stamp - 90),
        KaizenBurst("Continuous flow cell", x_cell + 190, y_cell - 80),
        KaizenBurst("Kanban pull", x_cell + 130, y_cell + 190),
    ]
    demand = DemandRecord(
        name="State Street orders",
        demand=920,
        period="day",
        shifts_per_day=2,
        shift_length_min=480,
        breaks_per_shift_min=20,
        efficiency=1.0,
    )
    return Project(
        meta=ProjectMeta(
            name="Acme Stamping value stream",
            company="Acme Stamping",
            notes="Current and future state of the steering-bracket value stream "
            "(after Rother & Shook, Learning to See). Simulate both maps, then compare.",
        ),
        demands=(demand,),
        value_streams=tuple(maps),
    )


if __name__ == "__main__":
    write_map_files()
    save_project(build(), OUT)
    print(f"wrote {OUT}")
