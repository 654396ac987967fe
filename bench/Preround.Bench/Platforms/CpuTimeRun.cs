using System.Diagnostics;
using Preround.Platforms.Twitter;

namespace Preround.Bench.Platforms;

/// <summary>
/// A plain timing loop reporting wall and process CPU time per post. On a shared, loaded machine the wall figure
/// mostly measures waiting for a core; the CPU figure is what compares fairly with the node script's
/// <c>process.cpuUsage()</c>. BenchmarkDotNet's numbers remain the reference when the machine is quiet.
/// </summary>
internal static class CpuTimeRun
{
    public static void Run(int rounds = 200_000)
    {
        var posts = TweetPosts.All;
        var sum = 0L;
        for (var i = 0; i < rounds / 10; i++) foreach (var p in posts) sum += TweetLength.Count(p);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) foreach (var p in posts) sum += TweetLength.Count(p);
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var n = (double)rounds * posts.Length;
        Console.WriteLine(
            $"{{\"posts\":{n},\"wallNsPerPost\":{wall.Elapsed.TotalNanoseconds / n:F1},\"cpuNsPerPost\":{cpu.TotalNanoseconds / n:F1}," +
            $"\"postsPerSecondWall\":{n / wall.Elapsed.TotalSeconds:F0},\"postsPerSecondCpu\":{n / cpu.TotalSeconds:F0}," +
            $"\"lengths\":[{string.Join(",", posts.Select(p => TweetLength.Count(p)))}],\"sum\":{sum}}}");
    }
}
