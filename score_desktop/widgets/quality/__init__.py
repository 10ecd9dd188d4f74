"""The quality window: data table, control chart, capability, Pareto, cause and effect."""
