"""The summary parts of a quality study's sheet: capability (live indices and ppm), the
Pareto table (live shares), the cause-and-effect outline and the limit history."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL2,
    INTEGER,
    PERCENT,
    key_values,
    put_text,
    section,
    table,
)
from score_desktop.project.quality_sources import PARETO_SOURCES, pareto_tallies
from score_desktop.project.records import Project

NUMBER = "0.0000"
LIVE = "live formula"
VALUE = "value from SCORE Desktop"


def _johnson_rows(r: Any) -> list[tuple[str, Any, str, str | None]]:
    j = r.johnson
    if j is None:
        return []
    text = (
        f"Pp {_two(j.pp)}, Ppk {_two(j.ppk)}; percentile method Pp {_two(j.percentile_pp)}, "
        f"Ppk {_two(j.percentile_ppk)}; expected {j.ppm_total:,.0f} ppm ({j.fit.description})"
    )
    return [(f"Johnson {j.fit.family} transformation", text, "", None)]


def _two(value: float) -> str:
    return f"{value:.2f}" if math.isfinite(value) else "–"


def number_or_none(value: float | None) -> float | None:
    """A finite number, or None (an empty cell) for NaN and infinity."""
    return None if value is None or not math.isfinite(value) else float(value)


def capability_part(ws: Worksheet, row: int, study: Any, r: Any, layout: Any, cells: dict) -> int:
    from score_desktop.tools.quality.constants import c4, d2

    n_data = len(study.samples)
    a, b = layout.data_row(1), layout.data_row(n_data)
    v = layout.value
    values = f"{v}{a}:{v}{b}"
    top = row
    n_cell, mean_cell, s_cell, sw_cell, t_cell = (f"B{top + i}" for i in range(5))
    individuals = bool(layout.sizes) and all(n == 1 for n in layout.sizes)
    equal = bool(layout.sizes) and len(set(layout.sizes)) == 1 and layout.sizes[0] >= 2
    within: str | float | None = number_or_none(r.sigma_within)
    if r.within_method.startswith("average moving range") and individuals:
        within = f"=SUMPRODUCT(ABS({v}{a + 1}:{v}{b}-{v}{a}:{v}{b - 1}))/({n_data}-1)/{d2(2)!r}"
    elif (
        r.within_method.startswith("s-bar / c4")
        and equal
        and layout.contiguous
        and study.chart in ("xbar-r", "xbar-s")
    ):
        sd = layout["sd"]
        f, last = layout.point_row(0), layout.point_row(len(layout.sizes) - 1)
        within = f"=AVERAGE({sd}{f}:{sd}{last})/{c4(layout.sizes[0])!r}"
    both = r.lsl is not None and r.usl is not None
    lsl, usl, target = cells["lsl"], cells["usl"], cells["target"]
    rows: list[tuple[str, Any, str]] = [
        ("Values (n)", f"=COUNT({values})", INTEGER),
        ("Mean", f"=AVERAGE({values})", NUMBER),
        ("Overall standard deviation s", f"=STDEV({values})", NUMBER),
        (f"Sigma within ({r.within_method})", within, NUMBER),
        (
            "Target used",
            f"=IF(ISBLANK({target}),({lsl}+{usl})/2,{target})"
            if both
            else number_or_none(r.target),
            NUMBER,
        ),
    ]
    for i, (text, value, fmt) in enumerate(rows):
        put_text(ws, top + i, 1, text)
        ws.cell(row=top + i, column=2, value=value).number_format = fmt
        put_text(ws, top + i, 3, LIVE if isinstance(value, str) else VALUE)
    del n_cell

    def k(sigma: str) -> str:
        sides = []
        if r.usl is not None:
            sides.append(f"({usl}-{mean_cell})/(3*{sigma})")
        if r.lsl is not None:
            sides.append(f"({mean_cell}-{lsl})/(3*{sigma})")
        return f"=MIN({','.join(sides)})"

    formulas = {
        "Cp": f"=({usl}-{lsl})/(6*{sw_cell})",
        "Cpk": k(sw_cell),
        "Pp": f"=({usl}-{lsl})/(6*{s_cell})",
        "Ppk": k(s_cell),
        "Cpm": f"=({usl}-{lsl})/(6*SQRT({s_cell}^2+({mean_cell}-{t_cell})^2))",
    }
    level = f"{r.confidence:.0%}"
    first, end = table(
        ws,
        top + len(rows) + 1,
        ["Index (live formula)", "Value", f"{level} lower", f"{level} upper", "Method"],
        [
            (i.name, None, number_or_none(i.lower), number_or_none(i.upper), i.method)
            for i in r.indices
        ],
        [None, DECIMAL2, DECIMAL2, DECIMAL2, None],
    )
    for j, index in enumerate(r.indices):
        ws.cell(row=first + j, column=2, value=formulas[index.name]).number_format = DECIMAL2
    row = end + 1
    for text, sigma in (
        ("Expected ppm outside the limits (within sigma)", sw_cell),
        ("Expected ppm outside the limits (overall s)", s_cell),
    ):
        below = f"NORMSDIST(({lsl}-{mean_cell})/{sigma})" if r.lsl is not None else "0"
        above = f"(1-NORMSDIST(({usl}-{mean_cell})/{sigma}))" if r.usl is not None else "0"
        put_text(ws, row, 1, text)
        ws.cell(row=row, column=2, value=f"=({below}+{above})*1000000").number_format = INTEGER
        put_text(ws, row, 3, LIVE)
        row += 1
    norm = r.normality
    verdict = (
        "not tested (fewer than 8 values)"
        if norm is None
        else f"A² = {norm.statistic:.3f}, p = {norm.p_value:.3f}: "
        + ("no evidence against normality" if norm.looks_normal else "not normal")
        + " at 5 %"
    )
    nn = r.non_normal
    other = (
        r.non_normal_note
        if nn is None
        else f"lambda {nn.lam:.2f}: Pp {nn.pp:.2f}, Ppk {nn.ppk:.2f}; percentile method Pp "
        f"{nn.percentile_pp:.2f}, Ppk {nn.percentile_ppk:.2f}; expected {nn.ppm.total:,.0f} ppm"
    )
    row = key_values(
        ws,
        row,
        [
            ("Normality (Anderson-Darling)", verdict, "", None),
            ("Non-normal data (Box-Cox, ISO 22514-2 percentiles)", other, "", None),
            *_johnson_rows(r),
        ],
    )
    return row + 1


def pareto_part(
    ws: Worksheet, row: int, project: Project, study: Any, cells: dict | None = None
) -> int:
    """The Pareto table; ``cells["pareto"]`` gets its (first, last) data rows."""
    from score_desktop.tools.quality.errors import QualityInputError
    from score_desktop.tools.quality.pareto import pareto

    source = study.pareto_source
    row = section(ws, row, f"Pareto: {PARETO_SOURCES.get(source, source)}")
    try:
        result = pareto(pareto_tallies(project, study, source))
    except QualityInputError as exc:
        put_text(ws, row, 1, f"No Pareto: {exc}")
        return row + 2
    first, end = table(
        ws,
        row,
        [
            "Defect category",
            "Count (defects)" if source == "study" else "Count (rejected parts)",
            "Share",
            "Cumulative share",
            "Vital few (80 % cut-off)",
        ],
        [(b.category, b.count, None, None, "yes" if b.vital else "") for b in result.bars],
        [None, INTEGER, PERCENT, PERCENT, None],
    )
    last = end - 1
    if cells is not None:
        cells["pareto"] = (first, last)
    for r in range(first, end):
        ws.cell(row=r, column=3, value=f"=B{r}/SUM($B${first}:$B${last})").number_format = PERCENT
        ws.cell(row=r, column=4, value=f"=SUM($B${first}:B{r})/SUM($B${first}:$B${last})")
        ws.cell(row=r, column=4).number_format = PERCENT
    return end + 1


def causes_part(ws: Worksheet, row: int, study: Any) -> int:
    from score_desktop.tools.quality.study import BRANCHES

    row = section(ws, row, f"Cause and effect: {study.problem or '(effect not named)'}")
    _, end = table(
        ws,
        row,
        ["Branch (6M)", "Cause", "Why 1", "Why 2", "Why 3", "Why 4", "Why 5"],
        [
            (BRANCHES[c.branch], c.text, *(list(c.whys) + [""] * 5)[:5])
            for c in sorted(study.causes, key=lambda c: list(BRANCHES).index(c.branch))
        ],
    )
    return end + 1


def history_part(ws: Worksheet, row: int, study: Any) -> int:
    row = section(ws, row, "Limit revisions (newest last)")
    _, end = table(
        ws,
        row,
        ["Frozen on", "Chart", "Phase I points", "Centre", "Sigma", "Reason", "Method"],
        [
            (
                r.when,
                r.limits.kind,
                f"{r.limits.phase1_first + 1}-{r.limits.phase1_last + 1}",
                number_or_none(r.limits.centre),
                number_or_none(r.limits.sigma),
                r.reason,
                r.limits.method,
            )
            for r in study.history.revisions
        ],
        [None, None, None, NUMBER, NUMBER, None, None],
    )
    return end + 1
