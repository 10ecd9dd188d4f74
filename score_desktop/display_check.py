"""Can the window start? Checked before QApplication exists, because Qt's xcb plugin aborts
the process (with a core dump) when a system library it needs is missing."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

XCB_CURSOR = "libxcb-cursor.so.0"
HEADLESS_NOTE = (
    "The headless commands still work (score-desktop export, balance, simulate, validate-sim)."
)


def platform_will_be_xcb(env: Mapping[str, str], system: str = sys.platform) -> bool:
    """True when Qt will use its xcb (X11) plugin: on Linux, asked for or by default."""
    if not system.startswith("linux"):
        return False
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        return wanted.split(";")[0].split(":")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def library_loads(name: str) -> bool:
    """True when the dynamic loader finds ``name`` (as Qt's plugin would)."""
    try:
        ctypes.CDLL(name)
        return True
    except OSError:
        return False


def window_problem(
    env: Mapping[str, str] | None = None,
    system: str = sys.platform,
    loads: Callable[[str], bool] = library_loads,
) -> str | None:
    """One line saying why the window cannot start here, or None when it can."""
    env = os.environ if env is None else env
    if not platform_will_be_xcb(env, system):
        return None
    if not env.get("DISPLAY"):
        return (
            "score-desktop: cannot open the window: no display (DISPLAY is not set; start it "
            f"from a desktop session). {HEADLESS_NOTE}"
        )
    if not loads(XCB_CURSOR):
        return (
            f"score-desktop: cannot open the window: the system library {XCB_CURSOR} that Qt "
            "needs is missing; install it with `sudo apt install libxcb-cursor0` (Debian, "
            "Ubuntu) or `sudo dnf install xcb-util-cursor` (Fedora). " + HEADLESS_NOTE
        )
    return None
