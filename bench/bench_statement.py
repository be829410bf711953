"""Benchmark: the production statement of 100 000 quittances (issue 3), against bare openpyxl.

Run: ``python bench/bench_statement.py [--rows 100000] [--repeat 1] [--no-memory] [--claims]``
(``--claims``: the claims-paid statement of a month of paid lines instead, issue 4).

Prints the seconds (wall clock and CPU) taken by ``write_production_statement`` (typed, styled cells, identity
check, widths, totals row), the seconds taken by bare openpyxl write-only writing the same
values with no style at all, their ratio, the file sizes, and the peak Python memory of each
(tracemalloc, measured in a second, slower pass so that it does not distort the timings).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.exports.claims_paid_statement import COLUMNS as CLAIM_COLUMNS  # noqa: E402
from desktop_app.exports.claims_paid_statement import (  # noqa: E402
    ClaimPaidRow,
    write_claims_paid_statement,
)
from desktop_app.exports.decades import decade_label, decade_of  # noqa: E402
from desktop_app.exports.production_statement import (  # noqa: E402
    COLUMNS,
    ProductionRow,
    write_production_statement,
)
from desktop_app.exports.statement import LXML_ACTIVE  # noqa: E402

ACTS = ("Affaire nouvelle", "Avenant n° 1", "Avenant n° 2", "Renouvellement", "Ristourne")


def quittances(count: int) -> Iterator[ProductionRow]:
    """Plausible quittances, generated on the fly as a database cursor would hand them over."""
    start = date(2026, 1, 1)
    for n in range(count):
        issued = start + timedelta(days=n % 365)
        net = 50_000 + (n * 7919) % 2_000_000
        fees = 5_000 if n % 3 else 20_000
        taxes = (net + fees) * (8 if n % 2 else 4) // 100
        sign = -1 if n % 17 == 0 else 1  # some refunds (ristournes)
        yield ProductionRow(
            f"MAL-2026-{n // 3:06d}",
            f"ADM-{n:07d}",
            f"Souscripteur n° {n % 5000} SARL",
            f"INT{n % 40:03d}",
            f"Cabinet de courtage {n % 40}",
            ("ASCOMA-CI", "MCI-SOGEM")[n % 2],
            ACTS[n % len(ACTS)],
            f"Q-2026-{n + 1:06d}",
            issued,
            issued,
            date(2026, 12, 31),
            sign * net,
            sign * fees,
            sign * taxes,
            sign * (net + fees + taxes),
            sign * net * 15 // 100,
            sign * net * 5 // 100,
        )


def production_ours(path: Path, count: int) -> int:
    result = write_production_statement(
        path,
        quittances(count),
        company="Assurances Lagunes CI",
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        generated_at=datetime.now(),
        generated_by="bench",
    )
    return result.rows


def production_bare(path: Path, count: int) -> int:
    """The same cell values with bare openpyxl write-only: no styles, no checks, no totals."""
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("Production")
    ws.append([column.header for column in COLUMNS])
    rows = 0
    for r in quittances(count):
        ws.append(
            (
                r.policy_number,
                r.administrator_ref,
                r.subscriber,
                r.intermediary_code,
                r.intermediary_name,
                r.administrator,
                r.act,
                r.quittance_number,
                r.issue_date,
                r.effective_date,
                r.expiry_date,
                r.net,
                r.fees,
                r.taxes,
                r.total,
                r.commission,
                r.management_fee,
            )
        )
        rows += 1
    workbook.save(path)
    return rows


def paid_lines(count: int) -> Iterator[ClaimPaidRow]:
    """A month of paid décompte lines, in payment-date order, a third under tiers payant."""
    for n in range(count):
        claimed = 5_000 + (n * 104_729) % 300_000
        cmu = claimed // 10 if n % 4 == 0 else 0
        excluded = 2_000 if n % 7 == 0 else 0
        yield ClaimPaidRow(
            date(2026, 11, 1 + n * 30 // count),
            f"OP-2026-{n // 50:05d}",
            f"S-2026-{n // 3:06d}",
            f"MAL-2026-{n % 9000:06d}",
            f"Assuré n° {n % 40000}",
            f"PS{n % 40000:08d}",
            f"Prestataire {n % 300}",
            "Pharmacie",
            date(2026, 10, 1 + n % 30),
            claimed,
            cmu,
            excluded,
            (claimed - cmu - excluded) * 8 // 10,
            f"Bénéficiaire {n % 999}",
            "Chèque",
            f"CHQ{n:08d}",
            n % 3 == 0,
        )


def claims_ours(path: Path, count: int) -> int:
    result = write_claims_paid_statement(
        path,
        paid_lines(count),
        company="Assurances Lagunes CI",
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        generated_at=datetime.now(),
        generated_by="bench",
    )
    return result.statement.rows


def claims_bare(path: Path, count: int) -> int:
    workbook = openpyxl.Workbook(write_only=True)
    sheets = {
        False: workbook.create_sheet("Hors tiers payant"),
        True: workbook.create_sheet("Tiers payant"),
    }
    for ws in sheets.values():
        ws.append([column.header for column in CLAIM_COLUMNS])
    rows = 0
    for r in paid_lines(count):
        sheets[r.direct_billing].append(
            (
                r.payment_date,
                decade_label(decade_of(r.payment_date)),
                r.payment_order_number,
                r.claim_number,
                r.policy_number,
                r.person_name,
                r.matricule,
                r.provider,
                r.category,
                r.care_date,
                r.claimed,
                r.cmu_share,
                r.excluded,
                r.reimbursed,
                r.payee,
                r.payment_mode,
                r.reference,
            )
        )
        rows += 1
    workbook.save(path)
    return rows


def timed(write: Callable[[Path, int], int], path: Path, count: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds: on a shared machine the CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    assert write(path, count) == count
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mib(write: Callable[[Path, int], int], path: Path, count: int) -> float:
    tracemalloc.start()
    write(path, count)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--claims", action="store_true", help="the claims-paid statement")
    parser.add_argument("--repeat", type=int, default=1, help="alternated runs; best kept")
    args = parser.parse_args()
    ours, bare = (claims_ours, claims_bare) if args.claims else (production_ours, production_bare)
    what = "paid claim lines" if args.claims else "quittances"
    print(
        f"openpyxl {openpyxl.__version__}, lxml {'on' if LXML_ACTIVE else 'OFF'}, "
        f"{args.rows} {what} × {len(COLUMNS)} columns"
    )
    with tempfile.TemporaryDirectory() as folder:
        mine, plain = Path(folder) / "production.xlsx", Path(folder) / "bare.xlsx"
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
        for _ in range(args.repeat):  # alternated, so that a busy spell hits both alike
            runs["bare"].append(timed(bare, plain, args.rows))
            runs["ours"].append(timed(ours, mine, args.rows))
        w_bare, w_ours = (min(w for w, _ in runs[k]) for k in ("bare", "ours"))
        c_bare, c_ours = (min(c for _, c in runs[k]) for k in ("bare", "ours"))
        print(
            f"bare openpyxl write-only : {w_bare:6.1f} s wall, {c_bare:6.1f} s CPU "
            f"({args.rows / c_bare:,.0f} rows/s CPU), {plain.stat().st_size / 2**20:.1f} MiB"
        )
        print(
            f"our statement            : {w_ours:6.1f} s wall, {c_ours:6.1f} s CPU "
            f"({args.rows / c_ours:,.0f} rows/s CPU), {mine.stat().st_size / 2**20:.1f} MiB"
        )
        print(
            f"ratio statement / bare   : {w_ours / w_bare:6.2f} wall, {c_ours / c_bare:6.2f} CPU"
            f"  (best of {args.repeat})"
        )
        if not args.no_memory:
            print(
                f"peak Python memory (tracemalloc): statement {peak_mib(ours, mine, args.rows):.1f} MiB, "
                f"bare {peak_mib(bare, plain, args.rows):.1f} MiB"
            )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak RSS (whole run): {rss:.0f} MiB")


if __name__ == "__main__":
    main()
