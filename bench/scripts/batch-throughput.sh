#!/usr/bin/env bash
# Whole-process batch throughput of `preround check --jsonl` (goal: >= 50,000 posts/s on 2 cores).
# Usage: bench/scripts/batch-throughput.sh [POSTS]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-200000}"
out=$(mktemp -d)
dotnet publish src/Preround.Cli -c Release -o "$out/cli" -p:PublishReadyToRun=true -r linux-x64 --self-contained false >/dev/null
# Repeat our own corpus lines (with fresh ids) up to N posts.
python3 - "$n" "$out/in.jsonl" <<'PY'
import json, sys, glob
n, path = int(sys.argv[1]), sys.argv[2]
posts = [json.loads(l) for f in sorted(glob.glob("corpus/*.jsonl")) for l in open(f, encoding="utf-8") if l.strip()]
if not posts: posts = [{"text": "Quiet night on the unit, grateful for this team."}]
with open(path, "w", encoding="utf-8") as o:
    for i in range(n):
        p = posts[i % len(posts)]
        o.write(json.dumps({"id": f"b{i}", "text": p["text"], "author_role": p.get("author_role", "unknown"), "platform": p.get("platform", "x")}) + "\n")
PY
start=$(date +%s.%N)
"$out/cli/preround" check --jsonl "$out/in.jsonl" > "$out/out.jsonl" || true
end=$(date +%s.%N)
lines=$(wc -l < "$out/out.jsonl")
python3 -c "import sys; n=$lines; t=$end-$start; print(f'{n} posts in {t:.2f} s = {n/t:,.0f} posts/s')"
rm -rf "$out"
