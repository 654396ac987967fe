using System.Text;
using Preround.Core.Domain;

namespace Preround.Cli.Infrastructure;

/// <summary>Human output of a check: the draft with flagged spans marked, each finding's why and fix, then the verdict.</summary>
internal static class TextRenderer
{
    public static void Write(TextWriter o, CheckResult result, bool color)
    {
        var findings = result.Findings;
        o.WriteLine(Highlight(result.Draft.Text, findings, color));
        o.WriteLine();
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var tag = f.Severity switch { Severity.Block => "BLOCK", Severity.Warn => "WARN ", _ => "INFO " };
            var c = f.Severity switch { Severity.Block => Terminal.Red, Severity.Warn => Terminal.Yellow, _ => Terminal.Cyan };
            o.WriteLine(color
                ? $"{Terminal.Bold}[{i + 1}]{Terminal.Reset} {c}{Terminal.Bold}{tag}{Terminal.Reset} {f.Category} {Terminal.Dim}{f.RuleId} · confidence {f.Confidence:0.00}{Terminal.Reset}"
                : $"[{i + 1}] {tag} {f.Category} {f.RuleId} · confidence {f.Confidence:0.00}");
            o.WriteLine($"    {f.Message}");
            o.WriteLine($"    Why: {f.Rationale}");
            if (f.Suggestion is not null) o.WriteLine($"    Fix: {f.Suggestion}");
        }
        if (findings.Count > 0) o.WriteLine();
        if (result.FailedRules.Count > 0)
        {
            // NOTE: a partial check must not pass for a clean one: say which rules did not run.
            o.WriteLine($"Note: {string.Join(", ", result.FailedRules)} failed on this draft and {(result.FailedRules.Count == 1 ? "was" : "were")} skipped; the other rules ran. Please report it (the rule id is enough; never send the draft).");
            o.WriteLine();
        }
        var verdict = result.Verdict switch
        {
            Verdict.Block => "BLOCK: do not post this as is.",
            Verdict.Warn => "WARN: reconsider before posting.",
            _ => "OK: nothing found that a program director, employer, board or patient would hold against you.",
        };
        var vc = result.Verdict switch { Verdict.Block => Terminal.RedBackground, Verdict.Warn => Terminal.YellowBackground, _ => Terminal.Green };
        o.WriteLine(color ? $"{vc}{Terminal.Bold} Verdict {Terminal.Reset} {verdict}" : $"Verdict: {verdict}");
    }

    /// <summary>The draft with each finding's span wrapped: colour on a terminal, «…»[n] markers otherwise.</summary>
    public static string Highlight(string text, IReadOnlyList<Finding> findings, bool color)
    {
        // NOTE: spans may overlap; mark the outermost non-overlapping ones in order and number them by finding index.
        var sb = new StringBuilder(text.Length + findings.Count * 12);
        var pos = 0;
        var order = findings.Select((f, i) => (f, i)).Where(x => x.f.Span.Length > 0).OrderBy(x => x.f.Span.Start).ThenByDescending(x => x.f.Span.Length);
        foreach (var (f, i) in order)
        {
            if (f.Span.Start < pos) continue;
            sb.Append(text, pos, f.Span.Start - pos);
            var bg = f.Severity switch { Severity.Block => Terminal.RedBackground, Severity.Warn => Terminal.YellowBackground, _ => Terminal.CyanBackground };
            if (color) sb.Append(bg).Append(text, f.Span.Start, f.Span.Length).Append(Terminal.Reset).Append(Terminal.Dim).Append('[').Append(i + 1).Append(']').Append(Terminal.Reset);
            else sb.Append('«').Append(text, f.Span.Start, f.Span.Length).Append("»[").Append(i + 1).Append(']');
            pos = f.Span.End;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }
}
