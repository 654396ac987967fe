#!/usr/bin/env bash
# Whole-process time of a single `preround check "..."` (goal: <= 300 ms), ReadyToRun publish, 20 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
dotnet publish src/Preround.Cli -c Release -o "$out/cli" -p:PublishReadyToRun=true -r linux-x64 --self-contained false >/dev/null
draft="Wild night in the ED: the 34yo teacher from Bozeman with that super rare adrenal tumor came in crashing."
"$out/cli/preround" check "$draft" >/dev/null || true   # warm the disk cache
python3 - "$out/cli/preround" "$draft" <<'PY'
import subprocess, sys, time, statistics
times = []
for _ in range(20):
    t = time.perf_counter(); subprocess.run([sys.argv[1], "check", sys.argv[2]], stdout=subprocess.DEVNULL); times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"preround check: median {statistics.median(times):.0f} ms, p90 {times[int(len(times)*0.9)-1]:.0f} ms, min {times[0]:.0f} ms")
PY
rm -rf "$out"
