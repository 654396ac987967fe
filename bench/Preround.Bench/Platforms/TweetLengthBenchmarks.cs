using BenchmarkDotNet.Attributes;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Twitter;

namespace Preround.Bench.Platforms;

/// <summary>
/// Counting throughput on tweet-sized posts. Goal: at least 1,000,000 posts per second for X, and faster than the
/// npm twitter-text package (3.1.0) on the same posts (see bench/Preround.Bench/Platforms/README.md for the node side).
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*TweetLength*'
/// </summary>
[MemoryDiagnoser]
public class TweetLengthBenchmarks
{
    private readonly string[] _posts = TweetPosts.All;

    /// <summary>One operation = weighing all 8 posts with twitter-text's v3 rule.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int X_ParseTweet()
    {
        var sum = 0;
        foreach (var p in _posts) sum += TweetLength.Parse(p).WeightedLength;
        return sum;
    }

    /// <summary>The length alone (no result struct fields beyond the count are needed).</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int X_Count()
    {
        var sum = 0;
        foreach (var p in _posts) sum += TweetLength.Count(p);
        return sum;
    }

    /// <summary>The <c>fit</c> path for X (limit look-up and the result record).</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int X_Measure()
    {
        var sum = 0;
        foreach (var p in _posts) sum += PlatformCounter.Measure(p, Platform.X).Length;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int Bluesky_Measure()
    {
        var sum = 0;
        foreach (var p in _posts) sum += PlatformCounter.Measure(p, Platform.Bluesky).Length;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int Mastodon_Measure()
    {
        var sum = 0;
        foreach (var p in _posts) sum += PlatformCounter.Measure(p, Platform.Mastodon).Length;
        return sum;
    }
}
