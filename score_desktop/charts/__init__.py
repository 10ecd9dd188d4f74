"""Chart builders: matplotlib Figure in, drawn axes out; no pyplot, no Qt, Agg-safe."""
