using System.Diagnostics;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules;

namespace Preround.Bench.Checker;

/// <summary>
/// Where the checker's time goes: each built-in rule alone over the corpus, in thread CPU time, most expensive first.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- rule-costs
/// </summary>
internal static class RuleCosts
{
    public static void Run()
    {
        var drafts = BenchCorpus.Load().Select(p => p.ToDraft()).ToArray();
        var all = new AnalyzerBuilder().UseBuiltInRules(compiledPatterns: true);
        var rules = all.Rules.ToList();
        var baseline = Measure(new AnalyzerBuilder().Build(), drafts);
        Console.WriteLine($"{drafts.Length} drafts; engine alone (normalise, tokenise): {baseline:0.0} µs/draft");
        var costs = new List<(string Id, double Us)>();
        foreach (var rule in rules)
        {
            var a = new AnalyzerBuilder().AddRule(rule).Build();
            costs.Add((rule.Descriptor.Id, Measure(a, drafts) - baseline));
        }
        foreach (var (id, us) in costs.OrderByDescending(c => c.Us).Take(25)) Console.WriteLine($"{id,-12} {us,8:0.0} µs/draft");
        Console.WriteLine($"all rules together: {Measure(all.Build(), drafts):0.0} µs/draft");
    }

    private static double Measure(Analyzer analyzer, Draft[] drafts)
    {
        foreach (var d in drafts) analyzer.Check(d); // warm up (JIT, lazy data)
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var d in drafts) analyzer.Check(d);
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / drafts.Length;
            best = Math.Min(best, used);
        }
        return best;
    }
}
