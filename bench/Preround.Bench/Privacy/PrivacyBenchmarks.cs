using BenchmarkDotNet.Attributes;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Recognizers;
using Preround.Privacy.Redaction;
using Preround.Rules;

namespace Preround.Bench.Privacy;

/// <summary>
/// The privacy layer on tweet-sized clinical posts: the patient-context analysis every privacy rule shares, the
/// context-free identifier scan (what redact-pii does), and the redactor.
/// Run: dotnet run -c Release --project bench/Preround.Bench -- --filter '*PrivacyBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PrivacyBenchmarks
{
    private static readonly string[] Posts =
    [
        "Wild night in the ED: the 34yo middle-school teacher from Bozeman with that super rare adrenal tumor finally came in crashing. Hope she pulls through 🙏",
        "Flu shot clinic hours this week: Mon to Fri 8am to 6pm. Call our front desk at (555) 201-4400 to book.",
        "Heading to Boston for ACC next week (March 28 to 30). If you're presenting on HFpEF, send me your poster number!",
        "Patient MRN 00482913 was discharged without her insulin script. This is why we need better handoffs.",
        "[photo: OR selfie, patient's draped abdomen and monitor visible behind us] Case #6 of the day, team is unstoppable 💪",
        "Congratulations to Dr. Priya Raman on her promotion to associate professor! Her sepsis work changed our system.",
    ];

    /// <summary>Posts taken from corpus/privacy-spans.jsonl for the per-post figures (the clinical posts of the peer comparison).</summary>
    public const int CorpusPosts = 400;

    /// <summary>Posts taken from the whole corpus (every area's posts, most of them not about a patient) for the mix figure.</summary>
    public const int MixPosts = 2000;

    private AnalyzedText[] _texts = [];
    private AnalyzedText[] _corpusTexts = [];
    private string[] _corpus = [];
    private Draft[] _drafts = [];
    private Draft[] _corpusDrafts = [];
    private Draft[] _mixDrafts = [];
    private Analyzer _privacyRules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Array.ConvertAll(Posts, TextAnalyzer.Analyze);
        _drafts = Array.ConvertAll(Posts, p => Draft.Of(p));
        _corpus = BenchCorpus.Load().Where(p => p.Id.StartsWith("pspan-", StringComparison.Ordinal)).Select(p => p.Text).Take(CorpusPosts).ToArray();
        if (_corpus.Length != CorpusPosts) throw new InvalidOperationException($"corpus/privacy-spans.jsonl gave {_corpus.Length} posts, expected {CorpusPosts}");
        _corpusTexts = Array.ConvertAll(_corpus, TextAnalyzer.Analyze);
        _corpusDrafts = Array.ConvertAll(_corpus, p => Draft.Of(p));
        _mixDrafts = BenchCorpus.Load().Select(p => p.ToDraft()).Take(MixPosts).ToArray();
        // Every rule of Preround.Privacy (PR1001-PR1008, PR1101, PR1201-PR1203) and nothing else: what the privacy
        // layer costs a check, normalisation included, with the rewrite built as each finding's suggestion.
        _privacyRules = new AnalyzerBuilder().AddRules(new AnalyzerBuilder().UseBuiltInRules().Rules
            .Where(r => r.GetType().Assembly == typeof(PrivacyAnalysis).Assembly)).Build();
        // Load the name, surname and place lists outside the measured loop.
        _ = Preround.Privacy.Data.Gazetteer.Counts;
        _ = Preround.Privacy.Data.Gazetteer.SurnameCount;
    }

    [Benchmark(Description = "patient-context analysis, 6 posts")]
    public int Analyze()
    {
        var n = 0;
        foreach (var t in _texts) n += PrivacyAnalysis.Analyze(t, DraftContext.Post).Details.Count;
        return n;
    }

    /// <summary>Per post (OperationsPerInvoke): the shared privacy analysis over the 400 span-corpus posts, text already normalised.</summary>
    [Benchmark(Description = "privacy analysis, per span-corpus post", OperationsPerInvoke = CorpusPosts)]
    public int AnalyzeCorpus()
    {
        var n = 0;
        foreach (var t in _corpusTexts) n += PrivacyAnalysis.Analyze(t, DraftContext.Post).Details.Count;
        return n;
    }

    /// <summary>Per post: normalisation plus the privacy analysis, what a redact-pii call does end to end on raw text.</summary>
    [Benchmark(Description = "normalise + privacy analysis, per span-corpus post", OperationsPerInvoke = CorpusPosts)]
    public int NormaliseAndAnalyzeCorpus()
    {
        var n = 0;
        foreach (var p in _corpus) n += PrivacyAnalysis.Analyze(TextAnalyzer.Analyze(p), DraftContext.Post).Details.Count;
        return n;
    }

    /// <summary>
    /// Per post: the privacy rules as a check runs them (normalise, analyse, report with the rewrite as suggestion) over
    /// the 400 span-corpus posts, the figure to set beside redact-pii's per-post time on the same file
    /// (bench/scripts/redact-pii-compare.js: 26.8 µs CPU per post measured here).
    /// </summary>
    [Benchmark(Description = "privacy rules check, per span-corpus post", OperationsPerInvoke = CorpusPosts)]
    public int CheckPrivacyRulesCorpus()
    {
        var n = 0;
        foreach (var d in _corpusDrafts) n += _privacyRules.Check(d).Findings.Count;
        return n;
    }

    /// <summary>Per post: the privacy rules over the whole corpus mix (all areas' posts), normalisation included.</summary>
    [Benchmark(Description = "privacy rules check, per corpus-mix post", OperationsPerInvoke = MixPosts)]
    public int CheckPrivacyRulesMix()
    {
        var n = 0;
        foreach (var d in _mixDrafts) n += _privacyRules.Check(d).Findings.Count;
        return n;
    }

    [Benchmark(Description = "context-free identifier scan, 6 posts")]
    public int Scan()
    {
        var n = 0;
        foreach (var p in Posts) n += IdentifierScanner.Scan(p).Count;
        return n;
    }

    [Benchmark(Description = "redact, 6 posts")]
    public int Redact()
    {
        var n = 0;
        foreach (var d in _drafts) n += Redactor.Redact(d).Changes.Count;
        return n;
    }
}
