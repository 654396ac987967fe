using System.Text;

namespace Preround.Platforms.Text;

/// <summary>RFC 3492 Punycode encoding of one domain label, as <c>punycode.toASCII</c> applies it (no nameprep, no lower-casing).</summary>
internal static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    /// <summary>The ASCII form of a label: unchanged when it is all ASCII, else <c>xn--</c> plus its Punycode.</summary>
    public static string ToAsciiLabel(string label)
    {
        foreach (var c in label)
        {
            if (c >= 0x80) return "xn--" + Encode(label);
        }
        return label;
    }

    public static string Encode(string input)
    {
        var codePoints = new List<int>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            // NOTE: a lone surrogate is encoded as itself, as punycode.js's ucs2decode does.
            if (char.IsHighSurrogate(input[i]) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(input[i], input[i + 1]));
                i++;
            }
            else codePoints.Add(input[i]);
        }

        var output = new StringBuilder();
        foreach (var cp in codePoints)
        {
            if (cp < 0x80) output.Append((char)cp);
        }
        var basicLength = output.Length;
        var handled = basicLength;
        if (basicLength > 0) output.Append('-');

        int n = InitialN, delta = 0, bias = InitialBias;
        while (handled < codePoints.Count)
        {
            var m = int.MaxValue;
            foreach (var cp in codePoints)
            {
                if (cp >= n && cp < m) m = cp;
            }
            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var cp in codePoints)
            {
                if (cp < n) delta++;
                if (cp != n) continue;
                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t) break;
                    output.Append(Digit(t + (q - t) % (Base - t)));
                    q = (q - t) / (Base - t);
                }
                output.Append(Digit(q));
                bias = Adapt(delta, handled + 1, handled == basicLength);
                delta = 0;
                handled++;
            }
            delta++;
            n++;
        }
        return output.ToString();
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }
}
