"""Parity of parallel releases: the same release in two or three languages should give the same records.

    .venv/bin/python bench/parity.py [--corpus corpus] [--raw] [--json]

For every group of ``corpus/parallel.json`` each language version is extracted (language detected, not forced)
and scored against the group's first version with ``pressxtract.evaluate.evaluate_documents`` (document ids
renamed so they pair up): the first version plays gold, the other the prediction. Prints one Markdown table —
group, languages, lenient micro F1 per pair — and the pooled micro F1 over all pairs.

Values are language-independent by the contract except two kinds of text, which are made comparable first
(``--raw`` skips this and scores the records as extracted):
- names as written in the document's language ("24 Stunden von Le Mans", "24 Heures du Mans") are replaced by
  the knowledge base's canonical name when they are one of its surface forms (an event's by its venue's name);
- a quote's words are a translation, never the same tokens: quotes are compared by speaker (their text is
  emptied on both sides; kind and role stay).
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations
from pathlib import Path

from pressxtract.evaluate import evaluate_documents
from pressxtract.extract import extract_text
from pressxtract.kb import load_default
from pressxtract.schema import Document

ROOT = Path(__file__).resolve().parents[1]
NAME_FIELDS = {
    "events": ("name", "venue"),
    "results": ("event", "team", "manufacturer", "car"),
    "titles": ("team", "manufacturer", "car"),
    "quotes": (),
}


def canonical_names() -> dict[str, str]:
    """Every KB surface form → the entity's canonical name; an event's forms → its venue's name, so that a
    meeting named by its event in one language ("24 Heures du Mans") and by its place in another ("Le Mans")
    compares equal."""
    kb = load_default()
    forms: dict[str, str] = {}
    for entry in kb:
        venue = kb.link(entry.id, "venue") if entry.label == "EVENT" else None
        for form in entry.forms:
            forms.setdefault(form, venue.name if venue is not None else entry.name)
    return forms


def comparable(document: Document, forms: dict[str, str]) -> Document:
    """``document`` with names mapped to canonical KB names and quote texts emptied."""
    data = document.model_dump(by_alias=True)
    for field, names in NAME_FIELDS.items():
        for record in data[field]:
            for name in names:
                if record.get(name) in forms:
                    record[name] = forms[record[name]]
            if "drivers" in record:
                record["drivers"] = [forms.get(d, d) for d in record["drivers"]]
            if field == "quotes":
                record["text"] = ""
                if record.get("speaker") in forms:
                    record["speaker"] = forms[record["speaker"]]
    return Document.model_validate(data)


def extract_groups(corpus: Path, groups: list[list[str]]) -> dict[str, Document]:
    """Every document of every group, extracted once, by ``doc_id``."""
    out = {}
    for doc_id in sorted({d for group in groups for d in group}):
        path = corpus / f"{doc_id}.txt"
        out[doc_id] = extract_text(path.read_text(encoding="utf-8"), doc_id=doc_id, path=str(path))
    return out


def parity(corpus: Path = ROOT / "corpus", *, raw: bool = False, documents: dict[str, Document] | None = None) -> dict:
    """Lenient micro F1 of each pair (first version of a group as gold) and pooled over all pairs."""
    groups = json.loads((corpus / "parallel.json").read_text(encoding="utf-8"))
    documents = documents if documents is not None else extract_groups(corpus, groups)
    forms = canonical_names()

    def prepared(doc_id: str, key: str) -> Document:
        document = documents[doc_id].model_copy(update={"doc_id": key})
        return document if raw else comparable(document, forms)

    rows, pooled_gold, pooled_pred = [], {}, {}
    for group in groups:
        name = group[0].split("/", 1)[1]
        for gold_id, pred_id in combinations(group, 2):
            key = f"{name}:{gold_id.split('/')[0]}-{pred_id.split('/')[0]}"
            gold, pred = {key: prepared(gold_id, key)}, {key: prepared(pred_id, key)}
            report = evaluate_documents(gold, pred).to_dict()["lenient"]
            rows.append({"group": name, "gold": gold_id, "pred": pred_id, "f1": report["micro"]["f1"],
                         "gold_records": report["micro"]["gold"], "pred_records": report["micro"]["pred"],
                         **{t: report["by_type"][t]["f1"] for t in NAME_FIELDS}})
            pooled_gold.update(gold)
            pooled_pred.update(pred)
    pooled = evaluate_documents(pooled_gold, pooled_pred).to_dict()["lenient"]
    return {"pairs": rows, "micro_f1": pooled["micro"]["f1"],
            "by_type": {t: pooled["by_type"][t]["f1"] for t in NAME_FIELDS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--raw", action="store_true", help="score the records as extracted (no name or quote mapping)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    table = parity(args.corpus, raw=args.raw)
    if args.json:
        print(json.dumps(table, indent=2))
        return
    print("| group | languages | records (gold/pred) | lenient F1 | events | results | titles | quotes |")
    print("|---|---|---|---|---|---|---|---|")
    for row in table["pairs"]:
        langs = f"{row['gold'].split('/')[0]}→{row['pred'].split('/')[0]}"
        types = " | ".join(f"{row[t]:.3f}" for t in NAME_FIELDS)
        print(f"| {row['group']} | {langs} | {row['gold_records']}/{row['pred_records']} | {row['f1']:.3f} | {types} |")
    types = " | ".join(f"{table['by_type'][t]:.3f}" for t in NAME_FIELDS)
    print(f"| **all pairs** | | | **{table['micro_f1']:.3f}** | {types} |")


if __name__ == "__main__":
    main()
