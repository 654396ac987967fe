using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Privacy.Rules.ConfidentialOther;

/// <summary>Board, licensing or school exam questions shared from memory, in bulk or by topic.</summary>
public sealed partial class ExamContentRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.ExamContent,
        "Exam questions shared",
        "'{match}' may share secure exam content; consider removing it.",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "Boards and the NBME treat recalled questions as a breach of the exam agreement: scores are voided and certification denied, and program directors and licensing boards are told.")
    {
        DefaultSuggestion = "Share study strategies and public resources instead of what was on the exam.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        if (!Exam().IsMatch(n)) return;
        foreach (var m in Sharing().EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 6)) continue;
            // The exam must be named in the same sentence or the one before ("Just took Step 2. Had three questions on...").
            var s = context.Text.SentenceAt(m.Index);
            var from = context.Text.Sentences.Count == 0 ? 0 : context.Text.Sentences[Math.Max(0, s - 1)].Start;
            var to = context.Text.Sentences.Count == 0 ? n.Length : context.Text.Sentences[Math.Min(context.Text.Sentences.Count - 1, s + 1)].End;
            if (!Exam().IsMatch(n.AsSpan(from, to - from))) continue;
            context.ReportNormalized(new(m.Index, m.Length), 0.85);
        }
    }

    [GeneratedRegex(@"\b(?:boards?|board exam|step ?[123]|step ?(?:one|two|three)|usmle|comlex|level [123]|nbme|shelf|shelves|in-?service|ite|abim|abfm|abp|abem|absite|abr|abog|aba|mcat|nclex|ncc|pance|panre|naplex|mpje|cpne|oral boards|written boards|qualifying exam|certifying exam|licensing exam|licensure exam|final exam|osce|cbse|cbe|exam|test)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Exam();

    [GeneratedRegex(@"\b(?:question dump|q ?dump|brain ?dump|recalls?|recalled questions|from memory|what was on (?:it|the|my|today)|what (?:they|it) asked|they asked (?:us )?(?:about|for)|(?:had|got|saw|there (?:was|were)) (?:a|an|one|two|three|four|five|several|multiple|\d+|so many|like \d+) (?:\w+ )?questions? (?:on|about|asking)|the (?:exact|actual|real|live) (?:\w+ )?(?:questions?|items?|stems?|cases?|vignettes?)|actual (?:exam|test|board) questions|leaked (?:questions|exam|test|answers)|answer key|screenshots? of (?:the )?(?:exam|test|questions?)|photos? of (?:the )?(?:exam|test|questions?)|(?:dm|message) me for (?:the )?(?:doc|questions|recalls|dump|pdf|file)|here'?s (?:every|each|all the) questions?|questions i (?:remember|can remember|got)|(?:a |the )?(?:copy|pdf|photos?|pics?|screenshots?|scans?) of (?:the |next week'?s |this year'?s |tomorrow'?s |our |an? )?(?:[\w-]+ ){0,2}(?:exam|test|boards|shelf|questions)|(?:dm|message|text) (?:me )?if you want (?:a peek|it|them|the (?:questions|doc|file|pdf))|remembered questions|(?:one|a) question (?:was|asked) about)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sharing();
}
