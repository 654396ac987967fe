using System.Text.Encodings.Web;
using System.Text.Json;
using Preround.Archives.Model;
using Preround.Audit.Profile;
using Preround.Core.Domain;

namespace Preround.Audit.Reports;

/// <summary>
/// Writes <c>{"posts": [...], "summary": {...}, "profiles": [...], "notes": [...]}</c> as posts arrive, so a 100,000-post
/// archive never sits in memory. Each post carries <c>id</c>, <c>platform</c>, <c>created_at</c>, <c>kind</c>, <c>text</c>,
/// <c>url</c>, <c>verdict</c> and <c>findings</c> in the <c>check --jsonl</c> shape.
/// </summary>
// NOTE: "posts" comes before "summary" because the summary is only known once every post has streamed past.
public sealed class JsonReportWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    public JsonReportWriter(Stream output, bool indented = false)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartArray("posts");
    }

    public void Write(AuditedPost audited)
    {
        var p = audited.Post;
        _json.WriteStartObject();
        _json.WriteString("id", p.Id);
        _json.WriteString("platform", p.Platform.Name());
        _json.WriteString("created_at", ReportFormat.Iso(p.CreatedAt));
        _json.WriteString("kind", p.Kind.Name());
        _json.WriteString("text", p.Text);
        WriteOptional("url", p.Url);
        _json.WriteString("verdict", audited.Verdict.Name());
        _json.WriteNumber("risk", Math.Round(audited.Risk, 2));
        WriteOptional("in_reply_to", p.InReplyToId);
        WriteOptional("in_reply_to_account", p.InReplyToAccount);
        if (p.IsSelfReply) _json.WriteBoolean("self_reply", true);
        WriteOptional("repost_of", p.RepostOf);
        if (p.DeletedAt is { } deleted) _json.WriteString("deleted_at", ReportFormat.Iso(deleted));
        if (p.Visibility != PostVisibility.Unknown) _json.WriteString("visibility", p.Visibility.Name());
        if (p.Media.Count > 0) _json.WriteNumber("media", p.Media.Count);
        WriteOptional("source_file", p.SourceFile);
        WriteOptional("check_error", audited.CheckError);
        _json.WriteStartArray("findings");
        foreach (var f in audited.Findings) WriteFinding(_json, f);
        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16) _json.Flush();
    }

    /// <summary>Closes the posts array and writes the summary, profiles and import notes.</summary>
    public void Finish(AuditSummary summary, ReportContext context)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteString("source", context.Source);
        _json.WriteString("formats", string.Join(",", context.Formats));
        _json.WriteString("role", context.Author.Role.Name());
        _json.WriteString("generated_at", ReportFormat.Iso(context.GeneratedAt));
        _json.WriteNumber("total_posts", summary.TotalPosts);
        _json.WriteNumber("flagged_posts", summary.FlaggedPosts);
        _json.WriteNumber("deleted_posts", summary.DeletedPosts);
        _json.WriteNumber("unchecked_posts", summary.UncheckedPosts);
        if (summary.FirstPostAt is { } first) _json.WriteString("first_post_at", ReportFormat.Iso(first));
        if (summary.LastPostAt is { } last) _json.WriteString("last_post_at", ReportFormat.Iso(last));
        WriteCounts("kinds", summary.Kinds.ToDictionary(k => k.Key.Name(), k => k.Value));
        WriteCounts("platforms", summary.Platforms.ToDictionary(k => k.Key.Name(), k => k.Value));
        WriteCounts("verdicts", Enum.GetValues<Verdict>().ToDictionary(v => v.Name(), v => summary.Verdicts.GetValueOrDefault(v)));
        _json.WriteStartArray("categories");
        foreach (var c in summary.Categories)
        {
            _json.WriteStartObject();
            _json.WriteString("category", c.Category);
            _json.WriteString("label", c.Label);
            _json.WriteNumber("posts", c.Posts);
            _json.WriteNumber("block_posts", c.BlockPosts);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("timeline");
        foreach (var m in summary.Timeline.Where(m => m.Posts > 0))
        {
            _json.WriteStartObject();
            _json.WriteString("month", m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            _json.WriteNumber("posts", m.Posts);
            _json.WriteNumber("flagged_posts", m.FlaggedPosts);
            WriteCounts("categories", m.Categories);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("patterns");
        foreach (var p in summary.Patterns) _json.WriteStringValue(p.Sentence);
        _json.WriteEndArray();
        _json.WriteStartArray("cleanup");
        foreach (var item in summary.Cleanup)
        {
            _json.WriteStartObject();
            _json.WriteNumber("priority", item.Priority);
            _json.WriteString("title", item.Title);
            _json.WriteString("detail", item.Detail);
            _json.WriteStartArray("post_ids");
            foreach (var id in item.PostIds) _json.WriteStringValue(id);
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();

        _json.WriteStartArray("profiles");
        foreach (var profile in context.Profiles) ProfileJson.Write(_json, profile);
        _json.WriteEndArray();
        _json.WriteStartArray("notes");
        foreach (var n in context.Notes)
        {
            _json.WriteStartObject();
            _json.WriteString("level", n.Level.ToString().ToLowerInvariant());
            _json.WriteString("file", n.File);
            WriteOptional("position", n.Position);
            _json.WriteString("message", n.Message);
            _json.WriteNumber("count", n.Count);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>One finding in the <c>check --jsonl</c> shape.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.RuleId);
        json.WriteString("category", f.Category);
        json.WriteString("severity", f.Severity.Name());
        json.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        json.WriteNumber("start", f.Span.Start);
        json.WriteNumber("length", f.Span.Length);
        json.WriteString("message", f.Message);
        if (f.Suggestion is null) json.WriteNull("suggestion");
        else json.WriteString("suggestion", f.Suggestion);
        json.WriteEndObject();
    }

    private void WriteCounts(string name, IReadOnlyDictionary<string, int> counts)
    {
        _json.WriteStartObject(name);
        foreach (var (key, value) in counts.OrderBy(k => k.Key, StringComparer.Ordinal)) _json.WriteNumber(key, value);
        _json.WriteEndObject();
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null) _json.WriteString(name, value);
    }

    public void Dispose() => _json.Dispose();
}
