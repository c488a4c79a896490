#!/usr/bin/env python3
"""Place and border figures of an events-csv export over the dev articles.

usage: linking-quality.py EVENTS.csv GOLD.jsonl...

- coordinates: of the predicted incidents that name a place (admin1, admin2 or location), how many have latitude
  and longitude;
- borders: a gold incident counts as in a border area when its article names two neighbouring states of the
  reference borders among the gold incident's country and the states its gold actors belong to (by the demonyms and
  names below; "Pakistani Taliban" names Pakistan only), or its gold country and a border the article text names;
  for each such gold incident matched by a predicted row (same article, date and place agreeing as score.py matches
  them), the row's `border` must be that border. Prints the misses.
"""
import csv, json, re, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score as S

STATES = {"AF": ["afghan", "afghanistan", "taliban"], "PK": ["pakistan", "pakistani"], "IR": ["iran", "iranian"],
          "TJ": ["tajik", "tajikistan"], "KG": ["kyrgyz", "kyrgyzstan"], "UZ": ["uzbek", "uzbekistan"],
          "TM": ["turkmen", "turkmenistan"], "CN": ["china", "chinese"]}
BORDERS = {frozenset(p): l for p, l in [(("AF", "TJ"), "Afghanistan-Tajikistan border"), (("AF", "PK"), "Durand Line"),
           (("AF", "IR"), "Afghanistan-Iran border"), (("AF", "UZ"), "Afghanistan-Uzbekistan border"),
           (("AF", "TM"), "Afghanistan-Turkmenistan border"), (("KG", "TJ"), "Kyrgyzstan-Tajikistan border"),
           (("IR", "PK"), "Iran-Pakistan border"), (("TJ", "UZ"), "Tajikistan-Uzbekistan border"),
           (("KG", "UZ"), "Kyrgyzstan-Uzbekistan border"), (("CN", "TJ"), "China-Tajikistan border")]}


def states_of(text):
    # the Pakistani Taliban (Tehrik-e-Taliban Pakistan) are Pakistan's own militants: no Afghan party
    text = re.sub(r"\bpakistan(?:i)?\s+taliban\b|\btaliban\s+pakistan\b", "pakistan", (text or "").lower())
    words = set(re.findall(r"[a-z]+", text))
    return {c for c, names in STATES.items() if words & set(names)}


def main(events, golds):
    rows = list(csv.DictReader(open(events, encoding="utf-8")))
    named = [r for r in rows if r["admin1"] or r["admin2"] or r["location"]]
    placed = [r for r in named if r["latitude"] and r["longitude"]]
    print(f"coordinates: {len(placed)} of {len(named)} incidents naming a place ({len(placed) / len(named):.0%})")
    for gold_path in golds:
        area = right = 0
        for line in open(gold_path, encoding="utf-8"):
            g = json.loads(line)
            pred = [r for r in rows if r["article_id"] == g["id"]]
            for p, gi in S.greedy(pred, g["incidents"], S.incident_ok, lambda p, q: 0):
                states = states_of(" ".join(gi.get("actors", [])))
                if gi.get("country"):
                    states.add(gi["country"])
                pairs = [BORDERS[frozenset((a, b))] for a in states for b in states
                         if a < b and frozenset((a, b)) in BORDERS]
                if len(set(pairs)) != 1:
                    continue
                area += 1
                ok = p["border"] == pairs[0]
                right += ok
                if not ok:
                    print(f"  miss {g['id']}#{gi['key']}: want {pairs[0]}, got '{p['border']}'")
        print(f"{os.path.basename(gold_path)}: border-area incidents {area}, on that border {right}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
