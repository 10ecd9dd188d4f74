"""`python -m score_desktop`: the same entry point as the `score-desktop` command."""

import sys

from score_desktop.cli import main

sys.exit(main())
