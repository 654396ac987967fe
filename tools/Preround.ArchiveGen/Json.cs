using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Preround.ArchiveGen;

internal static class Json
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON string literal.</summary>
    public static string S(string value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A JSON string literal in Meta's mojibake: every UTF-8 byte above 0x7F written as its own \u00XX escape.</summary>
    public static string Mojibake(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b >= 0x80) sb.Append("\\u00").Append(b.ToString("x2"));
            else if (b == '"') sb.Append("\\\"");
            else if (b == '\\') sb.Append("\\\\");
            else if (b == '\n') sb.Append("\\n");
            else if (b < 0x20) sb.Append("\\u00").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        return sb.Append('"').ToString();
    }
}
