using System.Diagnostics;
using Preround.Rules;

namespace Preround.Bench.Checker;

/// <summary>
/// Checks the corpus in a loop for a while and prints thread CPU time per draft: a steady workload to attach a
/// sampling profiler to (dotnet-trace collect --profile cpu-sampling -- dotnet Preround.Bench.dll check-loop 20).
/// </summary>
internal static class CheckLoop
{
    public static void Run(string[] args)
    {
        var seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 10;
        var drafts = BenchCorpus.Load().Select(p => p.ToDraft()).ToArray();
        var analyzer = BuiltInRules.CreateAnalyzer(compiledPatterns: true);
        foreach (var d in drafts) analyzer.Check(d);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long n = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            foreach (var d in drafts) analyzer.Check(d);
            n += drafts.Length;
        }
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{n} checks; {used.TotalMicroseconds / n:0.0} µs CPU/draft, {wall.Elapsed.TotalMicroseconds / n:0.0} µs wall/draft");
    }
}
