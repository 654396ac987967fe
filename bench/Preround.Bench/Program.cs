using BenchmarkDotNet.Running;
using Preround.Bench.Platforms;

// Run on demand: dotnet run -c Release --project bench/Preround.Bench -- --filter '*'
// Extra modes for the X counting comparison with npm twitter-text (see Platforms/README.md):
//   --export-posts FILE   writes the benchmark's tweet-sized posts as a JSON array for twitter-text-bench.js
//   --cpu-time            counts the same posts in a loop and prints wall and CPU time per post (for a loaded machine)
// And for the checker:
//   rule-costs            per-rule CPU cost over the corpus, most expensive first (what to optimise)
//   check-loop [seconds]  checks the corpus in a loop (CPU µs per draft); attach a sampling profiler to it
if (args is ["--export-posts", var file]) { TweetPosts.Export(file); return; }
if (args is ["--cpu-time", ..]) { CpuTimeRun.Run(); return; }
if (args is ["rule-costs", ..]) { Preround.Bench.Checker.RuleCosts.Run(); return; }
//   privacy-costs [Nx]             the privacy rules together and alone (or N fixed passes of them)
if (args is ["privacy-costs", ..]) { Preround.Bench.Privacy.PrivacyCosts.Run(args); return; }
//   privacy-parts [seconds]        the shared privacy analysis stage by stage
if (args is ["privacy-parts", ..]) { Preround.Bench.Privacy.PrivacyParts.Run(args); return; }
//   privacy-regex                  each privacy regex over the corpus in steady state
if (args is ["privacy-regex", ..]) { Preround.Bench.Privacy.PrivacyRegexCosts.Run(); return; }
// And for the audit: CPU time of import, of the audit's own work (empty checker + reports) and of the whole audit
//   audit-cpu [posts=100000] [rounds=3]
if (args is ["audit-cpu", ..]) { Preround.Bench.Audit.AuditCpuRun.Run(args); return; }
if (args is ["regex-costs", ..]) { Preround.Bench.Checker.RegexCosts.Run(); return; }
if (args is ["check-loop", ..]) { Preround.Bench.Checker.CheckLoop.Run(args); return; }
// And for the web app: typists against 127.0.0.1, p95 of the compose round trip (see Web/TypistLoad.cs)
//   web-load [typists=20] [seconds=20] [pause-ms=150]
if (args is ["web-load", ..]) { await Preround.Bench.Web.TypistLoad.RunAsync(args); return; }
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
