"""Score a prediction file against the corpus gold, per language and split (dev/test).

    python bench/score_splits.py --gold-dir corpus/gold --splits corpus/splits.json --pred out/corpus.jsonl [--json]

Prints one Markdown table: lenient micro P/R/F1, strict micro F1 and lenient F1 per record type.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pressxtract.evaluate import evaluate_documents
from pressxtract.evaluate.reader import read_documents

TYPES = ("events", "results", "titles", "quotes")


def rows(gold_dir: Path, splits: dict[str, str], pred_path: Path) -> list[dict]:
    pred = read_documents(pred_path)
    out = []
    for gold_file in sorted(gold_dir.glob("*.jsonl")):
        gold = read_documents(gold_file)
        for split in ("dev", "test"):
            part = {k: v for k, v in gold.items() if splits.get(k) == split}
            if not part:
                continue
            report = evaluate_documents(part, {k: v for k, v in pred.items() if k in part}).to_dict()
            lenient, strict = report["lenient"], report["strict"]
            out.append({
                "lang": gold_file.stem, "split": split, "docs": len(part),
                "gold": lenient["micro"]["gold"], "pred": lenient["micro"]["pred"],
                "P": lenient["micro"]["precision"], "R": lenient["micro"]["recall"], "F1": lenient["micro"]["f1"],
                "strict_F1": strict["micro"]["f1"],
                **{t: lenient["by_type"][t]["f1"] for t in TYPES},
            })
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold-dir", type=Path, default=Path("corpus/gold"))
    parser.add_argument("--splits", type=Path, default=Path("corpus/splits.json"))
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    table = rows(args.gold_dir, json.loads(args.splits.read_text(encoding="utf-8")), args.pred)
    if args.json:
        print(json.dumps(table, indent=2))
        return
    head = ["lang", "split", "docs", "gold", "pred", "P", "R", "F1", "strict_F1", *TYPES]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in table:
        cells = [f"{row[h]:.3f}" if isinstance(row[h], float) else str(row[h]) for h in head]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
