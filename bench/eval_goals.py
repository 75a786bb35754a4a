"""How well `baocao goals` ties each goal to the results that measure it, and judges it.

    python bench/eval_goals.py [--gold bench/gold/goals] [--errors]

The gold (see its NOTES.md: written and labelled by a reader who never ran the tool) lists
every figure of its documents (`catalogue.jsonl`) and, for every goal, the results that say
how far it is reached with how they do (`level`, `whole`, `so_far`, `part`,
`stated_share`), its status (met, not_met, on_the_way, no_result) and its share (the latest
count as a percent of the goal).

Every document is read and analysed as `baocao ingest` would, and the goals tracked as
`baocao goals` tracks them (`service.goals.track` over all the documents' figures, with
their dates). Reported:
- goals found: gold goals the tool lists as a goal (a target figure with an indicator);
- links, over the goals found: the gold's goal-result links the tool makes (recall), and
  the links it makes that the gold does not (precision counts them), with the relation
  right among those found;
- status and share right, over the goals found (a share within 0.1 of the gold's, or both
  none).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval_conflicts import locate  # noqa: E402

from ingest import read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402
from nlp.records import Document, Figure  # noqa: E402
from service.compare import Claim  # noqa: E402
from service.goals import Goal, Quote, track  # noqa: E402

Place = tuple[str, int]  # a figure's document (its path as the gold names it) and start


def _twins(quote: Quote, also_in: list[str], docs: dict[str, Document]) -> set[Place]:
    """Where a goal's or a result's figure stands: its own place and, in each document it
    is also in, the figures of the same kind, value, period and months."""
    kind = "target" if isinstance(quote, Goal) else "achievement"
    places = {(quote.doc_id, quote.start)}
    for doc_id in also_in:
        places |= {
            (doc_id, f.start)
            for f in docs[doc_id].figures
            if (f.kind, f.value, f.period, f.months)
            == (kind, quote.value, quote.period, quote.months)
        }
    return places


def evaluate(gold: Path, errors: list[str]) -> Counter[str]:
    docs: dict[str, Document] = {}
    for path in sorted((gold / "docs").iterdir()):
        if path.suffix in {".py", ".json"} or path.name.startswith("."):
            continue
        name = str(path.relative_to(ROOT))
        doc = analyze(read_file(path))
        docs[name] = doc.model_copy(update={"id": name})
    claims = [Claim(name, name, f) for name, doc in docs.items() for f in doc.figures]
    dated = {name: doc.date for name, doc in docs.items()}
    tracked = track(claims, claims, dated, {name: doc.period for name, doc in docs.items()})

    catalogue = [json.loads(line) for line in (gold / "catalogue.jsonl").open(encoding="utf-8")]
    where: dict[str, Place | None] = {}
    for item in catalogue:
        doc = docs[item["doc"]]
        figure: Figure | None = locate(doc.text, doc.figures, item["snippet"], item["number"])
        where[item["id"]] = (item["doc"], figure.start) if figure else None
    by_place = {place: key for key, place in where.items() if place}

    goal_at: dict[Place, Goal] = {}
    for goal in tracked.goals:
        for place in _twins(goal, goal.also_in, docs):
            goal_at.setdefault(place, goal)

    counts: Counter[str] = Counter()
    for line in (gold / "goals.jsonl").open(encoding="utf-8"):
        label = json.loads(line)
        counts["goals"] += 1
        counts[f"status {label['status']}"] += 1
        place = where.get(label["goal"])
        goal = goal_at.get(place) if place else None
        wanted = {r["id"]: r["relation"] for r in label["results"]}
        counts["links"] += len(wanted)
        if goal is None:
            why = "no figure there" if place is None else "not a goal"
            errors.append(f"goal {label['goal']} not found ({why})")
            counts["links of goals not found"] += len(wanted)
            continue
        counts["goals found"] += 1
        made: dict[str, str] = {}
        unlisted = 0
        for result in goal.results:
            keys = {by_place[p] for p in _twins(result, result.also_in, docs) if p in by_place}
            if not keys:
                unlisted += 1
                errors.append(
                    f"goal {label['goal']}: a link to {result.text!r} ({result.relation},"
                    f" {result.doc_id}) that no catalogue figure is"
                )
            for key in keys:
                made[key] = result.relation
        counts["links made"] += len(made) + unlisted
        for key, relation in wanted.items():
            if key not in made:
                errors.append(f"goal {label['goal']}: link to {key} ({relation}) missed")
                continue
            counts["links found"] += 1
            if made[key] == relation:
                counts["relations right"] += 1
            else:
                errors.append(
                    f"goal {label['goal']}: {key} is {relation}, the tool says {made[key]}"
                )
        for key in made.keys() - wanted.keys():
            counts["links wrong"] += 1
            errors.append(f"goal {label['goal']}: link to {key} ({made[key]}) not in the gold")
        counts["links wrong"] += unlisted
        if goal.status == label["status"]:
            counts["status right"] += 1
        else:
            errors.append(f"goal {label['goal']}: {label['status']}, the tool says {goal.status}")
        share = label.get("share")
        if (share is None and goal.share is None) or (
            share is not None and goal.share is not None and abs(share - goal.share) <= 0.1
        ):
            counts["share right"] += 1
        else:
            errors.append(f"goal {label['goal']}: share {share}, the tool says {goal.share}")
    counts["documents"] = len(docs)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench/gold/goals")
    parser.add_argument("--errors", action="store_true", help="print every miss")
    args = parser.parse_args()
    errors: list[str] = []
    c = evaluate(args.gold.resolve(), errors)
    found = max(1, c["goals found"])
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{c['documents']} documents, {c['goals']} goals, {c['links']} goal-result links")
    print(f"goals found: {c['goals found']} of {c['goals']} ({c['goals found'] / c['goals']:.3f})")
    in_found = c["links"] - c["links of goals not found"]
    print(
        f"links of the goals found: {c['links found']} of {in_found} made"
        f" (recall {c['links found'] / max(1, in_found):.3f});"
        f" {c['links wrong']} of {c['links made']} made are not the gold's"
        f" (precision {(c['links made'] - c['links wrong']) / max(1, c['links made']):.3f})"
    )
    print(f"relations right: {c['relations right']} of {c['links found']} links found")
    print(
        f"status right: {c['status right']} of {c['goals found']} ({c['status right'] / found:.3f})"
    )
    print(f"share right: {c['share right']} of {c['goals found']} ({c['share right'] / found:.3f})")
    print(
        "gold statuses: "
        + ", ".join(
            f"{k[7:]} {v}" for k, v in c.items() if k.startswith("status ") and k != "status right"
        )
    )
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
