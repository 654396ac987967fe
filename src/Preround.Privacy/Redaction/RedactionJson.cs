using System.Text.Json;

namespace Preround.Privacy.Redaction;

/// <summary>
/// The JSON shape of a redaction, shared by <c>preround redact --format json</c> and <c>POST /api/redact</c>:
/// <c>{"id"?,"text","changed","clear","changes":[{"start","length","original","replacement","kind"}],"residual":[...]}</c>.
/// </summary>
public static class RedactionJson
{
    /// <summary>Writes one redaction as an object; <paramref name="id"/> is echoed when given.</summary>
    public static void Write(Utf8JsonWriter w, string? id, VerifiedRedaction result)
    {
        var r = result.Redaction;
        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        w.WriteString("text", r.Text);
        w.WriteBoolean("changed", r.Changed);
        w.WriteBoolean("clear", result.Clear);
        w.WriteStartArray("changes");
        foreach (var c in r.Changes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", c.Span.Start);
            w.WriteNumber("length", c.Span.Length);
            w.WriteString("original", c.Original);
            w.WriteString("replacement", c.Replacement);
            w.WriteString("kind", c.Kind.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("residual");
        foreach (var note in r.Residual) w.WriteStringValue(note);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
