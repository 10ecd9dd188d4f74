"""Quality improvement: control charts, run rules, capability and Pareto (no Qt)."""
