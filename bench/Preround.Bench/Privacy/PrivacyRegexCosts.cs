using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Preround.Core.Text;
using Preround.Privacy.Analysis;

namespace Preround.Bench.Privacy;

/// <summary>
/// Every generated regex of Preround.Privacy over the corpus's normalised texts, in steady state (warmed for a few
/// seconds each, so tier-1 code is measured), as a share of the process CPU time: which patterns to gate or rewrite.
/// Note that the analysis gates many of them (no digit, no patient anchor), so this is the cost if each ran on every draft.
/// Run: dotnet bench/Preround.Bench/bin/Release/net10.0/Preround.Bench.dll privacy-regex
/// </summary>
internal static class PrivacyRegexCosts
{
    public static void Run()
    {
        var texts = BenchCorpus.Load().Select(p => TextAnalyzer.Analyze(p.Text).Normalized).ToArray();
        var regexes = new List<(string Name, Regex Regex)>();
        foreach (var type in typeof(PrivacyAnalysis).Assembly.GetTypes())
        {
            foreach (var m in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (m.ReturnType != typeof(Regex) || m.GetParameters().Length != 0 || m.IsGenericMethod) continue;
                regexes.Add(($"{type.Name}.{m.Name}", (Regex)m.Invoke(null, null)!));
            }
        }
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5) foreach (var (_, r) in regexes) foreach (var t in texts) r.Count(t);
        var ticks = new long[regexes.Count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        const int Rounds = 5;
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < regexes.Count; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                foreach (var t in texts) regexes[i].Regex.Count(t);
                ticks[i] += Stopwatch.GetTimestamp() - t0;
            }
        }
        var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (Rounds * texts.Length);
        var sum = ticks.Sum();
        Console.WriteLine($"{regexes.Count} regexes over {texts.Length} texts: {cpuUs:0.0} µs CPU/text if each ran once");
        foreach (var i in Enumerable.Range(0, regexes.Count).OrderByDescending(i => ticks[i]).Take(40))
        {
            Console.WriteLine($"{cpuUs * ticks[i] / sum,8:0.00} µs  {regexes[i].Name}");
        }
    }
}
