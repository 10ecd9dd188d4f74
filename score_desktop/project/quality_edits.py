"""Pure edits of a quality study's cause-and-effect diagram, and actions made from causes.

Each returns a new study (or project) and leaves the old one alone; the window pushes the
result as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from score_desktop.project.action_edits import ActionSource, with_action_from
from score_desktop.project.records import Project

QUALITY = "quality_studies"


def with_cause(study: Any, branch: str, text: str) -> Any:
    from score_desktop.tools.quality.study import Cause

    return replace(study, causes=(*study.causes, Cause(text.strip(), branch)))


def with_cause_removed(study: Any, index: int) -> Any:
    return replace(study, causes=tuple(c for i, c in enumerate(study.causes) if i != index))


def _with_whys(study: Any, index: int, whys: tuple[str, ...]) -> Any:
    causes = list(study.causes)
    causes[index] = replace(causes[index], whys=whys)
    return replace(study, causes=tuple(causes))


def with_why(study: Any, index: int, text: str) -> Any:
    """The cause's 5 Whys chain with one more answer at its end."""
    return _with_whys(study, index, (*study.causes[index].whys, text))


def with_why_text(study: Any, index: int, why: int, text: str) -> Any:
    whys = list(study.causes[index].whys)
    whys[why] = text
    return _with_whys(study, index, tuple(whys))


def with_why_removed(study: Any, index: int, why: int) -> Any:
    """The chain without answer ``why`` and those after it (they answered it)."""
    return _with_whys(study, index, study.causes[index].whys[:why])


def action_from_cause(project: Project, study: Any, cause: Any) -> Project:
    """The project with an open action for ``cause`` (its deepest why as the root cause) on
    the first action list, which is made if the project has none."""
    root = cause.whys[-1] if cause.whys else cause.text
    source = ActionSource(QUALITY, study.name, cause.text)
    return with_action_from(project, source, f"Remove the cause: {root}")
