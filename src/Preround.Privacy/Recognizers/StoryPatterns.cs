using System.Text.RegularExpressions;

namespace Preround.Privacy.Recognizers;

/// <summary>Ages written as prose in stories: "mom is 44", "she's 38", "a 30-something teacher", ", 45,".</summary>
internal static partial class StoryPatterns
{
    [GeneratedRegex(@"\b(?:she|he|mom|dad|mother|father|pt|patient|the patient|they)(?:'s| is| was| were) (?:only |just |barely )?\d{1,2}\b(?!\s*(?:weeks?|wks?|days?|months?|mos?|minutes?|mins?|hours?|hrs?|percent|%|mg|lbs?|kg|pounds|cm|mm|inches|in|times|x|cases?|patients?|of|out|am|pm|feet|ft|miles?)\b)(?![.:/%]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex StatedAge();

    [GeneratedRegex(@"\b(?:early |mid |late |mid-|late-)?\d0-?somethings?\b|\bin (?:her|his|their) (?:early |mid |late |mid-|late-)?(?:[2-8]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b", RegexOptions.CultureInvariant)]
    public static partial Regex AgeBand();

    [GeneratedRegex(@"(?<=, )\d{2}(?=, )", RegexOptions.CultureInvariant)]
    public static partial Regex BareAge();

    /// <summary>The author as the subject right before an event word: "I was drowning", "I'm crashing", "we were flooded".</summary>
    [GeneratedRegex(@"(?:\bi\s+(?:was|am|felt|feel)|\bi'm|\bim|\bwe\s+(?:were|are)|\bwe're|\blike\s+i\s+was|\bfelt\s+like)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    internal static partial Regex FirstPersonBefore();

    /// <summary>An event word used for workload: "drowning in charts", "a flood of pages", "flooded with admits".</summary>
    [GeneratedRegex(@"^\s+(?:in|of|with)\s+(?:\w+\s+)?(?:charts?|charting|notes|paperwork|work|admissions?|admits|pages|messages|emails|inbox|tasks|orders|consults|patients|calls|requests|documentation|studying|flashcards|lectures|debt)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex FigurativeAfter();
}
