using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>Weak details about one patient that together identify them: "age + diagnosis + town + same day".</summary>
public sealed class ReidentificationRiskRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.ReidentificationRisk,
        "Details combine to identify a patient",
        "'{match}': {elements} together may identify the patient to people who know them.",
        RuleCategories.Privacy,
        Severity.Block,
        "Studies of clinicians' patient stories found a third identifiable to family or friends though almost none gave a name; your employer and board judge the disclosure, not the intent.");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var analysis = PrivacyAnalysis.Of(context);
        var risk = analysis.Risk;
        if (risk.Level == RiskLevel.None) return;
        var first = risk.Elements.MinBy(e => e.Span.Start)!;
        var last = risk.Elements.MaxBy(e => e.Span.End)!;
        // NOTE: the span runs from the first combining detail to the last, so the highlight shows the whole combination.
        var span = TextSpan.FromBounds(first.Span.Start, Math.Max(first.Span.End, last.Span.End));
        var severity = risk.Level == RiskLevel.High ? Severity.Block : Severity.Warn;
        var confidence = Math.Min(0.95, 0.5 + risk.Score / 10);
        context.Report(span, confidence, PrivacySuggestion.For(context), severity, [new("elements", risk.Describe())]);
    }
}
