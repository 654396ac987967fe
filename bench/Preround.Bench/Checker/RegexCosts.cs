using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Preround.Core.Text;

namespace Preround.Bench.Checker;

/// <summary>
/// Every generated regular expression of the rule assemblies, run over the corpus's normalised texts, most
/// expensive first: finds the patterns that defeat the regex engine's prefix search.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- regex-costs
/// </summary>
internal static class RegexCosts
{
    public static void Run()
    {
        var texts = BenchCorpus.Load().Select(p => TextAnalyzer.Analyze(p.Text).Normalized).ToArray();
        var assemblies = new[] { "Preround.Rules", "Preround.Privacy", "Preround.Platforms" }.Select(Assembly.Load);
        var costs = new List<(string Name, double Us)>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (var m in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (m.ReturnType != typeof(Regex) || m.GetParameters().Length != 0 || m.IsGenericMethod) continue;
                Regex regex;
                try { regex = (Regex)m.Invoke(null, null)!; } catch { continue; }
                foreach (var t in texts) regex.Count(t);
                var sw = Stopwatch.StartNew();
                for (var r = 0; r < 3; r++) foreach (var t in texts) regex.Count(t);
                costs.Add(($"{type.Name}.{m.Name}", sw.Elapsed.TotalMicroseconds / (3.0 * texts.Length)));
            }
        }
        Console.WriteLine($"{costs.Count} regexes over {texts.Length} texts; total {costs.Sum(c => c.Us):0.0} µs/text if each ran once");
        foreach (var (name, us) in costs.OrderByDescending(c => c.Us).Take(40)) Console.WriteLine($"{us,8:0.00} µs  {name}");
    }
}
