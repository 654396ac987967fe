using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Planning.Queue;

/// <summary>
/// A planned post as JSON, the one shape <c>plan list|show --format json</c> and the web API both write:
/// <c>{id, planned_at, platform, status, text, note, verdict, findings[], hold_until, hold_reason}</c>.
/// </summary>
public static class PlannedPostJson
{
    /// <summary>Writes one post; the hold fields are null unless the hold is still in force at <paramref name="now"/>.</summary>
    public static void Write(Utf8JsonWriter w, PlannedPost p, DateTimeOffset now)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteString("planned_at", p.PlannedAt);
        w.WriteString("platform", p.Platform.Name());
        w.WriteString("status", p.Status.ToString().ToLowerInvariant());
        w.WriteString("text", p.Text);
        if (p.Note is null) w.WriteNull("note"); else w.WriteString("note", p.Note);
        w.WriteString("verdict", p.Verdict.Name());
        w.WriteStartArray("findings");
        foreach (var f in p.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteString("category", f.Category);
            w.WriteString("severity", f.Severity.Name());
            w.WriteNumber("confidence", f.Confidence);
            w.WriteNumber("start", f.Start);
            w.WriteNumber("length", f.Length);
            w.WriteString("message", f.Message);
            if (f.Suggestion is null) w.WriteNull("suggestion"); else w.WriteString("suggestion", f.Suggestion);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (p.HoldUntil is { } h && p.IsHeld(now)) w.WriteString("hold_until", h); else w.WriteNull("hold_until");
        if (p.HoldReason is { } r && p.IsHeld(now)) w.WriteString("hold_reason", r); else w.WriteNull("hold_reason");
        w.WriteEndObject();
    }

    /// <summary>Writes the posts as a JSON array.</summary>
    public static void WriteArray(Utf8JsonWriter w, IEnumerable<PlannedPost> posts, DateTimeOffset now)
    {
        w.WriteStartArray();
        foreach (var p in posts) Write(w, p, now);
        w.WriteEndArray();
    }
}
