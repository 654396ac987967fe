using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.Learned;

/// <summary>
/// Base of the learned rules: one per risk category, each reporting when the learned classifier predicts its
/// category and no hand-written rule has already reported that category at least as severely. The hand-written
/// rules know context precisely (negation, disclosure, the author's role) and give the sharper span and fix; the
/// classifier catches the wordings they were never written for.
/// </summary>
/// <remarks>
/// Learned rules sort after the hand-written rules of their block (ids PRx9xx), so the findings they defer to are
/// already in <see cref="RuleContext.Findings"/>. Severity is block when the classifier's "block" target is
/// predicted as well, warn otherwise; a policy can re-grade or switch them off like any rule.
/// </remarks>
public abstract class LearnedCategoryRule : Rule
{
    /// <summary>The words that weigh most, quoted, for the message.</summary>
    private const int EvidenceWords = 3;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var category = Descriptor.Category;
        var assessment = LearnedAssessment.For(context);
        var model = assessment.Model;
        var target = model.TargetIndex(category);
        if (!assessment.Predicts(target)) return;
        var severity = assessment.Predicts(model.TargetIndex("block")) ? Severity.Block : Severity.Warn;
        if (context.HasReported(category, severity)) return;
        var (span, tokens) = assessment.Evidence(target);
        // NOTE: with no word weighing toward the category, the probability comes from the bias and the author's
        // role alone: that is a prior, not a reason to flag this draft.
        if (tokens.Count == 0) return;
        var words = new List<string>(EvidenceWords);
        foreach (var t in tokens)
        {
            var word = context.Text.OriginalText(new TextSpan(context.Text.Tokens[t].Start, context.Text.Tokens[t].Length));
            if (!words.Contains(word, StringComparer.OrdinalIgnoreCase)) words.Add(word);
            if (words.Count == EvidenceWords) break;
        }
        var evidence = string.Join(", ", words.Select(w => $"'{w}'"));
        context.ReportNormalized(
            span,
            confidence: assessment.Probabilities[target],
            severity: severity,
            args: [new("evidence", evidence)]);
    }
}
