"""The ``pressxtract`` command: thin wrappers over the library."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time

from . import __version__
from .errors import PressxtractError, UsageError

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressxtract",
        description="Extract events, results, titles and quotes from motorsport press releases "
        "into JSON Lines, and score extractions against a gold set.",
    )
    parser.add_argument("--version", action="version", version=f"pressxtract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract records from text files into JSONL",
        description="Find documents (recursively under folders, or files given directly), extract their "
        "records and write exactly one JSON line per document, in doc_id order; a document that cannot be "
        "processed gets a line with its error. Lines go to OUT.partial as they are made; OUT appears, "
        "complete, only when the run ends. A killed run continues with --resume. Exit status: 0 all "
        "documents processed, 1 some documents carry an error (their lines are still written), 2 usage "
        "error, 130 interrupted.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="folders to search and/or files to read")
    ex.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="output file, or - for stdout")
    ex.add_argument("--glob", default="*.txt", help="file name pattern inside folders (default: *.txt)")
    ex.add_argument("--lang", default=None, help="force the language (ISO 639-1) instead of detecting it")
    ex.add_argument("--kb", action="append", default=[], metavar="FILE",
                    help="extra knowledge-base JSONL file or folder (repeatable; format in models/kb/README.md)")
    ex.add_argument("--workers", type=int, default=1, help="local worker processes (default: 1)")
    ex.add_argument("--resume", action="store_true",
                    help="continue a killed run: keep the complete lines of OUT.partial, extract the rest "
                    "(same inputs and options; the result is the file an uninterrupted run writes)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine, --workers processes (default); dask: a dask.distributed cluster")
    ex.add_argument("--scheduler", metavar="ADDRESS", default=None,
                    help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786 (workers must "
                    "see the input paths and have pressxtract installed)")
    ex.add_argument("--max-bytes", type=int, default=None, metavar="N",
                    help="files larger than N bytes get an error line instead of being read (default: 20 MB)")
    ex.add_argument("--max-chars", type=int, default=None, metavar="N",
                    help="documents longer than N characters get an error line (default: 1,000,000, "
                    "spaCy's own limit)")
    ex.add_argument("--max-punct-run", type=int, default=None, metavar="N",
                    help="documents with more than N punctuation/symbol characters in a row (no letter, digit "
                    "or space between) get an error line: tokenizing such a run takes quadratic time "
                    "(default: 500)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    ev = sub.add_parser(
        "evaluate",
        help="score predictions against gold (SPEC §4)",
        description="Pair gold and predicted records document by document and report precision, recall "
        "and F1 per record type and micro-averaged, lenient and strict, with per-field accuracy.",
    )
    ev.add_argument("--gold", required=True, help="gold JSONL")
    ev.add_argument("--pred", required=True, help="predicted JSONL")
    ev.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ev.add_argument("--errors", action="store_true", help="also list every false positive and false negative")

    sub.add_parser("schema", help="print the JSON Schema of an output line",
                   description="Print the JSON Schema of one output line (a document).")
    return parser


class _Progress:
    """A progress bar on stderr: done/total, docs/s, ETA."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate else 0.0
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "·" * (width - filled)
        self.stream.write(f"\r{bar} {done}/{total} docs  {rate:6.1f} docs/s  ETA {eta:5.1f}s")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _newline(progress_shown: bool) -> str:
    """A message after an interrupted progress bar starts on a line of its own."""
    return "\n" if progress_shown else ""


def _extract(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .errors import EngineError, Errors
    from .extract import ExtractOptions
    from .io import (
        DEFAULT_MAX_BYTES,
        DEFAULT_MAX_CHARS,
        DEFAULT_MAX_PUNCT_RUN,
        find_sources,
        partial_path,
    )
    from .langdata import supported_languages

    if args.lang and args.lang not in supported_languages():
        raise UsageError(f"--lang {args.lang}: supported languages are {', '.join(supported_languages())}")
    limits = {}
    for name, value, default in (("max_bytes", args.max_bytes, DEFAULT_MAX_BYTES),
                                 ("max_chars", args.max_chars, DEFAULT_MAX_CHARS),
                                 ("max_punct_run", args.max_punct_run, DEFAULT_MAX_PUNCT_RUN)):
        if value is not None and value < 1:
            raise UsageError(Errors.E029.format(option="--" + name.replace("_", "-"), what="must be at least 1"))
        limits[name] = default if value is None else value
    options = ExtractOptions(lang=args.lang, kb_paths=tuple(args.kb), **limits)
    to_stdout = args.output == "-"
    sources = find_sources(args.paths, glob=args.glob)
    show = sys.stderr.isatty() and not args.no_progress
    kept = "" if to_stdout else f"; the lines written so far are in {partial_path(args.output)}: continue with --resume"
    # JSON Lines are UTF-8 whatever the terminal's locale
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True) \
        if to_stdout and hasattr(sys.stdout, "buffer") else sys.stdout
    try:
        summary = run_batch(sources, stdout if to_stdout else args.output, options, workers=args.workers,
                            engine=args.engine, scheduler=args.scheduler, resume=args.resume,
                            progress=_Progress() if show else None)
    except KeyboardInterrupt:
        print(f"{_newline(show)}pressxtract: interrupted{kept}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `-o - | head`: the reader is gone; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (EngineError, OSError) as e:  # a cluster lost, a disk full: what was written is kept
        print(f"{_newline(show)}pressxtract: error: {e}{kept}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if stdout is not sys.stdout:
            try:
                stdout.detach()  # leave sys.stdout's buffer open
            except OSError:
                pass
    if summary.resumed:
        print(f"pressxtract: resumed: kept {summary.resumed} lines of {partial_path(args.output)}, extracted "
              f"{summary.total - summary.resumed} more documents", file=sys.stderr)
    if summary.errors:
        print(f"pressxtract: {summary.errors} of {summary.total} documents have errors", file=sys.stderr)
        return EXIT_DOC_ERRORS
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_errors, format_table

    report = evaluate(args.gold, args.pred)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print(format_table(report))
        if args.errors:
            print(format_errors(report))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    print(json_schema())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    handler = {"extract": _extract, "evaluate": _evaluate, "schema": _schema}[args.command]
    try:
        return handler(args)
    except (UsageError, OSError) as e:
        print(f"pressxtract: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except PressxtractError as e:
        print(f"pressxtract: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("pressxtract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
