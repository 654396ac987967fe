using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Profanity;

/// <summary>Obscenities, spelled out, masked ("f***", "sh*t", "a$$", "f🤬ck"), leetspeak ("sh1t") or abbreviated ("wtf", "tired af").</summary>
// NOTE: mild words ("dang", "heck", "crap", "hell", "freaking") are deliberately not flagged: studies of
// unprofessional posts and program policies single out obscenities, and flagging every "hell of a shift"
// would drown the real findings. "damn" is flagged with lower confidence because many employers' policies list it.
public sealed partial class ProfanityRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.Profanity,
        "Profanity",
        "'{match}' is profanity; consider a cleaner word.",
        RuleCategories.Profanity,
        Severity.Warn,
        "Program directors, employers and patients read profanity on a clinician's post as a lapse in professionalism, even when it is aimed at a situation rather than a person; screenshots outlive the moment.")
    {
        DefaultSuggestion = "Say the same thing without the swear word (\"ridiculous\", \"a mess\", \"so frustrating\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cues = Cues.Of(context);
        var t = context.Text;
        var hidden = MaskedWords.MayHide(t.Normalized);
        if (!cues.Any(Cue.Profane | Cue.Masked))
        {
            if (hidden) MaskedWords.Report(context);
            return;
        }
        var text = t.Deobfuscated;
        foreach (Match m in Explicit().Matches(text))
        {
            if (IsName(t.Original, t.ToOriginal(m.Index, m.Length))) continue;
            // NOTE: "dammit" spilling coffee is as mild as a plain "damn" (which is not flagged): shown as info so the
            // writer sees it, without turning the verdict; "goddammit" keeps the warning.
            if (m.Value is "dammit" or "damnit")
            {
                context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.6, severity: Severity.Info);
                continue;
            }
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.9);
        }
        foreach (Match m in Abbreviated().Matches(t.Normalized))
        {
            // "AF" in capitals is atrial fibrillation; "tired af" is written in lower case.
            var original = t.ToOriginal(m.Index, m.Length);
            if (t.Original.AsSpan(original.Start, original.Length).SequenceEqual("af")) context.Report(original, 0.7);
        }
        foreach (Match m in Slang().Matches(t.Normalized))
        {
            var original = t.ToOriginal(m.Index, m.Length);
            // Lower case only: "AF" is atrial fibrillation.
            if (t.Original.AsSpan(original.Start, original.Length).SequenceEqual(m.Value) && !Covered(context, original)) context.Report(original, 0.7);
        }
        if (hidden || cues.Any(Cue.Masked)) MaskedWords.Report(context);
    }

    private static bool Covered(RuleContext context, TextSpan span)
    {
        foreach (var f in context.Findings)
        {
            if (f.RuleId == RuleIds.Profanity && f.Span.Start == span.Start) return true;
        }
        return false;
    }

    private static bool IsName(string original, TextSpan span) =>
        span.Length >= 4 && original[span.Start] == 'D' && original.AsSpan(span.Start, span.Length).Equals("Dick", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\w@#])(?:(?:mother)?(?:f+u+c+k+|fv+c+k+|ph+u+c+k+|fu+q+)(?:ing|in|ed|er|ers|s|face|faces|wit|wits|tard|ery|boy|head|heads|off|up|ton)?|f[cu]?k(?:ing|in|n|ed|er|s)?|fkn|fcking|fukn|fukkin|effing|effin|wtf|wtaf|stfu|gtfoh?|idgaf|omfg|fml|ffs|jfc|mf(?:ing|in|er|ers)|lmfao|shite|(?:bull|horse|ape|chicken|holy|dip|dog|bat|jack|hot)?shit(?:s|ty|tier|tiest|show|shows|storm|head|heads|hole|holes|post|posting|ted|ting|load|ton|faced)?|shat|(?:dumb|jack|smart|kick|lard|fat|hard|tight|bad)?ass(?:hole|holes|hat|hats|es|wipe|wipes|clown|clowns|ed)?|arse(?:hole|holes)?|bitch(?:es|ing|y|ed)?|bastards?|dick(?:head|heads|s)?|cunts?|twats?|piss(?:ed|ing|es|y)?|goddam+(?:n|it|mit|ned)?|god damn(?:it)?|damnit|dammit|douche(?:bag|bags|s)?|cocksuck(?:er|ers|ing)|whores?|sluts?|wank(?:er|ers)?|bollocks)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Explicit();

    [GeneratedRegex(@"(?<=\b(?:a|an|such an?|total|absolute|arrogant|little|smug|massive|pompous|entitled|complete|you|what a)\s(?:(?!(?:needle|pin|finger|heel|skin|sharps|small|tiny|quick|little)\s)[a-z]+\s)?)pricks?\b(?!\s+(?:tests?|testing|injur\w+|wounds?|sites?|marks?))|(?<=\b(?:tired|hungover|drunk|broke|done|exhausted|cold|hot|salty|bored|hungry|sleepy|stressed|busy|lit|extra|cute|sus|dead|weird|awkward|annoying|slow|pissed|mad|sick|anxious|nervous|fried|burnt out|burned out|sore|petty|over it)\s)af\b", RegexOptions.CultureInvariant)]
    private static partial Regex Slang();

    [GeneratedRegex(@"(?<=[a-z]{3,}\s)af(?=\s*(?:$|[.!?,;)\n]|\p{So}|\p{Cs}|#|lol|and\b|but\b|rn\b|today|tonight))", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();
}
