using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Platforms.Rules;

/// <summary>
/// A quotation of a sentence or more (<see cref="MinWords"/> words) with no source anywhere in the post: no speaker
/// before it, no "— Name" after it, no @handle, link or citation, no verb of saying.
/// </summary>
public sealed partial class UnattributedQuoteRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.UnattributedQuote,
        "Quotation without a source",
        "The quotation '{match}' does not say who said or wrote it.",
        RuleCategories.Attribution,
        Severity.Info,
        "Readers cannot check an unsourced quote and may take it for your words; misattributed quotes are a common way misinformation spreads among clinicians.")
    {
        DefaultSuggestion = "Add the source after the quote, e.g. \"…\" — Author, or the @handle or link of where it was said.",
    };

    /// <summary>Shorter quotations (a phrase, a scare quote, a title) are not reported.</summary>
    public const int MinWords = 8;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        if (text.IndexOf('"') < 0 && text.IndexOf('\u201C') < 0 && text.IndexOf('\u00AB') < 0) return;
        var entities = PostEntities.Of(context);
        if (entities.Mentions.Count > 0 || entities.Urls.Count > 0) return;

        foreach (Match q in Quotation().Matches(text))
        {
            var body = q.Groups["body"].Value;
            if (WordCount(body) < MinWords) continue;
            var before = text[..q.Index];
            var after = text[(q.Index + q.Length)..];
            if (SpeakerLabel().IsMatch(before) || SourceAfter().IsMatch(after)) continue;
            if (SourceCue().IsMatch(before) || SourceCue().IsMatch(after)) continue;
            context.Report(new TextSpan(q.Index, q.Length), confidence: 0.6);
        }
    }

    private static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '\u2019' or '-');
        }
        return count;
    }

    [GeneratedRegex("\"(?<body>[^\"\\n]{10,600})\"|\u201C(?<body>[^\u201D\\n]{10,600})\u201D|\u00AB(?<body>[^\u00BB\\n]{10,600})\u00BB", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    // "Attending:" or "My PD, in clinic today:" just before the quote; not "Words to live by:" or "Quote of the day:".
    [GeneratedRegex(@"[\p{L}\p{N})](?<!\b(?:by|this|day|week|reminder|today|tonight|thought|thoughts|words|rule|advice|lesson|tip|pearl|truth|forget|remember|it|is|are))\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabel();

    // "— Osler", "- Maya Angelou", "~ my grandmother", "(Smith, 2019)" right after the quote.
    [GeneratedRegex(@"^\s*[.,!?]?\s*(?:[-–—―~]+\s*\S|\(\s*[\p{Lu}][^)]*\d{4}\s*\))", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAfter();

    // A verb of saying, a citation word or a named work anywhere outside the quote.
    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tell|tells|telling|wrote|writes|write|writing|asked|asks|ask|quoted|quoting|quote from|according to|per|via|h/t|hat tip|source|credit|courtesy|cited?|citing|remind(?:s|ed)?|overheard|heard|hear|yell(?:s|ed)?|shout(?:s|ed)?|whisper(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|explain(?:s|ed)?|put it|goes|went|called|calls|texted|emailed|messaged|tweeted|posted|paper|article|study|book|talk|titled|entitled|episode|podcast|chapter|lecture|keynote|presentation|poster|abstract|headline|sign|motto|mantra|slogan|guideline|guidance|policy|song|poem|lyric|film|movie|show)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceCue();
}
