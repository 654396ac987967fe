#!/usr/bin/env python3
"""Builds corpus/weak-categories.jsonl from the hand-written batches in corpus/src/weak/*.txt.

Line format (blank lines and lines starting with '#' are ignored):
    ROLE PLATFORM LABELS | TEXT
LABELS is '-' for a clean post or a comma-separated list of categories; a trailing '!' raises the post to block
(a personal attack that wishes harm or incites harassment). Severity otherwise follows corpus/blind/README.md:
the highest default severity of the post's labels.
"""
import json, pathlib, sys

BLOCK = {"privacy", "clinical_photo", "confidential_other", "coi_undisclosed", "guarantee_claim", "misinformation"}
WARN = {"venting", "disparage_profession", "personal_attack", "credential_overreach", "medical_advice",
        "career_oversharing", "partisan_combat", "lifestyle", "profanity"}
ROLES = {"ms1", "ms2", "ms3", "ms4", "resident", "fellow", "attending", "nurse", "np", "pa", "pharmacist", "unknown"}
PLATFORMS = {"x", "bluesky", "mastodon", "threads", "linkedin", "instagram", "facebook", "tiktok"}

root = pathlib.Path(__file__).resolve().parent
out, seen, n = [], set(), 0
for f in sorted((root / "weak").glob("*.txt")):
    for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, sep, text = line.partition(" | ")
        parts = head.split()
        if not sep or len(parts) != 3 or not text.strip():
            sys.exit(f"{f.name}:{ln}: expected 'ROLE PLATFORM LABELS | TEXT'")
        role, platform, labels = parts
        forced = labels.endswith("!")
        labels = labels.rstrip("!")
        cats = [] if labels == "-" else labels.split(",")
        if role not in ROLES or platform not in PLATFORMS or any(c not in BLOCK | WARN for c in cats):
            sys.exit(f"{f.name}:{ln}: unknown role, platform or label in '{head}'")
        if text in seen:
            sys.exit(f"{f.name}:{ln}: duplicate post")
        seen.add(text)
        severity = "ok" if not cats else "block" if forced or any(c in BLOCK for c in cats) else "warn"
        n += 1
        out.append(json.dumps({"id": f"weak-{n:04d}", "text": text.replace("\\n", "\n"), "author_role": role,
                               "platform": platform, "labels": cats, "severity": severity}, ensure_ascii=False))
(root.parent / "weak-categories.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{n} posts")
