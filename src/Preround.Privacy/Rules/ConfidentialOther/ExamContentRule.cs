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
        if (Report(context, Sharing(), 0.85)) return;
        // Counting topics after sitting the exam ("Just sat Step 2: so many questions on HELLP", "I got five of
        // them") tells the next cohort what is on the form. Said before sitting it, the same words are study
        // advice, so the author must have taken the exam.
        if (SatTheExam().IsMatch(n)) Report(context, TopicsCounted(), 0.75);
    }

    private static bool Report(RuleContext context, Regex sharing, double confidence)
    {
        var n = context.Text.Normalized;
        var any = false;
        foreach (var m in sharing.EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 6)) continue;
            // The exam must be named in the same sentence or the one before ("Just took Step 2. Had three questions on...").
            var s = context.Text.SentenceAt(m.Index);
            var from = context.Text.Sentences.Count == 0 ? 0 : context.Text.Sentences[Math.Max(0, s - 1)].Start;
            var to = context.Text.Sentences.Count == 0 ? n.Length : context.Text.Sentences[Math.Min(context.Text.Sentences.Count - 1, s + 1)].End;
            if (!Exam().IsMatch(n.AsSpan(from, to - from))) continue;
            context.ReportNormalized(new(m.Index, m.Length), confidence);
            any = true;
        }
        return any;
    }

    [GeneratedRegex(@"\b(?:sat|took|taken|finished|survived|walked out of|done|just did|just had|passed|failed|today|this morning|yesterday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SatTheExam();

    // NOTE: question formats ("SATA", "select all", "priority", "image") are public knowledge and are not topics.
    [GeneratedRegex(@"\b(?:so many|tons of|a ton of|lots of|a lot of|a bunch of|several|multiple|like (?:\d+|two|three|four|five|six|seven|eight|ten)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?!(?:sata|select[- ]all|priority|image|picture|math|calc|calculation|long|short|hard|easy|weird|tough|experimental)\b)(?:[\w-]+\s+)?(?:questions?|qs|items|stems|vignettes)\s+(?:on|about|asking about|testing|with)\s+[a-z][\w-]*|\b(?:got|had|saw)\s+(?:like\s+)?(?:\d+|two|three|four|five|six|seven|eight|a few|several|so many|a ton|tons)\s+of\s+(?:them|those|these|it)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TopicsCounted();

    [GeneratedRegex(@"\b(?:boards?|board exam|step ?[123]|step ?(?:one|two|three)|usmle|comlex|level [123]|nbme|shelf|shelves|in-?service|ite|abim|abfm|abp|abem|absite|abr|abog|aba|mcat|nclex|ncc|pance|panre|naplex|mpje|cpne|oral boards|written boards|qualifying exam|certifying exam|licensing exam|licensure exam|final exam|osce|cbse|cbe|exam|test)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Exam();

    [GeneratedRegex(@"\b(?:question dump|q ?dump|brain ?dump|recalls?|recalled questions|from memory|what was on (?:it|the|my|today)|what (?:they|it) asked|they asked (?:us )?(?:about|for)|(?:had|got|saw|there (?:was|were)) (?:a|an|one|two|three|four|five|several|multiple|\d+|so many|like \d+) (?:\w+ )?questions? (?:on|about|asking)|the (?:exact|actual|real|live) (?:\w+ )?(?:questions?|items?|stems?|cases?|vignettes?)|actual (?:exam|test|board) questions|leaked (?:questions|exam|test|answers)|answer key|screenshots? of (?:the )?(?:exam|test|questions?)|photos? of (?:the )?(?:exam|test|questions?)|(?:dm|message) me for (?:the )?(?:doc|questions|recalls|dump|pdf|file)|here'?s (?:every|each|all the) questions?|questions i (?:remember|can remember|got)|(?:a |the )?(?:copy|pdf|photos?|pics?|screenshots?|scans?) of (?:the |next week'?s |this year'?s |tomorrow'?s |our |an? )?(?:[\w-]+ ){0,2}(?:exam|test|boards|shelf|questions)|(?:dm|message|text) (?:me )?if you want (?:a peek|it|them|the (?:questions|doc|file|pdf))|remembered questions|(?:one|a) question (?:was|asked) about)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sharing();
}
