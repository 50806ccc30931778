"""Command line: ``python -m analysis COMMAND`` (see ``--help``).

Errors the user can fix are printed as one message naming the file and what
to do, with exit status 2; nothing is half-written. Ctrl-C prints one line and
exits with status 130.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from . import paths
from .errors import AnalysisError


def _build(args: argparse.Namespace) -> None:
    from .build import build
    from .rawdata import ManifestWarning, advice

    raw, out = paths.raw(args.raw), paths.processed(args.out)
    for sentence in advice(raw):
        warnings.warn(sentence, ManifestWarning, stacklevel=1)

    summary = build(raw, out, wait=args.wait)
    rows = summary.rows
    print(f"Built {out}: {rows['articles']} articles, {rows['paragraphs']} paragraphs, "
          f"{rows['sentences']} sentences, {summary.words} words.")
    for row in summary.first_articles.itertuples():
        print(f"  {row.article_id}: {row.n_paragraphs} paragraphs, {row.n_sentences} sentences, "
              f"{row.n_words} words ({row.encoding})")
    if rows["articles"] > len(summary.first_articles):
        print(f"  … and {rows['articles'] - len(summary.first_articles)} more (see articles.csv)")


def _extract(args: argparse.Namespace) -> None:
    import json

    from .extract import extract
    from .reading import read_text

    raw = read_text(args.file)
    lines = [json.dumps(m.to_dict(), ensure_ascii=False) for m in extract(raw.text, args.published)]
    sys.stdout.write("".join(line + "\n" for line in lines))


def _execute(args: argparse.Namespace) -> None:
    from .notebooks import execute

    if args.output and len(args.notebooks) != 1:
        raise AnalysisError(None, "--output goes with exactly one notebook.", "name one notebook, or drop --output.")
    if not args.output and not args.output_dir:  # in place: reuse what a report run executed from the same inputs
        from .publish import refresh

        def line(outcome) -> None:
            print(f"  {outcome.notebook.name:<32} {outcome.status:<10} {outcome.seconds:5.1f} s", flush=True)

        outcomes = refresh(args.notebooks, on_done=line)
        print(f"Notebooks: {sum(o.status == 'executed' for o in outcomes)} executed, "
              f"{sum(o.status == 'reused' for o in outcomes)} taken from the report run of the same inputs.")
        return
    if len(args.notebooks) == 1 and not args.output_dir:
        print(f"Executed {args.notebooks[0]} -> {execute(args.notebooks[0], args.output)}")
        return
    from .publish import in_parallel

    jobs = [(notebook, args.output_dir / notebook.name) for notebook in args.notebooks]
    in_parallel(execute, jobs)
    for notebook, written in jobs:
        print(f"Executed {notebook} -> {written}")


def _export(args: argparse.Namespace) -> None:
    from .report import export

    for written in export(args.notebook, args.output, args.full):
        print(f"Wrote {written}")


def _raw_manifest(args: argparse.Namespace) -> None:
    from .rawdata import files, write

    raw = paths.raw(args.raw)
    print(f"Recorded {len(files(raw))} files in {write(raw)}")


def _report(args: argparse.Namespace) -> None:
    import time

    from .publish import publish, publish_index

    started = time.perf_counter()
    notebooks = args.notebooks or sorted(paths.notebooks().glob("[0-9][0-9]_*.ipynb"))

    def line(outcome) -> None:
        took = f"{outcome.seconds:5.1f} s" if outcome.status == "built" else "   --  "
        print(f"  {outcome.notebook.name:<32} {outcome.status:<10} {took}", flush=True)

    reports = paths.reports(args.reports)
    outcomes = publish(notebooks, reports, jobs=args.jobs, force=args.force, on_done=line)
    index = reports / "index.html"
    wrote_index = publish_index(notebooks, index, force=args.force or any(o.status == "built" for o in outcomes))
    built = sum(o.status == "built" for o in outcomes)
    print(f"Reports: {built} of {len(outcomes)} rebuilt{', index written' if wrote_index else ''}, "
          f"{time.perf_counter() - started:.1f} s in all. Open {index}")


def _docs(args: argparse.Namespace) -> None:
    from .schemas import readme_files, write_readmes

    changed = write_readmes()
    for path in readme_files():
        print(f"{'Wrote' if path in changed else 'Up to date:'} {path}")


def _index(args: argparse.Namespace) -> None:
    from .report import write_index

    print(f"Wrote {write_index(args.notebooks, args.output)}")


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m analysis``."""
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build data/processed/ from data/raw/")
    build.add_argument("--raw", type=Path, default=None, help="raw data folder (default: data/raw)")
    build.add_argument("--out", type=Path, default=None, help="output folder (default: data/processed)")
    build.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                       help="if another build is writing the output folder, wait this long for it before refusing "
                            "(default: refuse at once)")
    build.set_defaults(run=_build)

    extract = commands.add_parser(
        "extract", help="print the dates, periods, amounts, percentages, quantities and entities of a text file",
        description="Read FILE as `build` does and print one JSON object per line: kind, text, start, end, value "
                    "(plus unit, granularity, type… where they apply). Offsets index the decoded text.")
    extract.add_argument("file", type=Path)
    extract.add_argument("--published", metavar="YYYY-MM-DD",
                         help="the article's publication date, to resolve relative dates («أمس»، «العام المقبل»)")
    extract.set_defaults(run=_extract)

    execute = commands.add_parser(
        "execute", help="execute notebooks top to bottom and store them cleanly",
        description="In place (no --output), an execution that `report` made of the same notebook, data, package and "
                    "environment is reused from build/executed/ instead of running the notebook again.")
    execute.add_argument("notebooks", nargs="+", type=Path)
    execute.add_argument("--output", type=Path, help="write here instead of in place (one notebook only)")
    execute.add_argument("--output-dir", type=Path, help="write each notebook into this folder instead of in place")
    execute.set_defaults(run=_execute)

    export = commands.add_parser("export", help="export an executed notebook to HTML")
    export.add_argument("notebook", type=Path)
    export.add_argument("--output", type=Path, required=True, help="reader's report (code hidden)")
    export.add_argument("--full", type=Path, help="also write a version with the code here")
    export.set_defaults(run=_export)

    manifest = commands.add_parser("raw-manifest", help="re-record data/raw/SHA256SUMS (after adding an article)")
    manifest.add_argument("--raw", type=Path, default=None, help="raw data folder (default: data/raw)")
    manifest.set_defaults(run=_raw_manifest)

    report = commands.add_parser(
        "report", help="execute and export every notebook whose report is out of date, in parallel; write the index",
        description="Each notebook is executed and exported to reports/NAME.html and reports/full/NAME.html by one "
                    "worker; a report is redone when its notebook, the processed data or the package changed.")
    report.add_argument("notebooks", nargs="*", type=Path, help="default: every notebooks/NN_*.ipynb")
    report.add_argument("--reports", type=Path, default=None, help="output folder (default: reports)")
    report.add_argument("--jobs", type=int, default=None, help="worker processes (default: the number of cores)")
    report.add_argument("--force", action="store_true", help="redo every report even if it is up to date")
    report.set_defaults(run=_report)

    docs = commands.add_parser("docs", help="regenerate the column tables of the READMEs from the schema registry",
                               description="Rewrite the generated part of src/analysis/data/README.md and of "
                                           "data/processed/README.md's source from analysis.schemas.")
    docs.set_defaults(run=_docs)

    index = commands.add_parser("index", help="write the index page of the reports")
    index.add_argument("notebooks", nargs="+", type=Path, help="the executed notebooks, in order")
    index.add_argument("--output", type=Path, required=True)
    index.set_defaults(run=_index)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    formatwarning = warnings.formatwarning  # catch_warnings restores the filters, not the format
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        # Python compiling a dependency's module for the first time (a fresh install keeps no bytecode) warns of its
        # regex strings' bare backslashes (pyarabic's): nothing a user can act on, and nothing about their articles.
        for category in (DeprecationWarning, SyntaxWarning):
            warnings.filterwarnings("ignore", "invalid escape sequence", category)
        warnings.formatwarning = lambda message, category, *_: f"warning: {message}\n"
        try:
            args.run(args)
        except AnalysisError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            kept = " (nothing half-written is kept in the output folder)" if args.command == "build" else ""
            print(f"\ninterrupted: `python -m analysis {args.command}` stopped before it finished{kept}.",
                  file=sys.stderr)
            return 130
        finally:
            warnings.formatwarning = formatwarning
    return 0


if __name__ == "__main__":
    sys.exit(main())
