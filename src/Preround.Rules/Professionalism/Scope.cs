using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Rules.Professionalism;

/// <summary>Who a phrase is about: the author, patients, or someone else; and whether it is talk about the words themselves.</summary>
internal static partial class Scope
{
    /// <summary>The sentence (normalised span) holding a position.</summary>
    public static TextSpan Sentence(AnalyzedText t, int position) => t.SentenceSpanAt(position);

    /// <summary>Text of the sentence before the match, normalised.</summary>
    public static ReadOnlySpan<char> Before(AnalyzedText t, TextSpan match)
    {
        var s = t.SentenceSpanAt(match.Start);
        return t.Normalized.AsSpan(s.Start, match.Start - s.Start);
    }

    /// <summary>Text of the sentence after the match, normalised.</summary>
    public static ReadOnlySpan<char> After(AnalyzedText t, TextSpan match)
    {
        var s = t.SentenceSpanAt(match.Start);
        var end = Math.Max(match.End, s.End);
        return t.Normalized.AsSpan(match.End, end - match.End);
    }

    /// <summary>"I'm an idiot", "feeling like a clown", "idiot me": the author is the one called names.</summary>
    public static bool IsSelfDirected(AnalyzedText t, TextSpan match) =>
        SelfBefore().IsMatch(Before(t, match)) || SelfAfter().IsMatch(After(t, match));

    /// <summary>The phrase is quoted, forbidden or discussed as language ("stop calling patients 'frequent flyers'").</summary>
    public static bool IsMetaTalk(AnalyzedText t, TextSpan match)
    {
        var before = Before(t, match);
        if (MetaBefore().IsMatch(before)) return true;
        return MetaAfter().IsMatch(After(t, match));
    }

    /// <summary>The sentence holding the match talks about patients, families or people in the author's care.</summary>
    public static bool SentenceMentionsPatients(AnalyzedText t, int position)
    {
        var s = t.SentenceSpanAt(position);
        return PatientWords().IsMatch(t.Normalized.AsSpan(s.Start, s.Length));
    }

    /// <summary>The words just before the match (same sentence) name patients or families: the target is someone in one's care.</summary>
    public static bool SubjectIsPatient(AnalyzedText t, TextSpan match)
    {
        var before = Before(t, match);
        return PatientWords().IsMatch(before[Math.Max(0, before.Length - 60)..]);
    }

    /// <summary>The post talks about patients or encounters anywhere.</summary>
    public static bool PostMentionsPatients(AnalyzedText t) => PatientWords().IsMatch(t.Normalized);

    [GeneratedRegex(@"(?:\bi'?m|\bi am|\bi was|\bi've been|\bi feel|\bi felt|\bi look|\bi looked|\bcall me|\bcalled me|\bme,?|\bmyself,?|\bam i|\bi became|\bi'm being|\bfeel(?:ing)?|\bfelt|\blook(?:ing)?|\bmade me (?:look|feel)|\bwe(?:'re| are| were)|\bi)\s+(?:(?:such|a|an|the|total|complete|absolute|utter|literally|so|being|like|actual|certified|huge|big|biggest|just|really|officially|an|lowkey|kind of|kinda|sort of|such an|complete|feel|felt|like)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfBefore();

    [GeneratedRegex(@"^\s{0,2}(?:i am|i was|i'm|im|i've been|me|here|over here|of a (?:student|resident|nurse|doctor|intern|me)|moment|move|mistake)\b(?!\s+not)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfAfter();

    [GeneratedRegex(@"(?:\b(?:don't|do not|never|stop|stopped|stopping|quit|quitting|avoid|please don't|we don't|retire|retired|ban|banning|banned|drop|dropped)\s+(?:\w+\s+){0,3}(?:call|calling|label|labeling|labelling|refer|referring|say|saying|use|using|write|writing|describe|describing)\b(?:\s+\w+){0,2}|\b(?:calling|call|called|labeling|labelling|labeled|labelled)\s+(?:\w+\s+){0,2}|\b(?:term|terms|label|labels|word|words|phrase|language|stigma|stigmatizing|stigmatising|(?<!so-)called|calls|nickname)\b[^.!?]{0,25}$|[""'])\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex MetaBefore();

    [GeneratedRegex(@"^[""']?\W{0,3}(?:is|are)\s+(?:a\s+)?(?:stigmatizing|stigmatising|harmful|dehumanizing|dehumanising|outdated|a slur|not a diagnosis|lazy language|bad language)", RegexOptions.CultureInvariant)]
    private static partial Regex MetaAfter();

    [GeneratedRegex(@"\b(?:patients?|pts?|pt's|families|family|parents?|moms?|mothers?|dads?|kids?|child|baby|babies|toddlers?|teens?|grandmas?|grandpas?|bed \d+|room \d+|bay \d+|triage|the \d+[\s-]?(?:yo|y/o|year[- ]old)|\d+[\s-]?(?:yo|y/o|yof|yom)|people who|guy in|lady in|man in|woman in|clients?|customers?|residents of|visitors?|admits?|frequent fl[yi]ers?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PatientWords();
}
