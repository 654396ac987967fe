using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CredentialOverreach;

/// <summary>A student or resident claiming to be board certified or an attending.</summary>
public sealed partial class TraineeBoardCertificationRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.TraineeBoardCertification,
        "Trainee claiming board certification",
        "'{match}' claims board certification or attending status that a {role} does not hold yet",
        RuleCategories.CredentialOverreach,
        Severity.Warn,
        "Board certification comes after residency and the boards; patients, employers and your program director read the claim "
        + "literally, and certifying boards treat misstatement of status as grounds for discipline.")
    {
        DefaultSuggestion = "State your training level: \"PGY-2 in internal medicine\" or \"board eligible after residency\".",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var role = context.Author.Role;
        // NOTE: fellows are usually already board certified in their primary specialty, so only students and residents.
        if (!(role.IsStudent() || role == AuthorRole.Resident)) return;
        var n = context.Text.Normalized;
        if (!n.Contains("board", StringComparison.Ordinal) && !n.Contains("attending", StringComparison.Ordinal) && !n.Contains("diplomate", StringComparison.Ordinal)) return;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var sentence = context.Text.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (CredentialPatterns.FutureOrPlay().IsMatch(s) || NotSelf().IsMatch(s)) continue;
            var args = new[] { new KeyValuePair<string, string>("role", role.IsStudent() ? "medical student" : "resident") };
            context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.85, args: args);
            return;
        }
    }

    [GeneratedRegex(@"(?:\b(?:i'?m|i\s+am|am|as\s+an?|now|officially|finally|just\s+(?:got|became)|became|proud(?:ly)?(?:\s+to\s+be)?|newly)\s+(?:[a-z-]+\s+)?|(?:^|[.!?\n]\s*)|#)board[\s-]?cert(?:ified)?\b(?:\s+in\s+[a-z]+(?:\s+medicine)?)?|\bdiplomate\s+of\s+the\s+american\s+board\b|\b(?:i'?m|i\s+am|as)\s+(?:an?\s+|the\s+)(?:[a-z-]+\s+)?attending\b", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}(?:board|attending)|(?<!\bas\s)\b(?:my|our|the|his|her|their)\s+attending\b|\bwhen\s+(?:you|they)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotSelf();
}
