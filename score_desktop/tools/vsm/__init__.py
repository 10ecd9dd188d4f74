"""Value-stream model, static map figures, flow simulation and its exact-theory checks."""
