"""Builds corpus/conduct-blind.jsonl (a conduct test set written before the rules were tuned; run: python3 corpus/src/build_conduct_blind.py)."""
import json, os, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(here, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.ROWS
risky = [dict(text=t, author_role=r, platform=p, labels=l, severity=s) for t, r, p, l, s in load("conduct_blind_risky")]
clean = [dict(text=t, author_role=r, platform=p, labels=[], severity="ok") for t, r, p in load("conduct_blind_clean")]
# Alternate risky and clean so that any prefix of the file is a fair sample.
out = []
for i in range(max(len(risky), len(clean))):
    if i < len(risky): out.append(risky[i])
    if i < len(clean): out.append(clean[i])
texts = set()
with open(os.path.join(here, "..", "conduct-blind.jsonl"), "w", encoding="utf-8") as f:
    for n, r in enumerate(out, 1):
        assert r["text"] not in texts, r["text"]; texts.add(r["text"])
        assert r["severity"] in ("ok", "warn", "block") and r["author_role"] and r["platform"]
        f.write(json.dumps({"id": f"conduct-{n:03d}", **r}, ensure_ascii=False) + "\n")
from collections import Counter
c = Counter(l for r in out for l in r["labels"])
print(len(out), "posts;", len(clean), "clean", f"({len(clean)/len(out):.0%});", dict(c))
