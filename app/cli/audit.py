"""`audit verify` and `audit export`: the audit trail for IT and compliance scripts."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.output import ExitCode, say


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("audit", help=(
        "check the audit trail's hash chain (verify) or write it as CSV (export)"))
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("verify", help="check every entry; exit code 8 at the first broken one")
    export = actions.add_parser("export", help="write the entries since a date as CSV")
    export.add_argument("--since", type=_date, default=datetime(1970, 1, 1),
                        help="first day, YYYY-MM-DD (UTC; default: everything)")
    export.add_argument("--out", required=True, help="the CSV file to write")
    parser.set_defaults(run=run_audit)
    return parser


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from exc


def run_audit(args) -> int:
    from app.core.audit import trail_in_force

    path = trail_in_force().path
    if not path.is_file():
        say(f"There is no audit trail at {path} yet: nothing has been recorded.")
        return ExitCode.REFUSED
    return _verify(path) if args.action == "verify" else _export(path, args)


def _verify(path: Path) -> int:
    from app.core.audit import verify_chain

    report = verify_chain(path)
    if report.intact:
        print(f"The audit trail {path} is intact: {report.entries} entries, each chained to "
              "the one before.")
        return ExitCode.OK
    print(f"The audit trail {path} is BROKEN at entry {report.broken_at} (line "
          f"{report.broken_at}): {report.why}. The {report.entries} entries before it are "
          "intact.")
    return ExitCode.POLICY


def _export(path: Path, args) -> int:
    from app.core.audit import entries_since, write_csv

    count = write_csv(entries_since(path, args.since), Path(args.out))
    say(f"Wrote {count} entries since {args.since.date()} to {args.out}. Run `audit verify` "
        "to check that the trail is intact.")
    return ExitCode.OK
