using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Cli.Commands.Plan;

/// <summary>Planned posts on the terminal (one line each, or in full) and as JSON.</summary>
internal static class PlanRender
{
    public static void Line(TextWriter o, PlannedPost p, PlanOptions options, ParseResult parse, DateTimeOffset now)
    {
        var first = p.Text.ReplaceLineEndings(" ");
        if (first.Length > 60) first = first[..59] + "…";
        var hold = p.IsHeld(now) ? $"  [held until {options.Show(parse, p.HoldUntil!.Value)}]" : "";
        o.WriteLine($"{p.Id,4}  {options.Show(parse, p.PlannedAt)}  {p.Platform.Name(),-9} {Status(p),-8} {p.Verdict.Name(),-5}  {first}{hold}");
    }

    public static void Full(TextWriter o, PlannedPost p, PlanOptions options, ParseResult parse, DateTimeOffset now)
    {
        o.WriteLine($"Post {p.Id} · {Status(p)} · {p.Platform.Name()} · {options.Show(parse, p.PlannedAt)}");
        o.WriteLine();
        o.WriteLine(p.Text);
        o.WriteLine();
        if (p.Note is not null) o.WriteLine($"Note: {p.Note}");
        o.WriteLine($"Check: {p.Verdict.Name()} ({p.Findings.Count} finding(s), checked {options.Show(parse, p.CheckedAt)})");
        foreach (var f in p.Findings)
        {
            o.WriteLine($"  {f.Severity.Name(),-5} {f.RuleId} [{f.Category}] {f.Message}");
            if (f.Suggestion is not null) o.WriteLine($"        → {f.Suggestion}");
        }

        if (p.IsHeld(now)) o.WriteLine($"Cooling-off until {options.Show(parse, p.HoldUntil!.Value)}: {p.HoldReason}");
        else if (p.HoldUntil is { } ended) o.WriteLine($"Cooling-off ended {options.Show(parse, ended)}.");
    }

    public static void Json(Stream output, IEnumerable<PlannedPost> posts, DateTimeOffset now, bool single)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (single) PlannedPostJson.Write(w, posts.Single(), now);
        else PlannedPostJson.WriteArray(w, posts, now);
        w.Flush();
        output.Write("\n"u8);
    }

    private static string Status(PlannedPost p) => p.Status.ToString().ToLowerInvariant();
}
