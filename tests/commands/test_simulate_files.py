"""simulate reads a bare map file like a project file: bounded, regular files only, strict JSON.

Issue 13, section 2: ``simulate`` on a JSON map file used ``Path.read_text`` and plain
``json.loads``, so /dev/zero hung, a huge file was read whole, NaN and 1e400 were taken as
numbers and a lone surrogate reached the engine. Each is now one line on stderr and exit 2.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from score_desktop.cli import main
from score_desktop.commands import CommandError
from score_desktop.commands.simulate import load_maps
from score_desktop.project import fileio
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import Step, Supplier, ValueStreamMap
from score_desktop.tools.vsm.serialize import map_to_dict


def _map_text() -> str:
    m = ValueStreamMap.serial(
        "Line",
        [Step("Cut", Distribution.exponential(0.5, "h"))],
        supplier=Supplier(arrival=Distribution.exponential(1, "h")),
    )
    return json.dumps(map_to_dict(m))


def _run(path, capsys) -> str:
    assert main(["simulate", str(path), "--replications", "1", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo"])
def test_a_device_or_a_pipe_is_refused_at_once(tmp_path, capsys, device):
    path = tmp_path / "map.json"
    if device == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(device)
    start = time.perf_counter()
    err = _run(path, capsys)
    assert time.perf_counter() - start < 2
    assert "map.json" in err
    assert "not a project or value-stream map file" in err


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.json"
    path.write_text(_map_text() + " " * 5000)
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1024)
    assert "over 1 KB are refused" in _run(path, capsys)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace('"mean": 0.5', '"mean": NaN'), "NaN is not allowed"),
        (lambda t: t.replace('"mean": 0.5', '"mean": 1e400'), "too large"),
        (lambda t: t.replace('"Cut"', '"Cut\\ud800"'), "lone surrogate"),
        (lambda t: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (lambda t: t.encode("utf-16"), "not a UTF-8 text file"),
        (lambda t: t[:-5], "JSON error at line 1"),
    ],
    ids=["NaN", "1e400", "lone surrogate", "deep nesting", "UTF-16", "truncated"],
)
def test_json_a_project_file_would_refuse_is_refused(tmp_path, capsys, edit, message):
    path = tmp_path / "map.json"
    data = edit(_map_text())
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    assert message in _run(path, capsys)


def test_a_good_map_file_still_loads(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(_map_text(), encoding="utf-8-sig")
    maps, resolver = load_maps(path)
    assert [m.name for m in maps] == ["Line"]
    assert resolver is None
    with pytest.raises(CommandError, match="no such file"):
        load_maps(tmp_path / "missing.json")
