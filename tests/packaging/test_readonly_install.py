"""The compiled line-balancing search is cached even when the package is installed where the
user cannot write (a system-wide install, a bundle): the first process compiles it into the
per-user cache folder, the next one loads it from there, and nothing is written next to the
module.

As root, the child processes run without the capability that lets root ignore file
permissions (setpriv), so the read-only folder is read-only for them too.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.packaging.installed import child_env, make_venv, run

pytestmark = pytest.mark.slow  # the kernel compiles once (about 35 s on the reference machine)

PROBE = r"""
import json, sys, time
from pathlib import Path
import score_desktop
package = Path(score_desktop.__file__).parent
try:  # the setting is real: this process cannot write into the installed package
    (package / "tools" / "line_balancing" / "probe.txt").write_text("x")
    writable = True
except OSError:
    writable = False
from score_desktop.tools import numba_cache
from score_desktop.tools.line_balancing import kernel
from score_desktop.tools.line_balancing.exact import prepare_solver
before = time.perf_counter()
prepare_solver()
seconds = time.perf_counter() - before
stats = kernel.run.stats
print(json.dumps({
    "package": str(package), "writable": writable, "seconds": seconds,
    "cache_folder": str(numba_cache.CACHE_FOLDER), "ready": kernel.ready(),
    "hits": sum(stats.cache_hits.values()), "misses": sum(stats.cache_misses.values()),
}))
"""


def _without_override() -> list[str]:
    """The prefix that makes a root child obey file permissions; none for other users."""
    if os.name == "nt" or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder is writable to root")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def _set_writable(folder: Path, writable: bool) -> None:
    write = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod((mode | stat.S_IWUSR) if writable else (mode & ~write))


@pytest.fixture
def read_only_install(wheel, tmp_path):
    scripts = make_venv(wheel, tmp_path / "env")
    package = next((tmp_path / "env").rglob("site-packages/score_desktop"))
    _set_writable(package, False)
    yield scripts, package
    _set_writable(package, True)  # so the temporary folder can be removed


def test_the_compiled_search_is_cached_per_user_when_the_package_is_read_only(
    read_only_install, tmp_path
):
    scripts, package = read_only_install
    user = tmp_path / "user"
    user.mkdir()
    command = [*_without_override(), str(scripts / "python"), "-c", PROBE]
    first = json.loads(run(command, cwd=user, env=child_env(user), timeout=900).stdout)
    assert first["package"] == str(package)
    assert not first["writable"], "the test set-up failed: the package folder is writable"
    cache = user / "cache" / "score-desktop" / "numba"
    assert first["cache_folder"] == str(cache)
    assert first["ready"] and first["misses"] >= 1  # compiled in this process
    assert list(cache.rglob("kernel.run-*.nbi")), f"no cache index for the kernel in {cache}"
    assert not list(package.rglob("*.nbi")), "numba wrote next to the read-only module"

    second = json.loads(run(command, cwd=user, env=child_env(user), timeout=900).stdout)
    assert second["ready"] and second["hits"] >= 1 and second["misses"] == 0  # loaded
    assert second["seconds"] < first["seconds"]
