"""The `triage` command. One module per group of subcommands, each mirroring a library stage.

Each module has `register(subparsers)`, which adds its subcommands and sets `handler`
(a function taking the parsed arguments and returning the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..settings import SettingsError

# analyze: analyze; model: train, evaluate; worker: run, worker, status;
# digest: digest, export, campaigns; review: serve, user
COMMAND_MODULES = ("analyze", "model", "worker", "digest", "review")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage",
        description="Triage des signalements transmis au conseil départemental de l'Ordre des médecins.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug events")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.handler(args) or 0
    except SettingsError as exc:
        print(f"triage: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
