"""`triage analyze PATH...`: analyse .eml files and print one report per message."""

from __future__ import annotations

import sys
from pathlib import Path

from ..analyze import AnalysisTimeout, Analyzer
from ..settings import load_settings
from ..textutil import defang


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse reported messages (.eml files or folders of them)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a .eml file or a folder (searched recursively for *.eml)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text summary (default) or JSON Lines")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.set_defaults(handler=run)


def collect_paths(paths: list[str]) -> list[Path]:
    """The .eml files named or found below the folders named, in the order given; sorted within a folder."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.eml") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(name)
    return found


def summary(report) -> str:
    """A few lines a person reads: verdict, who sent the original, what it names and where it leads."""
    lines = [f"{report.source}: {report.verdict.upper()} ({report.confidence:.0%}{', à revoir' if report.needs_review else ''})"]
    if report.reporter.address:
        lines.append(f"  signalé par : {report.reporter.address}")
    for o in report.originals:
        sender = o.sender.address or o.sender.name or "inconnu"
        lines.append(f"  original ({o.forward_style}) de {sender} : {o.subject or '(sans objet)'}")
    ind = report.indicators
    if ind.organisations:
        lines.append("  organismes : " + ", ".join(sorted({m.name for m in ind.organisations})))
    for u in ind.urls[:10]:
        flags = f" [{', '.join(u.flags)}]" if u.flags else ""
        lines.append(f"  lien : {defang(u.url)}{flags}")
    if len(ind.urls) > 10:
        lines.append(f"  … et {len(ind.urls) - 10} autres liens")
    if ind.phones:
        lines.append("  téléphones : " + ", ".join(p.e164 for p in ind.phones))
    for r in report.reasons[:5]:
        lines.append(f"  - {r.text}")
    if report.defects:
        lines.append("  anomalies : " + "; ".join(report.defects[:5]))
    return "\n".join(lines)


def run(args) -> int:
    try:
        files = collect_paths(args.paths)
    except FileNotFoundError as exc:
        print(f"triage analyze: no such file or folder: {exc.args[0]}", file=sys.stderr)
        return 2
    analyzer = Analyzer(load_settings(args.config))
    status = 0
    for path in files:
        try:
            report = analyzer.analyse(path.read_bytes(), str(path))
        except AnalysisTimeout as exc:
            print(f"triage analyze: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(report.to_json() if args.format == "json" else summary(report), flush=True)
    return status
