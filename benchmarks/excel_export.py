"""Excel export time against the number of OEE records (long names that share a prefix).

    PYTHONPATH=. python benchmarks/excel_export.py 400 800 1600 3000

Each record has three stops; names are 43 characters long and differ only at the end, so
every sheet name is shortened (the case that made the export quadratic before).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from score_desktop.project import OeeRecord, Project, StopEntry
from score_desktop.project.excel import export_workbook


def project(n: int) -> Project:
    stops = (
        StopEntry(10, 30, "Jam", "breakdown"),
        StopEntry(100, 3, "Sensor", "breakdown"),
        StopEntry(200, 20, "Die change", "setup_adjustment"),
    )
    return Project(
        oee_records=tuple(
            OeeRecord(
                name=f"Press line 4 - day shift - 2024-01-{i:05d}",
                machine="Press 4",
                shift_length_min=480,
                planned_breaks_min=30,
                ideal_cycle_time_s=20,
                total_count=1000,
                good_count=950,
                startup_rejects=10,
                stops=stops,
            )
            for i in range(n)
        )
    )


def main(counts: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n in counts:
            p = project(n)
            start = time.perf_counter()
            export_workbook(p, Path(folder) / f"oee{n}.xlsx")
            seconds = time.perf_counter() - start
            print(f"{n:>5} OEE records: {seconds:6.1f} s ({1000 * seconds / n:.1f} ms/record)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [400, 800, 1600, 3000])
