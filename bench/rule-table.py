#!/usr/bin/env python3
"""Per-set extraction quality: score.py's own output, then a table of predicted and right rows per extraction rule.

usage: rule-table.py [--scorer PATH] --set NAME GOLD.jsonl EVENTS.csv CLAIMS.csv [--set ...]

EVENTS.csv and CLAIMS.csv carry a trailing `rule` column (EvalMain writes them). A row is right when score.py's
greedy one-to-one matching pairs it with a gold row; the matching is re-run here with score.py's own functions,
so a rule's precision is measured exactly as the summary figures are.
"""
import argparse, importlib.util, json, os, re, subprocess, sys
from collections import Counter


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_gold(path):
    gold = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                gold[d["id"]] = d
    return gold


def matched_rows(score, gold_path, events_path, claims_path):
    """The number of gold articles, (kind, row) for each predicted row of a gold article (score.main counts no
    others), and the ids of the rows score.main's matching pairs with gold."""
    gold = read_gold(gold_path)
    events, claims = score.read_csv(events_path), score.read_csv(claims_path)
    overlap = score.overlap
    # The tie-breaking scores of score.main, which keeps them inline: they decide which of two candidate rows wins.
    inc_score = lambda p, gg: ((p.get("type") == gg.get("type"))
                               + overlap(p.get("actors", ""), " ".join(gg.get("actors", []))))
    claim_score = lambda p, gg: overlap(p.get("quote"), gg.get("quote"))
    rows, right = [], set()
    for a, g in gold.items():
        pi = [r for r in events if r.get("article_id") == a]
        pc = [r for r in claims if r.get("article_id") == a]
        rows += [("incident", r) for r in pi] + [("claim", r) for r in pc]
        right |= {id(p) for p, _ in score.greedy(pi, g["incidents"], score.incident_ok, inc_score)}
        right |= {id(p) for p, _ in score.greedy(pc, g["claims"], score.claim_ok, claim_score)}
    return len(gold), rows, right


def table(rows, right):
    predicted, hits = Counter(), Counter()
    for kind, r in rows:
        key = ((r.get("rule") or "").strip() or "(no rule)", kind)
        predicted[key] += 1
        hits[key] += id(r) in right
    out = ["| rule | kind | predicted | right | precision |", "|---|---|---|---|---|"]
    for (rule, kind), n in sorted(predicted.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {rule} | {kind} | {n} | {hits[rule, kind]} | {hits[rule, kind] / n:.2f} |")
    return "\n".join(out), hits


def report(scorer_path, score, name, gold, events, claims):
    print(f"## {name}\n")
    missing = [p for p in (gold, events, claims) if not os.path.exists(p)]
    if missing:
        print(f"Skipped: {', '.join(missing)} not found.\n")
        return
    run = subprocess.run([sys.executable, scorer_path, gold, events, claims], capture_output=True, text=True, check=True)
    print("```\n" + run.stdout.rstrip("\n") + "\n```\n")
    articles, rows, right = matched_rows(score, gold, events, claims)
    text, hits = table(rows, right)
    print(f"Articles in the gold file: {articles}.\n")
    print(text + "\n")
    # A guard against score.py changing under this copy of its tie-breaking: the totals must be score.py's own.
    for kind, label in (("incident", "incidents"), ("claim", "claims")):
        m = re.search(rf"^{label}: .* matched (\d+)", run.stdout, re.M)
        mine = sum(n for (_, k), n in hits.items() if k == kind)
        if m and int(m.group(1)) != mine:
            print(f"**Warning:** {mine} {label} right here, score.py matched {m.group(1)}; "
                  "its matching has changed, update rule-table.py.\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scorer", default=os.path.join("..", "shared", "eval", "score.py"))
    ap.add_argument("--set", nargs=4, action="append", required=True, metavar=("NAME", "GOLD", "EVENTS", "CLAIMS"))
    args = ap.parse_args()
    score = load_scorer(args.scorer)
    for name, gold, events, claims in args.set:
        report(args.scorer, score, name, gold, events, claims)


if __name__ == "__main__":
    main()
