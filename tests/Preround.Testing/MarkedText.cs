using Preround.Core.Domain;

namespace Preround.Testing;

/// <summary>One marked location: the span and, for <c>{|PR1003:…|}</c> or <c>{|#0:…|}</c>, its label.</summary>
public sealed record MarkedSpan(TextSpan Span, string? Label);

/// <summary>
/// Test text with flagged spans marked in place: <c>[|…|]</c> for "the rule under test flags exactly this",
/// <c>{|PR1003:…|}</c> for a named rule, <c>{|#0:…|}</c> for a numbered location.
/// </summary>
public sealed record MarkedText(string Text, IReadOnlyList<MarkedSpan> Spans)
{
    public static MarkedText Parse(string marked)
    {
        var sb = new System.Text.StringBuilder(marked.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(int Start, string? Label)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                open.Push((sb.Length, null));
                i++;
                continue;
            }
            if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                var colon = marked.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException($"'{{|' at {i} needs a label and ':'");
                open.Push((sb.Length, marked[(i + 2)..colon]));
                i = colon;
                continue;
            }
            if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] is ']' or '}')
            {
                if (open.Count == 0) throw new FormatException($"unbalanced '|{marked[i + 1]}' at {i}");
                var (start, label) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, sb.Length), label));
                i++;
                continue;
            }
            sb.Append(marked[i]);
        }
        if (open.Count > 0) throw new FormatException("unclosed span marker");
        return new MarkedText(sb.ToString(), spans.OrderBy(s => s.Span.Start).ToList());
    }
}
