using System.Diagnostics;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Recognizers;
using Preround.Privacy.Redaction;

namespace Preround.Bench.Privacy;

/// <summary>
/// Where the shared privacy analysis spends its time, stage by stage, over the corpus's normalised texts (steady state,
/// after a warm-up): patient context, structured identifiers, names and places, story details, risk, the rewrite, photos.
/// Run: dotnet bench/Preround.Bench/bin/Release/net10.0/Preround.Bench.dll privacy-parts [seconds]
/// </summary>
internal static class PrivacyParts
{
    private static readonly string[] Stages = ["patient context", "identifiers", "names and places", "story details", "risk", "rewrite (suggestion)", "photo descriptions"];

    public static void Run(string[] args)
    {
        var seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 10;
        var texts = BenchCorpus.Load().Select(p => TextAnalyzer.Analyze(p.Text)).ToArray();
        var ticks = new long[Stages.Length];
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < Math.Min(6, seconds)) foreach (var t in texts) Once(t, new long[Stages.Length]);
        untimed = 0;
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long n = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            foreach (var t in texts) Once(t, ticks);
            n += texts.Length;
        }
        // NOTE: the stages are timed with the wall clock, which on a loaded machine includes time the thread was not
        // running; each stage's share of the wall time is applied to the process CPU time of the whole run instead.
        var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / n;
        var sum = ticks.Sum() + untimed;
        for (var i = 0; i < Stages.Length; i++)
        {
            Console.WriteLine($"{Stages[i],-22} {cpuUs * ticks[i] / sum,7:0.00} µs CPU/draft ({100.0 * ticks[i] / sum:0}%)");
        }
        Console.WriteLine($"{"total",-22} {cpuUs * (sum - untimed) / sum,7:0.00} µs CPU/draft over {texts.Length} drafts");
    }

    private static long untimed;

    private static void Once(AnalyzedText text, long[] ticks)
    {
        var t0 = Stopwatch.GetTimestamp();
        var ctx = PatientContext.Analyze(text, DraftContext.Post);
        var t1 = Stopwatch.GetTimestamp();
        var details = new List<Detail>();
        IdentifierRecognizer.Find(text, ctx, details);
        var t2 = Stopwatch.GetTimestamp();
        if (ctx.HasPatient) ProperNameRecognizer.Find(text, ctx, details);
        var t3 = Stopwatch.GetTimestamp();
        if (ctx.HasPatient) StoryDetailRecognizer.Find(text, ctx, details);
        details.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var t4 = Stopwatch.GetTimestamp();
        var risk = ReidentificationRisk.Assess(ctx, details);
        var t5 = Stopwatch.GetTimestamp();
        // The rewrite is timed alone: the analysis it reads is already there when a rule asks for the suggestion.
        var full = ctx.HasPatient ? PrivacyAnalysis.Analyze(text, DraftContext.Post) : null;
        var t5b = Stopwatch.GetTimestamp();
        if (full is not null) Redactor.Redact(text, full);
        var t6 = Stopwatch.GetTimestamp();
        PhotoDescriptions.Find(text.Normalized);
        var t7 = Stopwatch.GetTimestamp();
        untimed += t5b - t5;
        ticks[0] += t1 - t0; ticks[1] += t2 - t1; ticks[2] += t3 - t2; ticks[3] += t4 - t3; ticks[4] += t5 - t4; ticks[5] += t6 - t5b; ticks[6] += t7 - t6;
        GC.KeepAlive(risk);
    }
}
