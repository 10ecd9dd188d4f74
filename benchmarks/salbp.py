"""Benchmark of the exact line-balancing search on Scholl (1993) and Otto et al. (2013) data.

Reads ../shared/data/salbp in place (never copied) and prints a markdown table: instances,
proven optimal, matches with the reference optimum, total / median / max seconds, and the
command line. Not part of the test suite.

    python benchmarks/salbp.py --set scholl1 --time-limit 10
    python benchmarks/salbp.py --set otto50 --limit 100 --cpsat
"""

from __future__ import annotations

import argparse
import csv
import shlex
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kernel_compile import warm_up  # noqa: E402  (benchmarks/ is on sys.path)

from score_desktop.tools.line_balancing.exact import solve_salbp1, solve_salbp2  # noqa: E402
from score_desktop.tools.line_balancing.feasibility import balance_violations  # noqa: E402
from score_desktop.tools.line_balancing.instance import Instance  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "salbp"
OTTO_DIRS = {"otto20": "small", "otto50": "medium", "otto100": "large"}


def read_in2(path: Path) -> tuple[list[int], list[list[int]]]:
    """Scholl .IN2: n, n times, 'i,j' arcs (1-based) up to '-1,-1'; Latin-1, CRLF, comments."""
    lines = [ln.strip() for ln in path.read_bytes().decode("latin-1").splitlines()]
    lines = [ln for ln in lines if ln]
    n = int(lines[0])
    times = [int(x) for x in lines[1 : n + 1]]
    preds: list[list[int]] = [[] for _ in range(n)]
    for ln in lines[n + 1 :]:
        a, b = (int(x) for x in ln.split(","))
        if a == -1:
            break
        preds[b - 1].append(a - 1)
    return times, preds


def read_alb(path: Path) -> tuple[list[int], list[list[int]], int]:
    """Otto .alb: sections <number of tasks>, <cycle time>, <task times>, <precedence relations>."""
    section = ""
    n = c = 0
    times: dict[int, int] = {}
    arcs: list[tuple[int, int]] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        ln = raw.strip()
        if not ln:
            continue
        if ln.startswith("<"):
            section = ln
            continue
        if section == "<number of tasks>":
            n = int(ln)
        elif section == "<cycle time>":
            c = int(ln)
        elif section == "<task times>":
            k, t = ln.split()
            times[int(k)] = int(t)
        elif section == "<precedence relations>":
            a, b = ln.split(",")
            arcs.append((int(a), int(b)))
    preds: list[list[int]] = [[] for _ in range(n)]
    for a, b in arcs:
        preds[b - 1].append(a - 1)
    return [times[k] for k in range(1, n + 1)], preds, c


@dataclass
class Case:
    name: str
    instance: Instance
    reference: int | None  # optimum (stations or cycle time) when known
    reference_text: str


def load_cases(which: str) -> list[Case]:
    cases: list[Case] = []
    if which in ("scholl1", "scholl2"):
        folder = DATA / "scholl"
        graphs: dict[str, tuple[list[int], list[list[int]]]] = {}
        table = "salbp1_optima.csv" if which == "scholl1" else "salbp2_optima.csv"
        with open(folder / table, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                f = row["file"]
                if f not in graphs:
                    graphs[f] = read_in2(folder / f)
                times, preds = graphs[f]
                base = dict(times=tuple(times), predecessors=tuple(tuple(p) for p in preds))
                if which == "scholl1":
                    inst = Instance(**base, cycle_time=int(row["c"]))
                    ref = int(row["m_opt_bbr"])
                    cases.append(Case(f"{row['graph']} c={row['c']}", inst, ref, str(ref)))
                else:
                    inst = Instance(**base, station_count=int(row["m"]))
                    ref = int(row["c_opt"]) if row["c_opt"] else None
                    text = row["c_opt"] or f"[{row['c_lb']},{row['c_ub']}]"
                    cases.append(Case(f"{row['graph']} m={row['m']}", inst, ref, text))
    else:
        folder = DATA / "otto2013"
        sub = OTTO_DIRS[which]
        with open(folder / "otto2013_salbp1_reference.csv", newline="", encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if r["size_class"] == sub]
        rows.sort(key=lambda r: int(r["file"].split("_")[-1].split(".")[0]))
        for row in rows:
            times, preds, c = read_alb(folder / sub / row["file"])
            inst = Instance(tuple(times), tuple(tuple(p) for p in preds), cycle_time=c)
            ref_s = row["m_opt_bbr"] or row["m_opt"]
            ref = int(ref_s) if ref_s else None
            text = ref_s or f"[{row['m_lb']},{row['m_ub']}]"
            cases.append(Case(row["file"], inst, ref, text))
    return cases


def cpsat_salbp1(inst: Instance, upper: int, time_limit: float) -> tuple[int | None, bool, float]:
    """A plain CP-SAT model: x[j,k] task j in station k, y[k] station k used."""
    from ortools.sat.python import cp_model

    assert inst.cycle_time is not None
    n, m = inst.n, upper
    model = cp_model.CpModel()
    x = [[model.NewBoolVar(f"x{j}_{k}") for k in range(m)] for j in range(n)]
    y = [model.NewBoolVar(f"y{k}") for k in range(m)]
    station = [model.NewIntVar(0, m - 1, f"s{j}") for j in range(n)]
    for j in range(n):
        model.AddExactlyOne(x[j])
        model.Add(station[j] == sum(k * x[j][k] for k in range(m)))
        for k in range(m):
            model.AddImplication(x[j][k], y[k])
    for j, preds in enumerate(inst.predecessors):
        for i in preds:
            model.Add(station[i] <= station[j])
    for k in range(m):
        model.Add(sum(inst.times[j] * x[j][k] for j in range(n)) <= inst.cycle_time)
        if k + 1 < m:
            model.AddImplication(y[k + 1], y[k])
    model.Minimize(sum(y))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_search_workers = 1
    start = time.perf_counter()
    status = solver.Solve(model)
    seconds = time.perf_counter() - start
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return round(solver.ObjectiveValue()), status == cp_model.OPTIMAL, seconds
    return None, False, seconds


def summary(label: str, rows: list[tuple[bool, bool, float]]) -> str:
    secs = [r[2] for r in rows]
    return (
        f"| {label} | {len(rows)} | {sum(r[0] for r in rows)} | {sum(r[1] for r in rows)} | "
        f"{sum(secs):.1f} | {statistics.median(secs) if secs else 0:.2f} | "
        f"{max(secs, default=0):.2f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["scholl1", "scholl2", *OTTO_DIRS], default="scholl1")
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--limit", type=int, default=None, help="first N instances only")
    parser.add_argument("--cpsat", action="store_true", help="also run a CP-SAT model (SALBP-1)")
    parser.add_argument("--csv", type=Path, default=None, help="write per-instance results here")
    args = parser.parse_args(argv)
    cases = load_cases(args.set)[: args.limit]
    ready = warm_up()
    print(f"compiled search ready in {ready:.1f} s (not in the times below)", file=sys.stderr)
    ours: list[tuple[bool, bool, float]] = []
    theirs: list[tuple[bool, bool, float]] = []
    detail = []
    for case in cases:
        if args.set == "scholl2":
            res = solve_salbp2(case.instance, time_limit=args.time_limit)
            value = res.cycle_time
            cycle = value
        else:
            res = solve_salbp1(case.instance, time_limit=args.time_limit)
            value = res.station_count
            cycle = case.instance.cycle_time
        bad = balance_violations(case.instance, res.stations, cycle_time=cycle)
        if bad:
            print(f"INVALID BALANCE {case.name}: {bad[0].message}", file=sys.stderr)
        match = case.reference is not None and value == case.reference and not bad
        proven = res.proven_optimal and not bad
        ours.append((proven, match, res.seconds))
        line = [case.name, str(value), case.reference_text, res.status, f"{res.seconds:.2f}"]
        if args.cpsat and args.set != "scholl2":
            cp_value, cp_proven, cp_secs = cpsat_salbp1(
                case.instance, max(value, 1), args.time_limit
            )
            cp_match = cp_value is not None and cp_value == case.reference
            theirs.append((cp_proven, cp_match, cp_secs))
            line += [str(cp_value), "optimal" if cp_proven else "-", f"{cp_secs:.2f}"]
        detail.append(line)
        print(" ".join(line), file=sys.stderr, flush=True)
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            head = ["instance", "value", "reference", "status", "seconds"]
            if theirs:
                head += ["cpsat_value", "cpsat_status", "cpsat_seconds"]
            writer.writerow(head)
            writer.writerows(detail)
    command = "python benchmarks/salbp.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    print(f"Command: `{command}`\n")
    print(
        "| solver | instances | proven optimal | matches reference | total s | median s | max s |"
    )
    print("|---|---|---|---|---|---|---|")
    print(summary(f"SCORE exact ({args.set})", ours))
    if theirs:
        print(summary(f"CP-SAT plain model ({args.set})", theirs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
