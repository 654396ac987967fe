"""Builds corpus/professionalism.jsonl from the hand-written rows in this folder (run: python3 corpus/src/build.py)."""
import json, os, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(here, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.ROWS
rows = []
for part in ["prof_risky1", "prof_risky2", "prof_risky3"]:
    for text, role, platform, labels, severity in load(part):
        rows.append(dict(text=text, author_role=role, platform=platform, labels=labels, severity=severity))
for text, role, platform in load("prof_clean"):
    rows.append(dict(text=text, author_role=role, platform=platform, labels=[], severity="ok"))
# Interleave risky and clean so that any prefix of the file is a fair sample.
risky = [r for r in rows if r["labels"]]; clean = [r for r in rows if not r["labels"]]
out, i, j = [], 0, 0
while i < len(risky) or j < len(clean):
    if i < len(risky): out.append(risky[i]); i += 1
    if i < len(risky) and i % 3 == 0: out.append(risky[i]); i += 1
    if j < len(clean): out.append(clean[j]); j += 1
texts = set()
with open(os.path.join(here, "..", "professionalism.jsonl"), "w", encoding="utf-8") as f:
    for n, r in enumerate(out, 1):
        assert r["text"] not in texts, r["text"]; texts.add(r["text"])
        f.write(json.dumps({"id": f"prof-{n:03d}", **r}, ensure_ascii=False) + "\n")
from collections import Counter
c = Counter(l for r in out for l in r["labels"])
print(len(out), "posts;", len(clean), "clean", f"({len(clean)/len(out):.0%});", dict(c))
