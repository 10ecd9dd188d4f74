"""Plain-English sentences for the steps of a heuristic ("largest candidate that fits: ...")."""

from __future__ import annotations

from collections.abc import Sequence

from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.priorities import roman


class StepText:
    """Formats task names and times for the step sentences."""

    def __init__(self, instance: Instance, labels: Sequence[str] | None, unit: str) -> None:
        self.labels = (
            list(labels) if labels is not None else [str(i + 1) for i in range(instance.n)]
        )
        self.scale = instance.time_scale
        self.unit = f" {unit}" if unit else ""

    def time(self, value: float) -> str:
        return f"{value / self.scale:.6g}{self.unit}"

    def tasks(self, tasks: Sequence[int]) -> str:
        names = " + ".join(self.labels[i] for i in tasks)
        return f"task{'s' if len(tasks) > 1 else ''} {names}"


def task_name(text: StepText | None, task: int) -> str:
    return text.labels[task] if text is not None else str(task + 1)


def priority_text(text: StepText, method: str, value: float) -> str:
    if method == "rpw":
        return f"weight {text.time(value)}"
    if method == "kw":
        return f"column {roman(int(value))}"
    return ""


def tie_text(available, fitting, position, priority, unit_time, units, text, method) -> str:
    if method == "comsoal":
        return ""
    u = available[position]
    tied = [
        available[i] for i in fitting if available[i] != u and priority[available[i]] == priority[u]
    ]
    if not tied:
        return ""
    rule = (
        "the earlier task in the table wins"
        if method == "lcr"
        else ("the longer time, then the earlier task in the table, wins")
    )
    return f" (tied with {text.tasks(units[tied[0]])}; {rule})"


def choice_text(
    text: StepText, method: str, tasks, time, value, station, left_after, n_fit, due, tie
) -> str:
    rule = {
        "rpw": "highest positional weight that fits",
        "lcr": "largest candidate that fits",
        "kw": "leftmost column that fits",
        "comsoal": f"random pick among {n_fit} task{'s' if n_fit > 1 else ''} that fit",
    }[method]
    if due:
        rule = f"fixed to station {station + 1}"
    detail = priority_text(text, method, value)
    detail = f" ({detail})" if detail else ""
    return (
        f"{rule}: {text.tasks(tasks)}{detail}, {text.time(time)}{tie}; "
        f"station {station + 1} has {text.time(left_after)} left"
    )


def open_text(text: StepText, available, units, unit_time, left, station, notes) -> str:
    if not available:
        return f"no task is available yet (all wait for predecessors): open station {station + 2}"
    if all(note.startswith("fixed") for note in notes):
        return f"the available tasks are fixed to later stations: open station {station + 2}"
    smallest = min(available, key=lambda u: (unit_time[u], units[u][0]))
    if unit_time[smallest] > left:
        return (
            f"no available task fits the {text.time(left)} left in station {station + 1} "
            f"(smallest: {text.tasks(units[smallest])}, {text.time(unit_time[smallest])}): "
            f"open station {station + 2}"
        )
    return (
        f"the tasks that would fit the {text.time(left)} left in station {station + 1} "
        f"are held back by restrictions: open station {station + 2}"
    )
