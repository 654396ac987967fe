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
}
