using System.Text.RegularExpressions;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Data;

namespace Preround.Privacy.Recognizers;

/// <summary>
/// Context-free personal names: after a greeting or thanks ("Hi David Johnson", "thanks Joshua"), signatures after a
/// closing line ("Kindest regards,\n\nFoo Bar"), a known first name alone on a line, and known first names with a
/// capitalised surname anywhere ("it's David Johnson with ACME").
/// </summary>
internal static partial class NameScanner
{
    public static void Find(AnalyzedText t, List<Detail> found)
    {
        var o = t.Original;
        foreach (Match m in AfterGreeting().Matches(o))
        {
            var g = m.Groups["name"];
            if (IsNameRun(g.Value, requireKnownFirst: false)) IdentifierScanner.Add(t, found, DetailKind.Name, MapBack(t, g.Index), g.Length, 0.8);
        }
        foreach (Match m in ScanPatterns.Closing().Matches(o))
        {
            var after = SignatureAfter().Match(o, m.Index + m.Length);
            if (!after.Success || after.Index > m.Index + m.Length + 6) continue;
            var g = after.Groups["name"];
            if (IsNameRun(g.Value, requireKnownFirst: false)) IdentifierScanner.Add(t, found, DetailKind.Name, MapBack(t, g.Index), g.Length, 0.75);
        }
        foreach (Match m in LoneLine().Matches(o))
        {
            var g = m.Groups["name"];
            if (Gazetteer.IsFirstName(g.Value.ToLowerInvariant(), out var ambiguous) && !ambiguous) IdentifierScanner.Add(t, found, DetailKind.Name, MapBack(t, g.Index), g.Length, 0.6);
        }
        foreach (Match m in CapitalisedRun().Matches(o))
        {
            var first = m.Groups["first"].Value;
            if (!Gazetteer.IsFirstName(first.ToLowerInvariant(), out var ambiguous) || ambiguous) continue;
            var whole = m.Groups["last"].Success && !Stop.Contains(m.Groups["last"].Value) ? m.Value : first;
            if (!m.Groups["last"].Success || Stop.Contains(m.Groups["last"].Value))
            {
                // A first name alone, mid-sentence, after "my" or another word: "here's my Clifford".
                if (m.Index == 0 || o[m.Index - 1] is '\n') continue;
            }
            IdentifierScanner.Add(t, found, DetailKind.Name, MapBack(t, m.Index), whole.Length, 0.6);
        }
    }

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal) { "Corp", "Inc", "Support", "Team", "Customer", "The", "And", "With", "How" };

    private static bool IsNameRun(string s, bool requireKnownFirst)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3) return false;
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsUpper(w[0]) || Stop.Contains(w.TrimEnd('.'))) return false;
        }
        if (requireKnownFirst) return Gazetteer.IsFirstName(words[0].ToLowerInvariant(), out _);
        return !NotNames.Contains(words[0]);
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "This", "That", "It", "I", "We", "You", "All", "Everyone", "Team", "Folks", "There", "Here", "Sir", "Madam", "Customer", "Support" };

    // NOTE: the original text keeps case, and the original and normalised offsets coincide for these ASCII runs
    // only when nothing before them was re-written; report through the original offsets directly.
    private static int MapBack(AnalyzedText t, int originalIndex) => NormalizedIndexOf(t, originalIndex);

    private static int NormalizedIndexOf(AnalyzedText t, int originalIndex)
    {
        // Binary search the normalised position whose original start is originalIndex.
        int lo = 0, hi = t.Normalized.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (t.ToOriginal(mid, 1).Start < originalIndex) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    [GeneratedRegex(@"(?i:\b(?:hi|hey|hello|dear|thanks|thank you|cheers))\b[ \t,.:]*(?:\.\.)?[ \t]*-?(?<name>[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+\.?){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex AfterGreeting();

    [GeneratedRegex(@"\G[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:--?|—)?[ \t]*(?<name>[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]*\.?){0,2})[ \t]*(?:\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureAfter();

    [GeneratedRegex(@"(?:^|\n)[ \t]*(?<name>[A-Z][a-z]+)[ \t]*(?=\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LoneLine();

    [GeneratedRegex(@"(?<![\w'])(?<first>[A-Z][a-z]+)(?: (?<last>(?:Mc|Mac|O')?[A-Z][a-z]+))?(?![\w'])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();
}
