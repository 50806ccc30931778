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

    summary = build(args.raw, args.out, wait=args.wait)
    rows = summary.rows
    print(f"Built {args.out}: {rows['articles']} articles, {rows['paragraphs']} paragraphs, "
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
    lines = [json.dumps(m.to_dict(), ensure_ascii=False) for m in extract(raw.text)]
    sys.stdout.write("".join(line + "\n" for line in lines))


def _execute(args: argparse.Namespace) -> None:
    from .notebooks import execute

    if args.output and len(args.notebooks) != 1:
        raise AnalysisError(None, "--output goes with exactly one notebook.", "name one notebook, or drop --output.")
    for notebook in args.notebooks:
        written = execute(notebook, args.output)
        print(f"Executed {notebook} -> {written}")


def _export(args: argparse.Namespace) -> None:
    from .report import export

    for written in export(args.notebook, args.output, args.full):
        print(f"Wrote {written}")


def _index(args: argparse.Namespace) -> None:
    from .report import write_index

    print(f"Wrote {write_index(args.notebooks, args.output)}")


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m analysis``."""
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build data/processed/ from data/raw/")
    build.add_argument("--raw", type=Path, default=paths.RAW, help="raw data folder (default: %(default)s)")
    build.add_argument("--out", type=Path, default=paths.PROCESSED, help="output folder (default: %(default)s)")
    build.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                       help="if another build is writing the output folder, wait this long for it before refusing "
                            "(default: refuse at once)")
    build.set_defaults(run=_build)

    extract = commands.add_parser(
        "extract", help="print the dates, periods, amounts, percentages, quantities and entities of a text file",
        description="Read FILE as `build` does and print one JSON object per line: kind, text, start, end, value "
                    "(plus unit, granularity, type… where they apply). Offsets index the decoded text.")
    extract.add_argument("file", type=Path)
    extract.set_defaults(run=_extract)

    execute = commands.add_parser("execute", help="execute notebooks top to bottom and store them cleanly")
    execute.add_argument("notebooks", nargs="+", type=Path)
    execute.add_argument("--output", type=Path, help="write here instead of in place (one notebook only)")
    execute.set_defaults(run=_execute)

    export = commands.add_parser("export", help="export an executed notebook to HTML")
    export.add_argument("notebook", type=Path)
    export.add_argument("--output", type=Path, required=True, help="reader's report (code hidden)")
    export.add_argument("--full", type=Path, help="also write a version with the code here")
    export.set_defaults(run=_export)

    index = commands.add_parser("index", help="write the index page of the reports")
    index.add_argument("notebooks", nargs="+", type=Path, help="the executed notebooks, in order")
    index.add_argument("--output", type=Path, required=True)
    index.set_defaults(run=_index)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("default")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
