using System.Text;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Redaction;

/// <summary>
/// Writes the safer version of a draft: generalises details tied to a patient ("47 yo" → "40-something",
/// "tonight" → "recently", "from Walla Walla" → "from our region"), removes names, numbers, rooms and beds, keeps the
/// clinical meaning, and says what stays risky. A privacy change is always a suggestion: nothing is applied unasked.
/// </summary>
public static class Redactor
{
    private static readonly string[] Prepositions = ["in ", "at ", "on ", "from ", "to ", "of ", "for ", "with "];

    /// <summary>Redacts a draft.</summary>
    public static RedactionResult Redact(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = TextAnalyzer.Analyze(draft.Text);
        return Redact(text, PrivacyAnalysis.Analyze(text, draft.Context), draft.Context);
    }

    /// <summary>Redacts with an analysis already made (the check's suggestion uses this).</summary>
    public static RedactionResult Redact(AnalyzedText text, PrivacyAnalysis analysis, DraftContext draftContext = DraftContext.Post)
    {
        var original = text.Original;
        var changes = new List<RedactionChange>();
        var lastEnd = 0;
        foreach (var d in analysis.Details)
        {
            if (!ShouldChange(d, analysis) || d.Span.Start < lastEnd) continue;
            var replacement = Generalizer.Replacement(d);
            if (replacement == d.Text) continue;
            var span = d.Span;
            var before = PreviousWord(original, span.Start, lastEnd);
            if (d.Kind == DetailKind.Name && before is "named" or "called" or "Named" or "Called")
            {
                // "a patient named Rosa" → "a patient".
                span = TextSpan.FromBounds(original.LastIndexOf(before, span.Start, StringComparison.Ordinal), span.End);
                span = WithPreposition(original, span, lastEnd);
            }
            else if (d.Kind == DetailKind.Name && NamePrepositions.Contains(before)) replacement = "a patient";
            else if (replacement.Length == 0) span = WithPreposition(original, span, lastEnd);
            else if (d.Kind == DetailKind.AgeOver89 && NextWord(original, span.End) is { Length: > 0 } noun && PersonNouns.Contains(noun))
            {
                // "my 94-year-old patient" reads better as "my patient over 89".
                var nounStart = original.IndexOf(noun, span.End, StringComparison.Ordinal);
                span = TextSpan.FromBounds(span.Start, nounStart + noun.Length);
                replacement = noun + " over 89";
            }
            changes.Add(new RedactionChange(span, original.Substring(span.Start, span.Length), replacement, d.Kind));
            lastEnd = span.End;
        }
        var rewritten = Apply(original, changes);
        return new RedactionResult(rewritten, changes, Residual(analysis, draftContext));
    }

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase) { "patient", "pt", "lady", "woman", "man", "gentleman", "guy", "grandmother", "grandfather", "veteran" };

    private static readonly HashSet<string> NamePrepositions = new(StringComparer.OrdinalIgnoreCase) { "to", "for", "with", "from", "about", "of", "at", "by" };

    private static string PreviousWord(string s, int start, int floor)
    {
        var i = start;
        while (i > floor && s[i - 1] == ' ') i--;
        var end = i;
        while (i > floor && char.IsLetter(s[i - 1])) i--;
        return s[i..end];
    }

    private static string NextWord(string s, int from)
    {
        var i = from;
        while (i < s.Length && s[i] == ' ') i++;
        var start = i;
        while (i < s.Length && char.IsLetter(s[i])) i++;
        return s[start..i];
    }

    private static bool ShouldChange(Detail d, PrivacyAnalysis analysis)
    {
        if (d.PatientTied) return true;
        // Record and plan numbers are a patient's wherever they appear.
        return d.Kind is DetailKind.MedicalRecordNumber or DetailKind.HealthPlanNumber or DetailKind.Ssn;
    }

    private static TextSpan WithPreposition(string s, TextSpan span, int floor)
    {
        var start = span.Start;
        // Take the space before, and a preposition ("in bed 3", "at 555-0100") with its article.
        var k = start;
        while (k > floor && s[k - 1] == ' ') k--;
        var head = s.AsSpan(floor, k - floor);
        foreach (var p in Prepositions)
        {
            var word = p.TrimEnd();
            if (EndsWithWord(head, word)) { k -= word.Length; break; }
            if (EndsWithWord(head, word + " the")) { k -= word.Length + 4; break; }
        }
        while (k > floor && s[k - 1] == ' ') k--;
        return TextSpan.FromBounds(k, span.End);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> head, string word) =>
        head.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (head.Length == word.Length || !char.IsLetter(head[head.Length - word.Length - 1]));

    private static string Apply(string original, List<RedactionChange> changes)
    {
        var sb = new StringBuilder(original.Length);
        var pos = 0;
        foreach (var c in changes)
        {
            sb.Append(original, pos, c.Span.Start - pos);
            if (c.Replacement.Length > 0 && sb.Length > 0 && char.IsLetterOrDigit(sb[^1]) && !original.AsSpan(c.Span.Start).StartsWith(" ")) sb.Append(' ');
            sb.Append(c.Replacement);
            pos = c.Span.End;
        }
        sb.Append(original, pos, original.Length - pos);
        return Tidy(sb.ToString());
    }

    private static string Tidy(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            if (c is ',' or '.' or '!' or '?' or ':' or ';' && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            sb.Append(c);
        }
        var result = sb.ToString().Trim();
        // "a over-89" / "a 40-something": fix the article after generalising.
        return result.Replace(" a over-89", " an over-89", StringComparison.Ordinal).Replace("A over-89", "An over-89", StringComparison.Ordinal)
            .Replace(" a 80-something", " an 80-something", StringComparison.Ordinal).Replace(" a infant", " an infant", StringComparison.Ordinal);
    }

    private static List<string> Residual(PrivacyAnalysis analysis, DraftContext draftContext)
    {
        var notes = new List<string>();
        foreach (var d in analysis.Details)
        {
            if (!d.PatientTied) continue;
            if (d.Kind == DetailKind.RareCondition && !notes.Contains(RareNote)) notes.Add(RareNote);
            if (d.Kind == DetailKind.NewsEvent && !notes.Contains(NewsNote)) notes.Add(NewsNote);
            if (d.Kind == DetailKind.Occupation && !notes.Contains(OccupationNote)) notes.Add(OccupationNote);
            if (d.Kind == DetailKind.Feature && !notes.Contains(FeatureNote)) notes.Add(FeatureNote);
        }
        if (draftContext == DraftContext.ReviewReply) notes.Add(ReviewReplyAdvice.SafeReplyNote);
        return notes;
    }

    internal const string RareNote = "The diagnosis may be rare enough to identify the patient on its own: use a composite case and wait weeks before posting.";
    internal const string OccupationNote = "The patient's occupation or public role may narrow the story to one person with the other details: leave it out or make it general.";
    internal const string FeatureNote = "A tattoo, a birthmark, a height or a missing limb is recognised by everyone who knows the patient: leave it out.";
    internal const string NewsNote = "The event may have been in the local news, so readers can link it to one person: leave it out or wait until it is no longer recent.";
}
