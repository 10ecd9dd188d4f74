"""Material balance (inputs = product + losses) and the cost of waste as a Pareto by stream."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

WASTE_KINDS = ("solid waste", "scrap", "effluent", "emission", "other")
UNACCOUNTED_WARNING_SHARE = 0.05  # more than 5 % of the input not found in product or streams
OVERCOUNT_TOLERANCE_SHARE = 0.01  # product + streams may exceed input by 1 % (meter error)


def _amount(where: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: must be a number")
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{where}: must be zero or more, found {value}")
    return float(value)


@dataclass(frozen=True)
class MaterialInput:
    """A purchased material in a period: kg used and its purchase price per kg."""

    name: str
    quantity_kg: float
    price_per_kg: float = 0.0

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("material input: name must not be empty")
        _amount(f"material '{self.name}': quantity_kg", self.quantity_kg)
        _amount(f"material '{self.name}': price_per_kg", self.price_per_kg)


@dataclass(frozen=True)
class WasteStream:
    """A loss stream in a period with what it costs beyond the lost material.

    ``material_value_per_kg``: purchase value of the lost material (None = the inputs' average
    price). ``disposal_cost`` (lump sum) and ``disposal_cost_per_kg`` add up. ``energy_cost`` and
    ``labour_cost`` are what was spent processing the material before it was lost (None = the
    per-kg processing costs given to :func:`cost_of_waste`). ``revenue`` from selling scrap is
    subtracted.
    """

    name: str
    kind: str
    quantity_kg: float
    material_value_per_kg: float | None = None
    disposal_cost: float = 0.0
    disposal_cost_per_kg: float = 0.0
    energy_cost: float | None = None
    labour_cost: float | None = None
    revenue: float = 0.0

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("waste stream: name must not be empty")
        if self.kind not in WASTE_KINDS:
            raise ValueError(
                f"waste stream '{self.name}': kind '{self.kind}' is not one of "
                f"{', '.join(WASTE_KINDS)}"
            )
        for field_name in ("quantity_kg", "disposal_cost", "disposal_cost_per_kg", "revenue"):
            _amount(f"waste stream '{self.name}': {field_name}", getattr(self, field_name))
        for field_name in ("material_value_per_kg", "energy_cost", "labour_cost"):
            value = getattr(self, field_name)
            if value is not None:
                _amount(f"waste stream '{self.name}': {field_name}", value)


@dataclass(frozen=True)
class StreamLoss:
    name: str
    kind: str
    quantity_kg: float
    share_of_input: float


@dataclass(frozen=True)
class MaterialBalance:
    """input_kg = product_kg + sum of stream losses + unaccounted_kg (by construction).

    ``loss_rate`` = (input − product) / input (DOMAIN.md: material losses).
    """

    input_kg: float
    product_kg: float
    losses_kg: float
    loss_rate: float
    streams: tuple[StreamLoss, ...]
    accounted_losses_kg: float
    unaccounted_kg: float
    warnings: tuple[str, ...]


def _check_unique(names: Sequence[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"{what} '{name}' is listed twice; give each a different name")
        seen.add(name)


def material_balance(
    inputs: Sequence[MaterialInput], product_kg: float, streams: Sequence[WasteStream]
) -> MaterialBalance:
    """Balance a period's materials: what went in, what left in the product, what was lost."""
    product = _amount("product_kg", product_kg)
    _check_unique([m.name for m in inputs], "material")
    _check_unique([s.name for s in streams], "waste stream")
    total_in = sum(m.quantity_kg for m in inputs)
    if total_in <= 0:
        raise ValueError("material inputs: the total input must be more than 0 kg")
    accounted = sum(s.quantity_kg for s in streams)
    unaccounted = total_in - product - accounted
    warnings = []
    if product > total_in:
        warnings.append(
            f"The product ({product:,.0f} kg) weighs more than all inputs ({total_in:,.0f} kg): "
            "an input is missing (water, additives?) or a figure is wrong."
        )
    if unaccounted < -OVERCOUNT_TOLERANCE_SHARE * total_in:
        warnings.append(
            f"Product and loss streams add up to {-unaccounted:,.0f} kg more than the inputs: "
            "check the weights or add the missing input."
        )
    elif unaccounted > UNACCOUNTED_WARNING_SHARE * total_in:
        warnings.append(
            f"{unaccounted:,.0f} kg ({unaccounted / total_in:.0%} of the input) is not found in "
            "the product or in any loss stream: look for unmeasured streams (evaporation, "
            "spills, stock changes)."
        )
    return MaterialBalance(
        input_kg=total_in,
        product_kg=product,
        losses_kg=total_in - product,
        loss_rate=(total_in - product) / total_in,
        streams=tuple(
            StreamLoss(s.name, s.kind, s.quantity_kg, s.quantity_kg / total_in) for s in streams
        ),
        accounted_losses_kg=accounted,
        unaccounted_kg=unaccounted,
        warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class ParetoItem:
    name: str
    value: float
    share: float
    cumulative_share: float


def pareto(values: Mapping[str, float]) -> tuple[ParetoItem, ...]:
    """Items from largest to smallest with their share and cumulative share of the total.

    Ties keep the order given. Shares are 0 when the total is 0.
    """
    for name, value in values.items():
        _amount(f"'{name}'", value)
    total = sum(values.values())
    items = []
    running = 0.0
    for name, value in sorted(values.items(), key=lambda kv: -kv[1]):
        running += value
        items.append(
            ParetoItem(
                name, value, value / total if total else 0.0, running / total if total else 0.0
            )
        )
    return tuple(items)


@dataclass(frozen=True)
class WasteCost:
    """The cost of one waste stream in a period, by component."""

    name: str
    kind: str
    quantity_kg: float
    material_value: float
    disposal: float
    energy: float
    labour: float
    revenue: float
    total: float  # material_value + disposal + energy + labour − revenue


@dataclass(frozen=True)
class CostOfWaste:
    """All streams' costs, largest first, with the Pareto of the totals."""

    streams: tuple[WasteCost, ...]
    pareto: tuple[ParetoItem, ...]
    total: float
    average_material_price_per_kg: float | None


def cost_of_waste(
    streams: Sequence[WasteStream],
    inputs: Sequence[MaterialInput] = (),
    *,
    energy_cost_per_kg_processed: float = 0.0,
    labour_cost_per_kg_processed: float = 0.0,
) -> CostOfWaste:
    """Cost of each waste stream = lost material's purchase value + disposal + the energy and
    labour spent on it − scrap revenue.

    A stream without its own material value uses the inputs' weighted average price; a stream
    without its own energy or labour cost uses ``quantity_kg x cost per kg processed``
    (e.g. the period's energy bill / kg of material processed). A negative total (scrap sold
    for more than it cost) is kept in the streams and counted as 0 in the Pareto.
    """
    energy_rate = _amount("energy_cost_per_kg_processed", energy_cost_per_kg_processed)
    labour_rate = _amount("labour_cost_per_kg_processed", labour_cost_per_kg_processed)
    _check_unique([s.name for s in streams], "waste stream")
    input_kg = sum(m.quantity_kg for m in inputs)
    average = sum(m.quantity_kg * m.price_per_kg for m in inputs) / input_kg if input_kg else None
    costs = []
    for s in streams:
        price = s.material_value_per_kg if s.material_value_per_kg is not None else average
        if price is None:
            raise ValueError(
                f"waste stream '{s.name}': no material value per kg and no priced inputs to "
                "take an average price from"
            )
        material = s.quantity_kg * price
        disposal = s.disposal_cost + s.disposal_cost_per_kg * s.quantity_kg
        energy = s.energy_cost if s.energy_cost is not None else energy_rate * s.quantity_kg
        labour = s.labour_cost if s.labour_cost is not None else labour_rate * s.quantity_kg
        total = material + disposal + energy + labour - s.revenue
        costs.append(
            WasteCost(
                s.name, s.kind, s.quantity_kg, material, disposal, energy, labour, s.revenue, total
            )
        )
    costs.sort(key=lambda c: -c.total)
    return CostOfWaste(
        streams=tuple(costs),
        pareto=pareto({c.name: max(c.total, 0.0) for c in costs}),
        total=sum(c.total for c in costs),
        average_material_price_per_kg=average,
    )
