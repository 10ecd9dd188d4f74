"""What the map writes (Qt-free): units on every figure, links, ladder, layout of a flow."""

from __future__ import annotations

from score_desktop.tools.vsm import Buffer, Distribution, Flow, Step, ValueStreamMap
from score_desktop.tools.vsm.examples import learning_to_see_current_state
from score_desktop.widgets.vsm.content import (
    COLUMN,
    PROCESS_Y,
    auto_layout,
    map_view,
    positions,
    seconds_text,
)


def test_learning_to_see_data_boxes_and_ladder():
    # Rother & Shook, Learning to See: stamping C/T 1 s, C/O 1 h, uptime 85 %; 4,600 pcs of
    # coil = 5 days; lead time 23.6 days, processing 188 s.
    view = map_view(learning_to_see_current_state())
    rows = {r.label: r.value for r in view.steps["Stamping"].rows}
    assert rows["C/T"] == "1 s" and rows["C/O"] == "60 min" and rows["Uptime"] == "85 %"
    assert view.steps["Stamping"].buffer_lines == ("4,600 pcs", "5 days")
    assert view.totals[0] == "Production lead time = 23.6 days"
    assert view.totals[1] == "Processing time = 3.1 min"
    assert view.ladder[0] == ("Stamping", "5 days", "1 s")
    assert view.takt == "Takt 60 s" and not view.problems


def test_linked_values_are_marked_and_resolved():
    m = learning_to_see_current_state()
    m.step("S. Weld I").uptime_ref = "Welder"
    m.customer.demand_ref = "Orders"
    answers = {("oee", "Welder"): 0.5, ("demand", "Orders"): 460.0}

    def resolver(kind, name):
        if (kind, name) not in answers:
            raise ValueError(f"no {kind} {name}")
        return answers[kind, name]

    view = map_view(m, resolver)
    row = next(r for r in view.steps["S. Weld I"].rows if r.label == "Uptime")
    assert (row.value, row.linked, row.broken) == ("50 %", "OEE record Welder", False)
    assert view.customer[0] == "460 pcs/day" and view.customer_linked == "demand Orders"
    answers.pop(("oee", "Welder"))
    view = map_view(m, resolver)
    row = next(r for r in view.steps["S. Weld I"].rows if r.label == "Uptime")
    assert row.broken and view.problems == ("no oee Welder",)


def test_problems_are_listed_instead_of_figures():
    m = ValueStreamMap("Half drawn", steps=[Step("A")], flows=[Flow("supplier", "A")])
    view = map_view(m)
    assert view.problems and view.ladder == () and view.figures is None


def test_auto_layout_runs_left_to_right_and_stacks_parallel_steps():
    steps = [Step("Cut"), Step("Weld A"), Step("Weld B"), Step("Pack")]
    m = ValueStreamMap("Split", steps=steps)
    for a, b in (
        ("supplier", "Cut"),
        ("Cut", "Weld A"),
        ("Cut", "Weld B"),
        ("Weld A", "Pack"),
        ("Weld B", "Pack"),
        ("Pack", "customer"),
    ):
        m.connect(a, b, 0.5 if a == "Cut" else 1.0)
    layout = auto_layout(m)
    assert layout["Cut"] == (COLUMN, PROCESS_Y)
    assert layout["Weld A"][0] == layout["Weld B"][0] == 2 * COLUMN
    assert layout["Weld A"][1] != layout["Weld B"][1]
    assert layout["Pack"][0] == 3 * COLUMN and layout["customer"][0] == 4 * COLUMN
    m.layout = {"Pack": (5.0, 6.0)}
    assert positions(m)["Pack"] == (5.0, 6.0) and positions(m)["Cut"] == layout["Cut"]


def test_every_time_has_its_unit():
    assert [seconds_text(x) for x in (39, 150, 7200, 9000)] == ["39 s", "2.5 min", "2 h", "2.5 h"]
    m = ValueStreamMap.serial(
        "x", [Step("A", Distribution.exponential(2, "min"), buffer=Buffer("fifo", 5))]
    )
    m.customer.demand_per_day = 100
    view = map_view(m)
    assert view.steps["A"].rows[0].value == "2 min (exponential)"
    assert view.steps["A"].buffer_lines[0] == "max 5 pcs"
