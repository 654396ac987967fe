using System.Text;
using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

/// <summary>Test text with <c>[|...|]</c> around exactly what a recogniser must flag.</summary>
internal static class Markup
{
    public static (string Text, List<TextSpan> Spans) Parse(string marked)
    {
        var sb = new StringBuilder();
        var spans = new List<TextSpan>();
        int i = 0, open = -1;
        while (i < marked.Length)
        {
            if (marked.AsSpan(i).StartsWith("[|")) { open = sb.Length; i += 2; }
            else if (marked.AsSpan(i).StartsWith("|]")) { spans.Add(TextSpan.FromBounds(open, sb.Length)); i += 2; }
            else sb.Append(marked[i++]);
        }
        return (sb.ToString(), spans);
    }

    /// <summary>Asserts the recogniser flags exactly the marked spans (across all its hits) and nothing when unmarked.</summary>
    public static List<TextHit> Verify(IImageTextRecogniser recogniser, string marked)
    {
        var (text, expected) = Parse(marked);
        var hits = recogniser.Find(text).ToList();
        var actual = hits.SelectMany(h => h.Spans).Distinct().OrderBy(s => s.Start).Select(s => text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(expected.OrderBy(s => s.Start).Select(s => text.Substring(s.Start, s.Length)), actual);
        return hits;
    }
}
