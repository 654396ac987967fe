using System.Diagnostics;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;
using Preround.Rules;

namespace Preround.Bench.Privacy;

/// <summary>
/// What the privacy layer costs the checker: every rule of Preround.Privacy together (PR1001-PR1008, PR1101, PR1201-PR1203)
/// over the corpus, in process CPU time minus the engine alone, then each privacy rule alone (which also pays for the
/// shared analysis it triggers). With N'x' it runs N fixed passes (for a process-level CPU or instruction count).
/// Run: dotnet bench/Preround.Bench/bin/Release/net10.0/Preround.Bench.dll privacy-costs [passes'x']
/// </summary>
internal static class PrivacyCosts
{
    public static void Run(string[] args)
    {
        var drafts = BenchCorpus.Load().Select(p => p.ToDraft()).ToArray();
        var privacyRules = new AnalyzerBuilder().UseBuiltInRules(compiledPatterns: true).Rules
            .Where(r => r.GetType().Assembly == typeof(PrivacyAnalysis).Assembly).ToList();
        var privacy = new AnalyzerBuilder().AddRules(privacyRules).Build();
        if (args.Length > 1 && args[1].EndsWith('x') && int.TryParse(args[1][..^1], out var passes))
        {
            // A fixed number of passes, for `perf stat -e instructions:u` (instruction counts do not depend on the load
            // of a shared machine): the difference between two pass counts divided by the drafts is instructions/draft.
            for (var p = 0; p < passes; p++) foreach (var d in drafts) privacy.Check(d);
            return;
        }
        var baseline = Measure(new AnalyzerBuilder().Build(), drafts);
        Console.WriteLine($"{drafts.Length} drafts; engine alone: {baseline:0.0} µs/draft");
        // NOTE: the source-generated regexes start at tier 0 and are recompiled with dynamic PGO over several seconds;
        // without a long warm-up the first figure measures the JIT (a 2-second warm-up still read 75 µs for 28).
        Warm(privacy, drafts, 8);
        Console.WriteLine($"privacy rules together ({privacyRules.Count}): {Measure(privacy, drafts) - baseline:0.0} µs/draft");
        foreach (var rule in privacyRules)
        {
            var us = Measure(new AnalyzerBuilder().AddRule(rule).Build(), drafts) - baseline;
            Console.WriteLine($"  {rule.Descriptor.Id,-8} {us,8:0.0} µs/draft alone");
        }
    }

    private static void Warm(Analyzer analyzer, Draft[] drafts, double seconds)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < seconds) foreach (var d in drafts) analyzer.Check(d);
    }

    private static double Measure(Analyzer analyzer, Draft[] drafts)
    {
        Warm(analyzer, drafts, 1);
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var d in drafts) analyzer.Check(d);
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / drafts.Length);
        }
        return best;
    }
}
