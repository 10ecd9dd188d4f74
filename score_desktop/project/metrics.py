"""The metric catalogue: each result figure said once (label, unit, number format).

The resource-efficiency ratios are shown in the window's dashboard and written to the
workbook; both take their names and units from here, so the two cannot drift apart (they
had: water productivity was "t/m3" in the workbook and "t/m³" in the window). Labels are
marked for translation like the field catalogue's (context ``"catalogue"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.project.catalogue import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Metric:
    """A result figure. ``unit`` may hold ``{production}`` (the log's production unit, e.g.
    "t") and ``{currency}``; ``number_format`` is its Excel number format."""

    key: str
    label: str
    unit: str
    number_format: str = "0.00"

    def unit_for(self, production_unit: str, currency: str) -> str:
        return self.unit.format(production=production_unit, currency=currency)

    def heading(self, production_unit: str, currency: str) -> str:
        """``Specific energy [kWh/t]``."""
        return f"{self.label} [{self.unit_for(production_unit, currency)}]"


RESOURCE_RATIOS: tuple[Metric, ...] = (
    Metric(
        "specific_energy",
        QT_TRANSLATE_NOOP("catalogue", "Specific energy"),
        "kWh/{production}",
        "#,##0.0",
    ),
    Metric(
        "energy_productivity",
        QT_TRANSLATE_NOOP("catalogue", "Energy productivity"),
        "{production}/kWh",
        "0.000000",
    ),
    Metric(
        "material_productivity",
        QT_TRANSLATE_NOOP("catalogue", "Material productivity"),
        "{production}/kg",
        "0.000000",
    ),
    Metric(
        "water_productivity",
        QT_TRANSLATE_NOOP("catalogue", "Water productivity"),
        "{production}/m³",
        "0.0000",
    ),
    Metric(
        "waste_intensity",
        QT_TRANSLATE_NOOP("catalogue", "Waste intensity"),
        "kg/{production}",
        "#,##0.0",
    ),
    Metric(
        "value_added_per_kwh",
        QT_TRANSLATE_NOOP("catalogue", "Value added per kWh"),
        "{currency}/kWh",
        "0.000",
    ),
)

#: The ratios by key.
RATIOS_BY_KEY: dict[str, Metric] = {m.key: m for m in RESOURCE_RATIOS}
