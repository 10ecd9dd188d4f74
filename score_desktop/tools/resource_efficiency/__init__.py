"""Resource efficiency: ratios, ISO 50006 baseline and savings, carriers, material balance."""

from score_desktop.tools.resource_efficiency.baseline import EnergyBaseline, fit_baseline
from score_desktop.tools.resource_efficiency.ratios import ResourceRatios, resource_ratios
from score_desktop.tools.resource_efficiency.savings import BaselineSavings, baseline_savings

__all__ = [
    "BaselineSavings",
    "EnergyBaseline",
    "ResourceRatios",
    "baseline_savings",
    "fit_baseline",
    "resource_ratios",
]
