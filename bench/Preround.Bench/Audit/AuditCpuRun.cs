using System.Diagnostics;
using Preround.Archives;
using Preround.ArchiveGen;
using Preround.Audit;
using Preround.Audit.Reports;
using Preround.Core.Domain;
using Preround.Rules;

namespace Preround.Bench.Audit;

/// <summary>
/// Process CPU time of the audit's phases on a synthetic X archive, for a loaded machine where wall time mostly measures
/// waiting for a core: import alone; import, a checker that finds nothing, and the JSON and HTML reports (the audit's
/// own cost); and the whole audit with every built-in rule.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- audit-cpu [posts=100000] [rounds=3]
/// </summary>
internal static class AuditCpuRun
{
    public static void Run(string[] args)
    {
        var posts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var dir = Directory.CreateTempSubdirectory("preround-audit-cpu-").FullName;
        try
        {
            var zip = Path.Combine(dir, "x.zip");
            using (var output = new ArchiveOutput(zip))
                XWriter.Write(output, new PostFactory(1, new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero), 6), posts);
            var analyzer = BuiltInRules.CreateAnalyzer();
            Measure("import only", rounds, () =>
            {
                using var archive = ArchiveImporter.Open(zip);
                return archive.Posts.Count();
            });
            Measure("import + empty check + JSON and HTML reports", rounds, () => Audit(zip, d => new CheckResult(d, [])));
            Measure("full audit (built-in rules) + reports", Math.Max(1, rounds / 3), () => Audit(zip, analyzer.Check));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Audit(string zip, Func<Draft, CheckResult> check)
    {
        using var archive = ArchiveImporter.Open(zip);
        var json = new JsonReportWriter(Stream.Null);
        var summary = new AuditRunner(check, new AuditOptions { Author = new AuthorProfile(AuthorRole.Resident) }).Run(archive.Posts, json.Write);
        var context = new ReportContext { Source = zip, Formats = archive.Formats, Notes = archive.Notes };
        json.Finish(summary, context);
        HtmlReportWriter.Write(TextWriter.Null, summary, context);
        return summary.TotalPosts;
    }

    private static void Measure(string name, int rounds, Func<int> action)
    {
        action(); // warm-up: JIT and first-touch costs are not the steady state
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            var count = action();
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            Console.WriteLine($"{name}: {count:N0} posts, wall {wall.Elapsed.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s, " +
                              $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - alloc0) / 1e6:F0} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");
        }
    }
}
