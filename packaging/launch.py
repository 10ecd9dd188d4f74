"""The bundle's start script: the same entry point as the ``score-desktop`` command."""

import sys

from score_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
