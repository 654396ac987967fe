using BenchmarkDotNet.Attributes;
using Preround.Archives;
using Preround.ArchiveGen;
using Preround.Audit;
using Preround.Audit.Reports;
using Preround.Core.Domain;
using Preround.Rules;

namespace Preround.Bench.Audit;

/// <summary>
/// End to end: open a synthetic X archive zip, import every tweet, check it with every built-in rule in parallel,
/// and write the JSON and HTML reports. Target: 100,000 posts in 10 s and 500 MB on the 2-core machine.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*ArchiveAudit*'
/// Whole-process figures (start-up included): see docs/audit.md for the /usr/bin/time -v command.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ArchiveAuditBenchmarks
{
    private string _dir = "";
    private string _zip = "";

    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("preround-bench-audit-").FullName;
        _zip = Path.Combine(_dir, "x.zip");
        using (var output = new ArchiveOutput(_zip))
            XWriter.Write(output, new PostFactory(1, new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero), 6), Posts);
        _ = BuiltInRules.CreateAnalyzer();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "import only")]
    public int Import()
    {
        using var archive = ArchiveImporter.Open(_zip);
        return archive.Posts.Count();
    }

    [Benchmark(Description = "import + check + JSON and HTML reports")]
    public long AuditToReports()
    {
        var analyzer = BuiltInRules.CreateAnalyzer();
        using var archive = ArchiveImporter.Open(_zip);
        using var json = Stream.Null;
        var writer = new JsonReportWriter(json);
        var summary = new AuditRunner(analyzer.Check, new AuditOptions { Author = new AuthorProfile(AuthorRole.Resident) }).Run(archive.Posts, writer.Write);
        var context = new ReportContext { Source = _zip, Formats = archive.Formats, Notes = archive.Notes };
        writer.Finish(summary, context);
        HtmlReportWriter.Write(TextWriter.Null, summary, context);
        return summary.TotalPosts;
    }
}
