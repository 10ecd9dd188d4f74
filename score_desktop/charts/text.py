"""Every text of a drawn chart made drawable: the project's character rule, no accidental maths.

Chart labels carry what users typed (task, step, category and carrier names). matplotlib
reads text between two ``$`` signs as mathematics, so a name such as ``$\\frac{$`` made the
chart fail to draw (a traceback in the window) and ``US$ 5 to US$ 10`` came out in italics
with the dollar signs gone; control characters broke the SVG a figure saves. After a chart
is drawn (:func:`draw_plain` draws one), :func:`keep_texts_plain` applies the one character rule
(:mod:`score_desktop.tools.text_rule`), turns maths off for every text that has dollar signs
but is not one well-formed formula from end to end (``"$\\bar{x}$"`` written by a chart
stays maths), and shortens a text longer than :data:`MAX_CHART_TEXT` with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from matplotlib import rc_context
from matplotlib.category import StrCategoryFormatter
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FixedFormatter, FuncFormatter

from score_desktop.tools.text_rule import xml_text

#: Longer texts (a pasted paragraph as a name) are cut with "…" so the chart keeps its layout.
MAX_CHART_TEXT = 200


def chart_text(text: str) -> str:
    """``text`` as a chart shows it: the character rule, at most :data:`MAX_CHART_TEXT` long."""
    text = xml_text(text)
    return text if len(text) <= MAX_CHART_TEXT else text[: MAX_CHART_TEXT - 1] + "\u2026"


def tick_text(text: str) -> str:
    """A tick label as drawn: :func:`chart_text`, dollar signs escaped (never maths)."""
    return chart_text(text).replace("$", r"\$")


def keep_texts_plain(figure: Figure) -> Figure:
    """Apply the rule above to every text of ``figure`` (in place, ticks too); return it.

    Tick labels of names are made when the chart is drawn, so the formatters that hold
    names (fixed labels, categories) are given the rule rather than their current texts.
    """
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, FixedFormatter):
                formatter.seq = [tick_text(str(label)) for label in formatter.seq]
            elif isinstance(formatter, StrCategoryFormatter | FuncFormatter) and not getattr(
                formatter, "_plain", False
            ):  # categories, and set_ticklabels' list of names
                plain = FuncFormatter(lambda x, pos=None, f=formatter: tick_text(str(f(x, pos))))
                plain._plain = True  # type: ignore[attr-defined]
                axis.set_major_formatter(plain)
    for artist in figure.findobj(Text):
        old = artist.get_text()
        if not old:
            continue
        new = chart_text(old)
        if new != old:
            artist.set_text(new)
        if "$" in new:
            artist.set_parse_math(_is_one_formula(new))
    return figure


def draw_plain(fn: Callable[..., Any], figure: Figure, *args: Any) -> Any:
    """``fn(figure, *args)`` with the rule kept while it draws, and after; returns its result.

    A chart that lays itself out (``tight_layout``) draws its texts before it returns, so
    maths is off while ``fn`` runs and :func:`keep_texts_plain` then turns it back on for
    the formulas the chart wrote itself.
    """
    with rc_context({"text.parse_math": False}):
        result = fn(figure, *args)
    keep_texts_plain(figure)
    return result


def _is_one_formula(text: str) -> bool:
    """True for ``$...$`` from the first to the last character that matplotlib can draw."""
    if not (len(text) > 2 and text.startswith("$") and text.endswith("$")):
        return False
    if text.count("$") - text.count(r"\$") != 2:
        return False
    return _parses(text)


@lru_cache(maxsize=256)
def _parses(text: str) -> bool:
    from matplotlib.font_manager import FontProperties
    from matplotlib.mathtext import MathTextParser

    try:
        MathTextParser("path").parse(text, 72, FontProperties())
    except (ValueError, RuntimeError):
        return False
    return True
