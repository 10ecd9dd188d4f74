"""Every text a user can type draws in every chart and saves as PNG, SVG and PDF (issue 13, §1).

Without the rule a name such as ``$\\frac{$`` made any chart showing it fail to draw,
``US$ 5 to US$ 10`` lost its dollar signs to matplotlib's maths, and a control character or
U+FFFE in a name made the saved SVG ill-formed.
"""

from __future__ import annotations

import io
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from score_desktop.charts.oee import draw_downtime_pareto
from score_desktop.charts.text import MAX_CHART_TEXT, chart_text, draw_plain, keep_texts_plain
from score_desktop.tools.stop_log import ParetoBar

pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

#: Any character a project can hold (lone surrogates are refused when a file is loaded).
project_character = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",)),
    st.sampled_from(list("\x00\x01\x1f\ufffe\uffff\t\n$\\{}^_")),
)
NASTY = ["$\\frac{$", "a$b$c$", "US$ 5 to US$ 10", "\x00\x01 stop\x1f", "\ufffe\uffff", "x" * 5000]
NASTY += ["عطل في المكبس", "Máy ép 😀 dừng", "$", "\\$ 5"]


def _figure_with(text: str) -> Figure:
    figure = Figure(figsize=(5, 4))
    top, bottom = figure.subplots(2, 1)
    top.set_title(text)
    top.bar([text[:50] or "-", "other"], [1, 2])
    top.set_ylabel(text)
    bottom.plot([0, 1], [0, 1], label=text)
    bottom.set_xticks([0, 1], [text, "b"])
    bottom.annotate(text, (0.5, 0.5))
    bottom.legend()
    figure.suptitle(text)
    return figure


def _saves_in_every_format(figure: Figure) -> None:
    for fmt in ("png", "pdf", "svg"):
        out = io.BytesIO()
        figure.savefig(out, format=fmt)
        assert out.getvalue()
        if fmt == "svg":
            ElementTree.fromstring(out.getvalue())  # well-formed XML


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_a_nasty_name_draws_and_saves_everywhere_in_a_figure(text):
    _saves_in_every_format(keep_texts_plain(_figure_with(text)))


def test_without_the_rule_the_same_names_break_the_chart():
    """The test can fail: the names above really break an unprotected figure."""
    with pytest.raises(ValueError):
        _figure_with("$\\frac{$").savefig(io.BytesIO(), format="png")
    out = io.BytesIO()
    _figure_with("\x01").savefig(out, format="svg")
    with pytest.raises(ElementTree.ParseError):
        ElementTree.fromstring(out.getvalue())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(project_character, min_size=1, max_size=30))
def test_any_text_a_project_can_hold_draws_and_saves(text):
    _saves_in_every_format(keep_texts_plain(_figure_with(text)))


def test_dollar_signs_in_names_are_kept_as_typed():
    figure = keep_texts_plain(_figure_with("US$ 5 to US$ 10"))
    figure.canvas.draw()
    top, bottom = figure.axes
    assert top.title.get_text() == "US$ 5 to US$ 10"
    assert not top.title.get_parse_math()
    ticks = [t.get_text() for t in bottom.get_xticklabels()]
    assert ticks[0] == "US\\$ 5 to US\\$ 10"  # drawn as "US$ 5 to US$ 10", not as maths
    assert "US\\$" in top.get_xticklabels()[0].get_text()


def test_a_formula_written_by_a_chart_stays_maths():
    def chart(figure):
        ax = figure.subplots()
        ax.set_xlabel("$\\bar{x}$")
        ax.set_ylabel("cost in US$ per part")
        figure.tight_layout()
        return ax

    ax = draw_plain(chart, Figure())
    assert ax.xaxis.label.get_parse_math()
    assert not ax.yaxis.label.get_parse_math()


def test_control_characters_become_control_pictures_and_long_names_are_cut():
    assert chart_text("a\x01b\ufffe") == "a\u2401b\ufffd"
    long = chart_text("x" * 5000)
    assert len(long) == MAX_CHART_TEXT and long.endswith("\u2026")
    assert chart_text("Máy ép 😀") == "Máy ép 😀"


def test_the_downtime_pareto_of_nasty_reasons_saves_as_svg():
    bars = [
        ParetoBar(reason, 10.0 - i, 1, 0.1, 0.1 * (i + 1)) for i, reason in enumerate(NASTY[:8])
    ]
    figure = Figure(figsize=(6, 3.2))
    with pytest.raises(ValueError):  # it lays itself out, so it draws the names at once
        draw_downtime_pareto(figure, bars)
    figure = Figure(figsize=(6, 3.2))
    draw_plain(draw_downtime_pareto, figure, bars)
    _saves_in_every_format(figure)
    assert figure.axes[0].get_title() == "Downtime by reason (Pareto)"
