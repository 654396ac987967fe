using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Conduct;

/// <summary>Frames that change what a conduct word means: quoting or reporting someone else, teaching, fiction, self-mockery.</summary>
internal static partial class Frames
{
    /// <summary>The word is aimed at the author, negated, or talked about as language rather than used.</summary>
    public static bool Defused(AnalyzedText t, TextSpan span, int negationWindow = 3) =>
        Negation.IsNegated(t, span.Start, negationWindow) || Scope.IsSelfDirected(t, span) || Scope.IsMetaTalk(t, span) || InQuotes(t, span);

    /// <summary>Inside a quotation the author is reporting ("a commenter called me a 'baby killer'").</summary>
    public static bool InQuotes(AnalyzedText t, TextSpan span)
    {
        var before = Scope.Before(t, span);
        var quotes = 0;
        foreach (var c in before) if (c is '"') quotes++;
        if (quotes % 2 == 1) return true;
        return ReportedSpeech().IsMatch(before);
    }

    /// <summary>The sentence holding a position, without the spaces around it.</summary>
    public static TextSpan SentenceAt(AnalyzedText t, int position)
    {
        var s = t.SentenceSpanAt(position);
        int start = s.Start, end = s.End;
        while (start < end && char.IsWhiteSpace(t.Normalized[start])) start++;
        while (end > start && char.IsWhiteSpace(t.Normalized[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The post as a whole reports, condemns or teaches about the behaviour rather than doing it.</summary>
    public static bool Condemns(string text) => Condemnation().IsMatch(text);

    /// <summary>Sarcasm and exasperation idioms (each counts as one frustration marker).</summary>
    public static int FrustrationIdioms(string text)
    {
        var n = 0;
        foreach (var _ in Exasperation().EnumerateMatches(text)) n++;
        return n;
    }

    [GeneratedRegex(@"\b(?:(?:told|called|calls|call|labelled|labeled|commented|wrote|replied|said|says|dm'?d|messaged)\s+(?:me|us|her|him|them|nurses|doctors|healthcare workers)\b[^.!?]{0,20}|(?:someone|a commenter|a troll|a patient|he|she|they)\s+(?:told|called|said|wrote|replied)\b[^.!?]{0,45})$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"\b(?:report (?:it|them|harassment)|screenshot it|is (?:never|not) ok(?:ay)?|unacceptable|condemn\w*|(?:please )?be kind|zero tolerance|no one deserves|nobody deserves|(?:writing|wrote|my) (?:a )?(?:thriller|novel|story|screenplay|short story)|purely fiction|fictional|(?:don't|never|do not) (?:post|say|write|call)|what not to (?:post|say))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Condemnation();

    // NOTE: a scare-quoted phrase counts ('allergic' to everything); an apostrophe inside a word ("I'm so sorry you're")
    // is not a quote mark, hence the letter guards on both sides.
    [GeneratedRegex(@"(?:\bmake it make sense\b|\bi'?m (?:so )?(?:tired|done|over it)\b|\bcool,? cool\b|\byou'?re welcome\b|\bcan'?t stand\b|\blos(?:e|ing|t) (?:all )?faith\b|\blearn to (?:read|\w+)\b|\bdon'?t (?:come )?cry(?:ing)? to (?:me|us)\b|\bgo home\b|\bevery\.? single\.? time\b|\bevery\. time\b|\bwhy do (?:they|these|people|ppl|patients|pts|the)\b|\bfor the \d+(?:st|nd|rd|th) time\b|\basking for my\b|\bsend help\b|\bsure,? (?:jan|buddy|pal|sir|ma'?am)\b|\bthe audacity\b|\bhumanity was a mistake\b|\bi can'?t (?:even|with)\b|\bthe entitlement\b|\bimagine\b|\bnever fails\b|\bvillain origin\b|\bidk who needs to hear this\b|\bis open,? folks\b|\bbless (?:his|her|their) heart\b|\bso naturally\b|\bi'?m (?:putting|making) (?:you|them|him|her)\b|\btaking my (?:sweet )?time\b|\bkaren\w*\b|\bacts? (?:shocked|surprised)\b|\b(?:quoting|citing|read (?:it )?on|saw (?:it )?on|learned (?:it )?(?:on|from)) (?:tiktok|facebook|youtube|instagram|google|webmd|reddit|a podcast)\b|\bchange my mind\b|\b(?:kill|end|shoot) me\b|\bnatural selection\b|\bsupposed to feel sorry\b|\bdr\.? google\b|\bgoogled\b|\bwebmd\b|\btiktok (?:told|said|doctor)\b|\bdid (?:their|his|her|my) (?:own )?research\b|(?<![a-z])'[a-z][a-z ]{2,30}'(?![a-z])|""[a-z][a-z ]{2,30}"")", RegexOptions.CultureInvariant)]
    private static partial Regex Exasperation();
}
