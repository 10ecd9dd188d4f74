"""Value-stream model, static map figures, flow simulation and its exact-theory checks.

Public API (see docs/simulation.md):

- model: :class:`ValueStreamMap`, :class:`Step`, :class:`Buffer`, :class:`Flow`,
  :class:`ConwipLoop`, :class:`Failures`, :class:`ShiftCalendar`, :class:`Supplier`,
  :class:`Customer`, :class:`Distribution`, :func:`resolve`
- checks: :func:`problems`, :func:`check` (raises :class:`MapError`, a ValueError)
- file: :func:`map_to_dict`, :func:`map_from_dict`
- static figures: :func:`static_figures`
- simulation: :class:`SimSettings`, :func:`run_replications` (in
  ``score_desktop.tools.vsm.replications``), :func:`simulate_once` (one replication)
"""

from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    CUSTOMER,
    SUPPLIER,
    Buffer,
    ConwipLoop,
    Customer,
    Failures,
    Flow,
    Resolver,
    ShiftCalendar,
    Step,
    Supplier,
    ValueStreamMap,
    resolve,
)
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict
from score_desktop.tools.vsm.static import StaticFigures, static_figures
from score_desktop.tools.vsm.validation import MapError, check, problems

__all__ = [
    "CUSTOMER",
    "SUPPLIER",
    "Buffer",
    "ConwipLoop",
    "Customer",
    "Distribution",
    "Failures",
    "Flow",
    "MapError",
    "Resolver",
    "ShiftCalendar",
    "StaticFigures",
    "Step",
    "Supplier",
    "ValueStreamMap",
    "check",
    "map_from_dict",
    "map_to_dict",
    "problems",
    "resolve",
    "static_figures",
]
