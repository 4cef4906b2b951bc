"""Throughput and memory of ``pressxtract extract`` on 1x, 10x, 100x the bundled corpus.

For every scale the corpus (``corpus/**/*.txt``) is copied that many times into a temporary
folder; the real command then runs in a subprocess with ``--workers 1`` and ``2``. Reported per run:
documents/s and words/s (wall clock, with and without the start-up cost of loading the pipeline),
the peak RSS of the largest process (``getrusage(RUSAGE_CHILDREN)`` of a measuring wrapper that
waits for the command, which waits for its workers), the peak RSS of the whole process tree
(sampled every 50 ms with psutil, when installed), and the cost relative to spaCy's bare
``spacy.blank(lang)`` tokenizer on the same texts. Memory must not grow with the scale: the run
streams documents and lines.

Usage::

    .venv/bin/python bench/bench_throughput.py                      # scales 1,10,100, workers 1,2
    .venv/bin/python bench/bench_throughput.py --scales 1,10 --workers 2
    .venv/bin/python bench/bench_throughput.py --profile            # cProfile of the 1x corpus, no table
    .venv/bin/python bench/bench_throughput.py --steps              # CPU ms and Python calls per document and
                                                                     # step (language, tokenizer, each component,
                                                                     # records and line)
    .venv/bin/python bench/bench_throughput.py --overhead           # batch/io alone: extraction replaced
                                                                     # by reading and decoding
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if p.is_file())


def build_scaled(files: list[Path], corpus: Path, scale: int, into: Path) -> Path:
    """``scale`` copies of the corpus under ``into/copyNNN/…`` (same texts, distinct doc_ids)."""
    folder = into / f"x{scale}"
    for k in range(scale):
        for f in files:
            target = folder / f"copy{k:03d}" / f.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
    return folder


def measure(command: list[str]) -> dict:
    """Run ``command`` in a measuring wrapper process; its children's rusage is the command's alone."""
    wrapper = [sys.executable, str(Path(__file__).resolve()), "--measure", "--", *command]
    done = subprocess.run(wrapper, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure_main(command: list[str]) -> None:
    try:
        import psutil
    except ImportError:  # pragma: no cover
        psutil = None
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = 0
    if psutil is not None:
        parent = psutil.Process(child.pid)
        while child.poll() is None:
            try:
                procs = [parent, *parent.children(recursive=True)]
                tree_peak = max(tree_peak, sum(p.memory_info().rss for p in procs))
            except psutil.Error:
                pass
            time.sleep(0.05)
    stderr = child.communicate()[1]
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    print(json.dumps({"wall": wall, "returncode": child.returncode, "stderr": stderr.decode()[-2000:],
                      "max_rss_mb": usage.ru_maxrss * rss_unit / 2**20,
                      "tree_peak_mb": tree_peak / 2**20 if psutil else None,
                      "cpu": usage.ru_utime + usage.ru_stime}))


def tokenizer_seconds(texts: list[str], repeat: int = 3) -> float:
    """Seconds spaCy's bare ``spacy.blank(lang)`` tokenizer needs for ``texts`` (best of ``repeat``)."""
    import spacy

    from pressxtract.langdetect import detect_language

    langs = [detect_language(t) or "xx" for t in texts]
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in set(langs)}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for lang, text in zip(langs, texts):
            tokenizers[lang](text)
        best = min(best, time.perf_counter() - start)
    return best


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_parallelism(n: int = 20_000_000) -> float:
    """How many cores two busy processes really get now (2.0 on an idle 2-core machine; less when
    neighbours on a shared host take CPU): the speed-up of running two busy loops at once."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        two = time.perf_counter() - start
    return 2 * one / two


def extract_command(folder: Path, out: Path, workers: int, lang: str | None) -> list[str]:
    command = [sys.executable, "-m", "pressxtract.cli", "extract", str(folder), "-o", str(out),
               "--workers", str(workers), "--no-progress"]
    return command + (["--lang", lang] if lang else [])


def run_table(args: argparse.Namespace) -> None:
    files = corpus_files(args.corpus)
    if not files:
        sys.exit(f"no *.txt under {args.corpus}")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    words = sum(len(t.split()) for t in texts)
    tok = tokenizer_seconds(texts)
    parallel_before = cpu_parallelism()
    rows = []
    with tempfile.TemporaryDirectory(prefix="pressxtract-bench-") as tmp:
        tmp = Path(tmp)
        one = tmp / "one"
        one.mkdir()
        shutil.copyfile(files[0], one / files[0].name)
        startup = {w: measure(extract_command(one, tmp / "one.jsonl", w, args.lang))["wall"] for w in args.workers}
        for scale in args.scales:
            folder = build_scaled(files, args.corpus, scale, tmp)
            docs = len(files) * scale
            for workers in args.workers:
                result = measure(extract_command(folder, tmp / f"x{scale}-w{workers}.jsonl", workers, args.lang))
                if result["returncode"] not in (0, 1):
                    sys.exit(f"extraction failed ({result['returncode']}): {result['stderr']}")
                wall = result["wall"]
                steady = max(wall - startup[workers], 1e-9)
                rows.append({
                    "scale": f"{scale}x", "docs": docs, "words": words * scale, "workers": workers,
                    "wall_s": wall, "docs_s": docs / wall, "words_s": words * scale / wall,
                    "steady_docs_s": docs / steady, "max_rss_mb": result["max_rss_mb"],
                    "tree_peak_mb": result["tree_peak_mb"], "x_tokenizer": steady / (tok * scale),
                })
                print(f"# {scale}x workers={workers}: {docs / wall:.1f} docs/s", file=sys.stderr, flush=True)
            shutil.rmtree(folder)
    parallel_after = cpu_parallelism()
    startups = ", ".join(f"{startup[w]:.1f} s with --workers {w}" for w in args.workers)
    print(f"Corpus: {len(files)} documents, {words} words ({words / len(files):.0f} words/document) "
          f"from {args.corpus}; start-up (one document) {startups}; "
          f"spaCy blank tokenizer on the corpus: {tok * 1000:.0f} ms ({words / tok:,.0f} words/s); "
          f"CPU parallelism available (two busy loops): {parallel_before:.2f}x before, {parallel_after:.2f}x after.\n")
    print("| scale | docs | words | workers | wall s | docs/s | words/s | docs/s after start-up "
          "| max RSS of a process MB | peak RSS of the tree MB | × blank tokenizer |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        tree = f"{r['tree_peak_mb']:.0f}" if r["tree_peak_mb"] is not None else "n/a"
        print(f"| {r['scale']} | {r['docs']} | {r['words']:,} | {r['workers']} | {r['wall_s']:.1f} | "
              f"{r['docs_s']:.1f} | {r['words_s']:,.0f} | {r['steady_docs_s']:.1f} | {r['max_rss_mb']:.0f} | "
              f"{tree} | {r['x_tokenizer']:.0f} |")


def run_profile(args: argparse.Namespace) -> None:
    """cProfile of extracting and serialising the 1x corpus in this process (pipelines built first)."""
    from pressxtract.engines import extract_lines
    from pressxtract.extract import ExtractOptions
    from pressxtract.io import find_sources

    sources = find_sources([args.corpus])
    options = ExtractOptions(lang=args.lang)
    extract_lines(sources, options)  # build every language's pipeline outside the profile
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    extract_lines(sources, options)
    profile.disable()
    wall = time.perf_counter() - start
    print(f"{len(sources)} documents in {wall:.2f} s ({len(sources) / wall:.1f} docs/s under the profiler)\n")
    stream = io.StringIO()
    stats = pstats.Stats(profile, stream=stream)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    print(stream.getvalue())
    by_file: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        by_file[_area(filename)] = by_file.get(_area(filename), 0.0) + tottime
    total = sum(by_file.values())
    print("Own time by area:")
    for area, seconds in sorted(by_file.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {seconds:7.2f} s  {100 * seconds / total:5.1f} %  {area}")


STEPS = ("langdetect", "tokenizer", "px_sentences", "px_entities", "px_temporal", "px_quotes", "px_results",
         "px_titles", "px_events", "records")


def run_steps(args: argparse.Namespace) -> None:
    """CPU ms and Python calls per document of each step of ``extract_text`` and its line, in this process with warm
    caches and the garbage collector set as for a long run of the local engine (``gc``: the collections, wherever
    they fell): the ms the least of ``--repeat`` runs of the corpus (each step's sum over the documents), the calls
    counted by cProfile in one more run."""
    import gc

    from pressxtract.engines import local
    from pressxtract.io import dumps_line, find_sources, read_source
    from pressxtract.langdetect import detect_language
    from pressxtract.pipeline import get_pipeline
    from pressxtract.records import doc_to_records
    from pressxtract.schema import Document, to_json_dict

    texts = [read_source(s)[0] for s in find_sources([args.corpus])]

    def records(doc, lang: str) -> str:
        found, problems = doc_to_records(doc)
        doc.user_data.clear()
        return dumps_line(to_json_dict(Document(doc_id="doc", lang=lang, warnings=problems, **found)))

    def extract(text: str, step) -> None:
        lang = args.lang or step("langdetect", detect_language, text)
        nlp = get_pipeline(lang)
        doc = step("tokenizer", nlp.make_doc, text)
        for name, component in nlp.pipeline:
            doc = step(name, component, doc)
        step("records", records, doc, lang)

    collecting = [0, 0]  # ns spent collecting so far, start of the collection under way

    def on_collection(phase: str, _info: dict) -> None:
        if phase == "start":
            collecting[1] = time.process_time_ns()
        else:
            collecting[0] += time.process_time_ns() - collecting[1]

    def timed(totals: dict[str, int]):
        def step(name: str, fn, *fn_args):
            start, collected = time.process_time_ns(), collecting[0]
            out = fn(*fn_args)
            spent = collecting[0] - collected
            totals[name] = totals.get(name, 0) + time.process_time_ns() - start - spent
            totals["gc"] = totals.get("gc", 0) + spent
            return out
        return step

    def profiled(profiles: dict[str, cProfile.Profile]):
        def step(name: str, fn, *fn_args):
            profile = profiles.setdefault(name, cProfile.Profile())
            profile.enable()
            out = fn(*fn_args)
            profile.disable()
            return out
        return step

    for text in texts:  # pipelines built, memos warm
        extract(text, timed({}))
    gc.collect()
    gc.freeze()  # as the local engine does once the pipelines are built
    thresholds = gc.get_threshold()
    gc.set_threshold(getattr(local, "YOUNG_LIMIT", thresholds[0]), *thresholds[1:])
    gc.callbacks.append(on_collection)
    best: dict[str, int] = {}
    for _ in range(args.repeat):
        totals: dict[str, int] = {}
        for text in texts:
            extract(text, timed(totals))
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}
    gc.callbacks.remove(on_collection)
    gc.set_threshold(*thresholds)
    profiles: dict[str, cProfile.Profile] = {}
    for text in texts:
        extract(text, profiled(profiles))
    n = len(texts)
    print(f"{n} documents, CPU ms per document: the least of {args.repeat} runs\n")
    print("| step | ms/doc | calls/doc |\n|---|---:|---:|")
    for name in [s for s in STEPS if s in best]:
        print(f"| {name} | {best[name] / 1e6 / n:.2f} | {pstats.Stats(profiles[name]).total_calls / n:,.0f} |")
    print(f"| gc | {best['gc'] / 1e6 / n:.2f} | |")
    calls = sum(pstats.Stats(p).total_calls for p in profiles.values())
    print(f"| all | {sum(best.values()) / 1e6 / n:.2f} | {calls / n:,.0f} |")


def run_overhead(args: argparse.Namespace) -> None:
    """The ceiling of the batch layer: discovery, reading, decoding, ordering, IPC, serialising and
    writing, with the spaCy pipeline replaced by an empty document (worker processes are forked, so
    they inherit the replacement)."""
    from pressxtract.batch import run_batch
    from pressxtract.engines import base
    from pressxtract.errors import DocumentError
    from pressxtract.extract import ExtractOptions
    from pressxtract.io import find_sources, read_source
    from pressxtract.schema import DocError, Document

    def read_only(source, options):
        try:
            _, warnings = read_source(source, max_bytes=options.max_bytes)
        except DocumentError as e:
            return Document(doc_id=source.doc_id, path=str(source.path), error=DocError(kind=e.kind, message=str(e)))
        return Document(doc_id=source.doc_id, path=str(source.path), warnings=warnings)

    base.extract_source = read_only
    files = corpus_files(args.corpus)
    print("| scale | docs | workers | wall s | docs/s (batch layer only) |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="pressxtract-overhead-") as tmp:
        for scale in args.scales:
            folder = build_scaled(files, args.corpus, scale, Path(tmp))
            for workers in args.workers:
                start = time.perf_counter()
                sources = find_sources([folder])
                run_batch(sources, Path(tmp) / "out.jsonl", ExtractOptions(lang=args.lang), workers=workers)
                wall = time.perf_counter() - start
                rate = len(sources) / wall
                print(f"| {scale}x | {len(sources)} | {workers} | {wall:.2f} | {rate:,.0f} |", flush=True)
            shutil.rmtree(folder)


def _area(filename: str) -> str:
    marker = f"src{os.sep}pressxtract{os.sep}"
    if marker in filename:
        return "pressxtract/" + filename.split(marker, 1)[1]
    if "spacy" in filename:
        return "spacy (" + Path(filename).name + ")"
    if "pydantic" in filename:
        return "pydantic"
    return Path(filename).name


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        _measure_main(sys.argv[sys.argv.index("--") + 1 :])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--scales", default="1,10,100", help="comma-separated copies of the corpus")
    parser.add_argument("--workers", default="1,2", help="comma-separated --workers values")
    parser.add_argument("--lang", default=None, help="force a language instead of detecting it")
    parser.add_argument("--profile", action="store_true", help="profile the 1x corpus in-process instead")
    parser.add_argument("--overhead", action="store_true", help="time the batch layer alone instead")
    parser.add_argument("--steps", action="store_true", help="CPU ms and calls per document and step instead")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the corpus for --steps (the least counts)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    args.scales = [int(s) for s in args.scales.split(",")]
    args.workers = [int(w) for w in args.workers.split(",")]
    if args.profile:
        run_profile(args)
    elif args.overhead:
        run_overhead(args)
    elif args.steps:
        run_steps(args)
    else:
        run_table(args)


if __name__ == "__main__":
    main()
