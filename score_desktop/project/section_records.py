"""Value-stream maps and resource-efficiency logs in the project file.

Their data models live with their tools (``tools/vsm``, ``tools/resource_efficiency``);
this module wraps their JSON converters so that every problem becomes a
:class:`ProjectError` that names the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from score_desktop.project.errors import ProjectError
from score_desktop.project.fields import Fields

if TYPE_CHECKING:  # the tools load numpy and SimPy: import them when a record is read
    from score_desktop.tools.resource_efficiency.analysis import AnalysisSetup
    from score_desktop.tools.resource_efficiency.datalog import ResourceLog
    from score_desktop.tools.vsm.model import ValueStreamMap


def _unusable(data: Any, label: str, index: int, exc: Exception) -> ProjectError:
    """A ProjectError for what the tool's reader did not expect (e.g. a 400-digit number)."""
    name = data.get("name") if isinstance(data, dict) else None
    where = (
        f'{label} "{name.strip()}"'
        if isinstance(name, str) and name.strip()
        else (f"{label} #{index + 1}")
    )
    return ProjectError(f"{where}: a value has the wrong type or is too large ({exc})")


def value_stream_from_json(data: Any, index: int) -> ValueStreamMap:
    from score_desktop.tools.vsm.serialize import map_from_dict

    if not isinstance(data, dict):
        raise ProjectError(f"value stream #{index + 1}: expected an object")
    try:
        return map_from_dict(data, f"value stream #{index + 1}")
    except ValueError as exc:
        raise ProjectError(str(exc)) from None
    except (TypeError, ArithmeticError) as exc:
        raise _unusable(data, "value stream", index, exc) from None


def value_stream_to_json(record: ValueStreamMap) -> dict[str, Any]:
    from score_desktop.tools.vsm.serialize import map_to_dict

    return map_to_dict(record)


@dataclass(frozen=True)
class ResourceRecord:
    """One site's resource log and the analysis choices made on it.

    ``setup`` holds the baseline and reporting periods, the drivers, the energy series and the
    ratio targets (the engine's :class:`AnalysisSetup`); None until a baseline is chosen.
    """

    name: str
    log: ResourceLog
    setup: AnalysisSetup | None = None
    notes: str = ""


def default_setup(log: ResourceLog) -> AnalysisSetup | None:
    """A first choice for a log without one: the first 12 periods (or all) as the baseline,
    the rest as the reporting period, production as the driver. None for an empty log."""
    from score_desktop.tools.resource_efficiency.analysis import AnalysisSetup

    labels = [p.period for p in log.sorted_periods()]
    if not labels:
        return None
    baseline = labels[: min(12, len(labels))]
    rest = labels[len(baseline) :]
    return AnalysisSetup(
        baseline_first=baseline[0],
        baseline_last=baseline[-1],
        reporting_first=rest[0] if rest else None,
        reporting_last=rest[-1] if rest else None,
    )


def resource_record_from_json(data: Any, index: int) -> ResourceRecord:
    from score_desktop.tools.resource_efficiency.analysis import setup_from_dict
    from score_desktop.tools.resource_efficiency.datalog import log_from_dict

    f = Fields(data, f"resource log #{index + 1}")
    name = f.text("name", required=True, max_length=200).strip()
    if not name:
        raise f.error("the name is empty")
    f = Fields(data, f'resource log "{name}"')
    try:
        log = log_from_dict(f.data.get("log"), f.where)
        raw_setup = f.data.get("analysis")
        setup = None if raw_setup is None else setup_from_dict(raw_setup, f"{f.where}.analysis")
    except ValueError as exc:
        raise ProjectError(str(exc)) from None
    except (TypeError, ArithmeticError) as exc:
        raise f.error(f"a value has the wrong type or is too large ({exc})") from None
    return ResourceRecord(name=name, log=log, setup=setup, notes=f.text("notes"))


def resource_record_to_json(record: ResourceRecord) -> dict[str, Any]:
    from score_desktop.tools.resource_efficiency.analysis import setup_to_dict
    from score_desktop.tools.resource_efficiency.datalog import log_to_dict

    return {
        "name": record.name,
        "notes": record.notes,
        "analysis": None if record.setup is None else setup_to_dict(record.setup),
        "log": log_to_dict(record.log),
    }
