using System.Text;

namespace Preround.Archives.Text;

/// <summary>
/// Repairs the Facebook/Instagram export bug: UTF-8 bytes written as one <c>\u00XX</c> escape each, so "ø" arrives as "Ã¸".
/// </summary>
public static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The repaired text, or the input unchanged when it is not mojibake (any char above U+00FF, or not valid UTF-8 as bytes).</summary>
    public static string Repair(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var hasHigh = false;
        foreach (var c in text)
        {
            if (c > '\u00FF') return text;
            if (c >= '\u0080') hasHigh = true;
        }
        if (!hasHigh) return text;
        try
        {
            return StrictUtf8.GetString(Encoding.Latin1.GetBytes(text));
        }
        catch (DecoderFallbackException)
        {
            // NOTE: genuine Latin-1 text ("café" typed in 2012) is not valid UTF-8 as bytes, so it is kept as is.
            return text;
        }
    }
}
