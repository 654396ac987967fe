using BenchmarkDotNet.Attributes;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules;

namespace Preround.Bench.Checker;

/// <summary>
/// Per-draft cost of the whole checker with every built-in rule. Goal: a tweet-sized draft in ≤ 20 µs median.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*CheckerBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private Analyzer _analyzer = null!;
    private Draft _risky = null!;
    private Draft _clean = null!;
    private Draft[] _corpus = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = BuiltInRules.CreateAnalyzer(compiledPatterns: true);
        _risky = Draft.Of("Wild night in the ED: the 34yo teacher from Bozeman with that super rare adrenal tumor came in crashing. Hope she pulls through 🙏", AuthorRole.Resident);
        _clean = Draft.Of("Takeaways from #ASCO24 in Chicago (May 31 to June 4): the adjuvant plenary was the highlight. Great summary thread from @DrLeeOnc.", AuthorRole.Attending);
        _corpus = BenchCorpus.Load().Select(p => p.ToDraft()).ToArray();
        if (_corpus.Length == 0) _corpus = [_risky, _clean];
    }

    [Benchmark]
    public CheckResult RiskyTweet() => _analyzer.Check(_risky);

    [Benchmark]
    public CheckResult CleanTweet() => _analyzer.Check(_clean);

    /// <summary>Cycles through our labelled corpus: the realistic mix.</summary>
    [Benchmark]
    public CheckResult CorpusMix() => _analyzer.Check(_corpus[_next++ % _corpus.Length]);
}
