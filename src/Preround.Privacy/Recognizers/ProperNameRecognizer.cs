using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Data;

namespace Preround.Privacy.Recognizers;

/// <summary>
/// Personal names and town names, read from capitalisation in the original draft plus the shipped name and place lists.
/// A name after "Dr." or in thanks to a colleague is a colleague's; a town after "from" or "in" is a place.
/// </summary>
internal static class ProperNameRecognizer
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "officer", "captain", "sgt", "deputy" };
    private static readonly HashSet<string> ColleagueTitles = new(StringComparer.Ordinal) { "dr", "doctor", "prof", "professor", "nurse", "np", "pa", "rn", "coach", "chief", "dean", "senator", "president", "governor", "mayor", "judge", "rev", "reverend", "pastor", "father", "sister", };
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal) { "hi", "hey", "dear", "hello", "love", "bless", "rip", "named", "called", "goodbye", "bye", "miss" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "from", "in", "near", "outside", "of", "to", "around", "at" };
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "this", "that", "he", "she", "they", "we", "i", "it", "his", "her", "mom", "dad", "baby", "nurse", "doc",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "god", "jesus", "lord", "team", "everyone", "all", "friends", "folks",
    };

    public static void Find(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Mention)
            {
                if (ctx.IsPatientTied(text, t.Start) && ctx.AddressesPatient) Add(text, ctx, into, DetailKind.Handle, t.Start, t.Length, 0.8);
                continue;
            }
            if (t.Kind != TokenKind.Word) continue;
            var original = text.OriginalText(new(t.Start, t.Length));
            if (original.Length < 2 || !char.IsUpper(original[0]) || IsAllCaps(original)) continue;
            var word = text.SpanOf(t);
            // "Maria's stay": look the name up without the possessive.
            if (word.EndsWith("'s")) word = word[..^2];
            var prev = Previous(text, i, out var prevIndex);
            var prevPrev = prevIndex > 0 ? Previous(text, prevIndex, out _) : "";

            if (TryPlace(text, ctx, into, i, prev)) continue;
            if (NotNames.Contains(word.ToString())) continue;
            if (ColleagueTitles.Contains(prev) || (prev == "." && ColleagueTitles.Contains(prevPrev))) continue;

            var titled = Titles.Contains(prev) || (prev == "." && Titles.Contains(prevPrev));
            var isName = Gazetteer.IsFirstName(word, out var ambiguous);
            var greeted = Greetings.Contains(prev) || prev is "thanks" or "you" && prevPrev is "thank" or "love" or "miss";
            var initialSurname = prev == "." && prevPrev.Length == 1 && char.IsAsciiLetterLower(prevPrev[0]) && prevIndex > 0;
            double confidence;
            if (titled) confidence = 0.9;
            else if (initialSurname) confidence = 0.75;
            else if (greeted && (isName || !IsCommonWord(word))) confidence = isName && !ambiguous ? 0.85 : 0.6;
            else if (isName && !ambiguous && !IsSentenceStartOnly(text, i)) confidence = 0.7;
            else if (isName && !ambiguous) confidence = 0.55;
            // "Mark", "Grace", "Maria" are also words, but capitalised mid-sentence they are names.
            else if (isName && !IsSentenceStartOnly(text, i) && t.Kind == TokenKind.Word && !IsHashtagPart(text, t)) confidence = 0.5;
            else continue;

            var start = titled || initialSurname ? FirstOfTitle(text, prevIndex) : t.Start;
            var end = t.Start + word.Length;
            // Take a following capitalised surname with the first name: "Karen Lopez".
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Start == t.End + 1)
            {
                var next = text.OriginalText(new(tokens[i + 1].Start, tokens[i + 1].Length));
                if (next.Length > 1 && char.IsUpper(next[0]) && !IsAllCaps(next) && !NotNames.Contains(text.TextOf(tokens[i + 1]))) { end = tokens[i + 1].End; i++; }
            }
            Add(text, ctx, into, DetailKind.Name, start, end - start, confidence);
        }
    }

    private static bool TryPlace(AnalyzedText text, PatientContext ctx, List<Detail> into, int i, string prev)
    {
        if (!PlacePrepositions.Contains(prev)) return false;
        var tokens = text.Tokens;
        // Longest capitalised run of up to three words that the gazetteer knows: "Walla Walla", "Coeur d'Alene".
        for (var len = Math.Min(3, tokens.Count - i); len >= 1; len--)
        {
            var last = tokens[i + len - 1];
            if (last.Kind != TokenKind.Word) continue;
            var ok = true;
            for (var k = i + 1; k < i + len; k++)
            {
                if (tokens[k].Kind != TokenKind.Word || tokens[k].Start != tokens[k - 1].End + 1) { ok = false; break; }
            }
            if (!ok) continue;
            var name = text.Normalized.AsSpan(tokens[i].Start, last.End - tokens[i].Start);
            if (Gazetteer.IsPlace(name, out var ambiguous) && !ambiguous)
            {
                Add(text, ctx, into, DetailKind.Place, tokens[i].Start, last.End - tokens[i].Start, 0.8);
                return true;
            }
        }
        return false;
    }

    private static void Add(AnalyzedText text, PatientContext ctx, List<Detail> into, DetailKind kind, int start, int length, double confidence)
    {
        var span = text.ToOriginal(start, length);
        foreach (var d in into) if (d.Span.Overlaps(span)) return;
        IdentifierRecognizer.Add(text, ctx, into, kind, start, length, confidence, practiceLowers: false);
    }

    private static string Previous(AnalyzedText text, int i, out int index)
    {
        index = i - 1;
        if (index < 0) return "";
        var t = text.Tokens[index];
        if (t.Sentence != text.Tokens[i].Sentence && text.TextOf(t) != ".") return "";
        return text.TextOf(t);
    }

    private static int FirstOfTitle(AnalyzedText text, int prevIndex)
    {
        // Step back over "." to the title word itself.
        var k = prevIndex;
        if (text.TextOf(text.Tokens[k]) == "." && k > 0) k--;
        return text.Tokens[k].Start;
    }

    private static bool IsSentenceStartOnly(AnalyzedText text, int i) =>
        i == 0 || text.Tokens[i - 1].Sentence != text.Tokens[i].Sentence;

    private static bool IsHashtagPart(AnalyzedText text, Core.Text.Token t)
    {
        // Words split out of a camel-case hashtag ("#FaithOverFear") are not names.
        var span = text.ToOriginal(t.Start, t.Length);
        var k = span.Start - 1;
        while (k >= 0 && char.IsLetterOrDigit(text.Original[k])) k--;
        return k >= 0 && text.Original[k] == '#';
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool IsCommonWord(ReadOnlySpan<char> lower) => Gazetteer.IsPlace(lower, out _) || lower.Length <= 2;
}
