"""Pure computation, one module or sub-package per tool. Never imports Qt."""
