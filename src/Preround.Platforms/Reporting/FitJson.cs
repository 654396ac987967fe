using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Threading;

namespace Preround.Platforms.Reporting;

/// <summary>JSON shapes of <c>preround fit</c> and <c>preround thread</c>.</summary>
public static class FitJson
{
    /// <summary>The <c>fit --json</c> object for one draft.</summary>
    public static void Write(Utf8JsonWriter w, FitResult fit)
    {
        w.WriteStartObject();
        WriteCore(w, fit);
        w.WriteNumber("over", fit.Over);
        if (fit.FitsUntil is { } cut) w.WriteNumber("fitsUntil", cut); else w.WriteNull("fitsUntil");
        if (fit.ByteLimit is { } bl) w.WriteNumber("byteLimit", bl);
        if (fit.ShortenedLength is { } sl) w.WriteNumber("shortenedLength", sl);
        w.WriteEndObject();
    }

    /// <summary>The <c>fit --jsonl</c> line: <c>{"id","platform","length","limit","valid"}</c>, plus <c>"bytes"</c> for Bluesky.</summary>
    public static void WriteLine(Utf8JsonWriter w, JsonElement id, FitResult fit)
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        id.WriteTo(w);
        WriteCore(w, fit);
        w.WriteEndObject();
    }

    /// <summary>The <c>thread --json</c> object; <paramref name="extra"/> adds properties to each part (the checker's verdict).</summary>
    public static void Write(Utf8JsonWriter w, Platform platform, IReadOnlyList<ThreadPart> parts, Action<Utf8JsonWriter, ThreadPart>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("platform", platform.Name());
        w.WriteNumber("count", parts.Count);
        w.WriteBoolean("valid", parts.All(p => p.Fit.Valid));
        w.WriteStartArray("parts");
        foreach (var p in parts)
        {
            w.WriteStartObject();
            w.WriteNumber("number", p.Number);
            w.WriteString("text", p.Text);
            w.WriteNumber("length", p.Fit.Length);
            w.WriteNumber("limit", p.Fit.Limit);
            w.WriteBoolean("valid", p.Fit.Valid);
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            extra?.Invoke(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCore(Utf8JsonWriter w, FitResult fit)
    {
        w.WriteString("platform", fit.Platform.Name());
        w.WriteNumber("length", fit.Length);
        w.WriteNumber("limit", fit.Limit);
        w.WriteBoolean("valid", fit.Valid);
        if (fit.Bytes is { } b) w.WriteNumber("bytes", b);
    }
}
