using System.Text.RegularExpressions;

namespace Preround.Privacy.Recognizers;

/// <summary>
/// Context-free identifier shapes for <see cref="IdentifierScanner"/>: what a PII redactor finds in any text,
/// whoever it belongs to. Validated shapes (IBAN, MBI, MAC, DEA) are also used by the in-post recognisers.
/// </summary>
internal static partial class ScanPatterns
{
    /// <summary>IBAN: country, check digits, 11-30 alphanumerics, optionally in groups of four; checked with mod-97.</summary>
    [GeneratedRegex(@"(?<![\w])[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?(?![\w])", RegexOptions.CultureInvariant)]
    public static partial Regex Iban();

    /// <summary>Medicare Beneficiary Identifier (CMS format: C A AN N - A AN N - A A N N, no S L O I B Z).</summary>
    [GeneratedRegex(@"(?<![\w-])[1-9][ac-hjkmnp-rt-y][ac-hjkmnp-rt-y0-9]\d-?[ac-hjkmnp-rt-y][ac-hjkmnp-rt-y0-9]\d-?[ac-hjkmnp-rt-y]{2}\d{2}(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Mbi();

    /// <summary>MAC addresses: six hex pairs with one separator kind, or Cisco dotted quads.</summary>
    [GeneratedRegex(@"(?<![\w:-])(?:[0-9a-f]{2}(?<sep>[:-])[0-9a-f]{2}(?:\k<sep>[0-9a-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?![\w:-])", RegexOptions.CultureInvariant)]
    public static partial Regex Mac();

    /// <summary>DEA registration: two letters (or a letter and 9) and seven digits, checked with the DEA check digit.</summary>
    [GeneratedRegex(@"(?<![\w])[a-z][a-z9]\d{7}(?![\w])", RegexOptions.CultureInvariant)]
    public static partial Regex Dea();

    /// <summary>State driver's licence shapes: one letter and 7-8 digits.</summary>
    [GeneratedRegex(@"(?<![\w])[a-z]\d{7,8}(?![\w])", RegexOptions.CultureInvariant)]
    public static partial Regex LetterDigits();

    /// <summary>Bare digit runs of 8-17 (account, licence or bank numbers without a label).</summary>
    [GeneratedRegex(@"(?<![\w.,/-])\d{8,17}(?![\w.,/-]\d|\w)", RegexOptions.CultureInvariant)]
    public static partial Regex DigitRun();

    /// <summary>SSN shapes with any one separator (or none): "078-05-1123", "078-051121", "07805-1121", "078 05 1123".</summary>
    [GeneratedRegex(@"(?<![\w/.-])(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Ssn();

    /// <summary>Card shapes: 13-19 digits, in 4-4-4-4, 4-6-5 or 4-6-4 groups or unbroken; and masked "****-****-****-1234".</summary>
    [GeneratedRegex(@"(?<![\w-])(?<!\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+\s)(?:\d{4}(?<s>[ -])\d{4}\k<s>\d{4}\k<s>\d{4}(?:\k<s>\d{1,3})?|\d{4}(?<t>[ -])\d{6}\k<t>\d{4,5}|\d{13,19}|(?:\*{4}[ -]){3}\d{4})(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Card();

    /// <summary>Phone numbers in national and international shapes (9-15 digits in groups), including ones glued to words.</summary>
    [GeneratedRegex(@"(?<![\d+/.#-])(?:\(\+\d{1,3}\)\s?|\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?|\d{1,4}[\s.-])(?:\d{1,4}[\s.-]){0,3}\d{3,8}(?![\d/-]|\.\d)|(?<![\w+])\+\d{10,14}(?!\d)|(?<![\w])1\d{10}(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    /// <summary>Calendar dates and timestamps in the shapes people and systems write.</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?:\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:z|[+-]\d{2}:\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(?:\d{4}|\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(?:\d{4}|\d{2})|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}/(?:\d{4}|\d{1,2}))(?![\w/:-]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    /// <summary>Web addresses with any scheme, and bare domains with a known top-level domain.</summary>
    [GeneratedRegex(@"(?<![\w@.])(?:[a-z][a-z0-9+.-]{1,15}://[^\s<>""'`]*[a-z0-9][^\s<>""'`]*|(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|site|online|health|care|clinic|hospital|md|me|tv|ly|gl|co|us|uk|ca|au|nz|ie|il|de|fr|es|it|nl|in|jp|cn|br|ru|ch|se|no|dk|fi|pl|be|at|za|mx|ar|kr|sg|hk)(?::\d{2,5})?(?:/[^\s<>""'`]*)?)(?![\w@-])", RegexOptions.CultureInvariant)]
    public static partial Regex Url();

    /// <summary>A greeting or thanks before a name: "Hi David Johnson", "Dear Clifford", "thanks Joshua", "Thanks -Jon".</summary>
    [GeneratedRegex(@"\b(?:hi|hey|hello|dear|thanks|thank you|cheers|regards|yours|sincerely)\b[ \t,.:-]*(?:\.\.)?[ \t-]*", RegexOptions.CultureInvariant)]
    public static partial Regex NameLead();

    /// <summary>A closing line before a signature: "All the best,", "Kindest regards,", "Take care!".</summary>
    [GeneratedRegex(@"(?:all the best|best|best wishes|kind(?:est)? regards|warm(?:est)? regards|regards|sincerely|cheers|thanks|thank you|affectionately|take care|love|yours(?: truly)?|happy \w+|have a (?:wonderful|great|nice|good) \w+)[ \t]*[,.!]?[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    public static partial Regex Closing();
}
