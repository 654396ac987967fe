using Preround.Archives.Model;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Policy;

namespace Preround.Audit.Tests.Support;

/// <summary>The real engine with a small, known rule pack, so audit tests do not depend on how the built-in rules evolve.</summary>
internal static class TestChecker
{
    private const string Pack = """
        rules:
          - id: Test.Bed
            category: privacy
            severity: block
            pattern: '\bbed \d+\b'
            message: "'{match}' may identify a patient."
            rationale: Bed numbers identify patients.
          - id: Test.Venting
            category: venting
            severity: warn
            terms: [hate this program]
            message: "'{match}' is venting."
            rationale: Committees read venting as judgement.
          - id: Test.Wine
            category: lifestyle
            severity: warn
            terms: [wine o'clock]
            message: "'{match}' is about drinking."
            rationale: Drinking jokes are noticed.
        """;

    public static Analyzer Analyzer { get; } = new AnalyzerBuilder()
        .AddRules(RulePackLoader.Parse(Pack, "test.yaml").Select(d => new DataRule(d)))
        .Build();

    public static Func<Draft, CheckResult> Check => Analyzer.Check;
}

internal static class Some
{
    private static int _next;

    public static ImportedPost Post(string text, DateTimeOffset? at = null, PostKind kind = PostKind.Original, Platform platform = Platform.X) => new()
    {
        Id = $"p{Interlocked.Increment(ref _next)}",
        Platform = platform,
        CreatedAt = at ?? new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero),
        Kind = kind,
        Text = text,
        Url = "https://x.com/i/web/status/1",
    };

    public static DateTimeOffset Month(int year, int month, int day = 10) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);
}
