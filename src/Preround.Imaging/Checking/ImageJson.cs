using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>
/// The JSON shape of picture reports, used by <c>check --image --format json</c> and the API:
/// <c>"images":[{"path","format","width","height","error","notices","ocr":{"ran","seconds","text"},"findings":[{"rule",
/// "category","severity","confidence","quote","message","rationale","suggestion","help","location":{"field"|"region","box"}}]}]</c>.
/// </summary>
public static class ImageJson
{
    /// <summary>Writes the <c>"images"</c> property (inside an object that is already open).</summary>
    public static void WriteImagesProperty(Utf8JsonWriter w, ImageCheckResult result)
    {
        w.WriteStartArray("images");
        foreach (var r in result.Reports) WriteReport(w, r);
        w.WriteEndArray();
    }

    public static void WriteReport(Utf8JsonWriter w, ImageReport r)
    {
        w.WriteStartObject();
        w.WriteString("path", r.Image);
        w.WriteString("format", r.Format.ToString().ToLowerInvariant());
        w.WriteNumber("width", r.Width);
        w.WriteNumber("height", r.Height);
        if (r.Error is null) w.WriteNull("error");
        else w.WriteString("error", r.Error);
        w.WriteStartArray("notices");
        foreach (var n in r.Notices) w.WriteStringValue(n);
        w.WriteEndArray();
        if (r.Ocr is { } ocr)
        {
            w.WriteStartObject("ocr");
            w.WriteBoolean("ran", ocr.Ran);
            w.WriteNumber("seconds", Math.Round(ocr.Elapsed.TotalSeconds, 3));
            w.WriteString("text", r.OcrText);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("ocr"); // not attempted (--no-image-text, or the picture could not be read)
        }
        w.WriteStartArray("findings");
        foreach (var f in r.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter w, ImageFinding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("category", f.Category);
        w.WriteString("severity", f.Severity.Name());
        w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        w.WriteString("quote", f.Quote);
        w.WriteString("message", f.Message);
        w.WriteString("rationale", f.Rationale);
        if (f.Suggestion is null) w.WriteNull("suggestion");
        else w.WriteString("suggestion", f.Suggestion);
        if (f.HelpUri is not null) w.WriteString("help", f.HelpUri);
        w.WriteStartObject("location");
        if (f.Location.Field is not null) w.WriteString("field", f.Location.Field);
        if (f.Location.Region is not null) w.WriteString("region", f.Location.Region);
        if (f.Location.Box is { } b)
        {
            w.WriteStartObject("box");
            w.WriteNumber("x", b.X);
            w.WriteNumber("y", b.Y);
            w.WriteNumber("width", b.Width);
            w.WriteNumber("height", b.Height);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
