"""Qt widgets: the main window, one panel per tool, charts, dialogs and the long-job helper."""
