"""Developer tools that ship with the package but are not part of the app (translation upkeep)."""
