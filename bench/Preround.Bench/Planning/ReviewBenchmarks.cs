using BenchmarkDotNet.Attributes;
using Preround.Core.Domain;
using Preround.Planning.Review;
using Preround.Planning.Strategy;

namespace Preround.Bench.Planning;

/// <summary>
/// <c>plan review</c> analysis of a whole history (cadence, gaps, promotion, MinHash near-duplicates, topics, lane,
/// mix, engagement, networking, actions). Goal: a 100,000-post history in at most 5 s on the 2-core build machine.
/// Archive reading is measured by the archive benchmarks; this is the review itself.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*ReviewBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private ReviewInput _input = null!;

    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var history = ReviewHistory.Create(Posts);
        _input = new ReviewInput
        {
            History = history,
            AsOf = history[^1].CreatedAt.AddDays(30),
            Strategy = new StrategyProfile([Goal.PatientEducation, Goal.ProfessionalNetworking], [Audience.Public], ["heart failure", "asthma", "vaccines"],
                [Platform.X], 3, 120, AuthorRole.Attending, AccountType.Professional),
            TimeZone = TimeZoneInfo.Utc,
        };
    }

    [Benchmark]
    public int Review() => ReviewAnalyzer.Analyze(_input).Actions.Count;
}
