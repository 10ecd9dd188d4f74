"""Rebuild resource_log_example.json: 24 months of a small knitted-fabric dye house (seeded).

Run from the repository root:  python resources/examples/make_resource_example.py

Baseline year 2023: energy = base load + k x production + c x heating degree days + noise.
From January 2024 (month 13) heat recovery on the hot dye-bath effluent cuts the boiler's
gas per tonne by 18 %, and a compressed-air leak repair cuts the electrical base load by 12 %.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from score_desktop.tools.resource_efficiency import (
    ResourceLog,
    Tariff,
    WasteStreamSettings,
    log_to_dict,
)
from score_desktop.tools.resource_efficiency.datalog import LogPeriod

SEED = 2023
HERE = Path(__file__).resolve().parent
# Typical heating degree days (base 15.5 °C) of a central European site, January to December.
HDD = [430, 370, 310, 195, 95, 25, 5, 8, 60, 185, 315, 405]


def build_log() -> ResourceLog:
    rng = np.random.default_rng(SEED)
    periods = []
    for month in range(24):
        year, index = 2023 + month // 12, month % 12
        improved = month >= 12
        production = 96 + 20 * math.sin(2 * math.pi * (index - 2) / 12) + rng.normal(0, 9)
        production = round(production, 1)
        hdd = round(HDD[index] * rng.uniform(0.85, 1.15))
        base_electricity = 38_000 * (0.88 if improved else 1.0)
        electricity = base_electricity + 520 * production + rng.normal(0, 2_500)
        gas_per_tonne = 230 * (0.82 if improved else 1.0)
        gas_m3 = 9_000 + gas_per_tonne * production + 12 * hdd + rng.normal(0, 450)
        greige_kg = production * 1000 / rng.uniform(0.915, 0.925)
        chemicals_kg = production * rng.normal(62, 3)
        scrap_kg = greige_kg * rng.uniform(0.048, 0.056)
        lint_kg = greige_kg * rng.uniform(0.012, 0.017)
        effluent_kg = chemicals_kg * rng.uniform(0.78, 0.84)
        periods.append(
            LogPeriod(
                period=f"{year}-{index + 1:02d}",
                production=production,
                product_kg=round(production * 1000),
                energy={"electricity_kwh": round(electricity), "natural_gas_m3": round(gas_m3)},
                water_m3=round(400 + 115 * production + rng.normal(0, 250)),
                materials_kg={
                    "greige fabric": round(greige_kg),
                    "dyes and chemicals": round(chemicals_kg),
                },
                waste_kg={
                    "fabric scrap": round(scrap_kg),
                    "lint and fibre dust": round(lint_kg),
                    "chemicals in effluent": round(effluent_kg),
                },
                heating_degree_days=float(hdd),
                cooling_degree_days=0.0,
                value_added=round(production * 1_850 + rng.normal(0, 6_000), -2),
                note=(
                    "Heat recovery on dye-bath effluent and compressed-air leak repair in service"
                    if month == 12
                    else ""
                ),
            )
        )
    return ResourceLog(
        site="Example knit dye house (demo data)",
        frequency="monthly",
        production_unit="t",
        currency="EUR",
        periods=tuple(periods),
        tariffs={
            "electricity_kwh": Tariff(0.18, fixed_charge=350.0),
            "natural_gas_m3": Tariff(0.75, fixed_charge=120.0),
        },
        water_price_per_m3=2.1,
        material_prices_per_kg={"greige fabric": 4.2, "dyes and chemicals": 2.5},
        waste_streams={
            "fabric scrap": WasteStreamSettings(
                "scrap", revenue_per_kg=0.3, material_value_per_kg=4.2
            ),
            "lint and fibre dust": WasteStreamSettings(
                "solid waste", 0.12, material_value_per_kg=4.2
            ),
            "chemicals in effluent": WasteStreamSettings(
                "effluent", 0.4, material_value_per_kg=2.5
            ),
        },
        labour_cost_per_kg_processed=0.35,
    )


def main() -> None:
    target = HERE / "resource_log_example.json"
    target.write_text(
        json.dumps(log_to_dict(build_log()), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
