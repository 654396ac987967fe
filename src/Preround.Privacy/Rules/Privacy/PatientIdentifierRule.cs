using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>Direct identifiers: record, plan, account, licence, device numbers, SSN, phone, fax, e-mail, address, ZIP, dates of birth and care, ages over 89.</summary>
public sealed class PatientIdentifierRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.PatientIdentifier,
        "Identifier tied to a patient",
        "'{match}' is a {kind} that may identify a patient; consider removing it.",
        RuleCategories.Privacy,
        Severity.Block,
        "HIPAA treats this as an identifier: a compliance office, your employer or a licensing board reading the post sees a disclosure of protected health information, whatever the intent.")
    {
        DefaultSuggestion = "Remove the identifier.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var analysis = PrivacyAnalysis.Of(context);
        foreach (var d in analysis.Details)
        {
            if (!d.Kind.IsDirect() || d.Kind is DetailKind.Name or DetailKind.Handle) continue;
            // Record and plan numbers belong to patients wherever they appear; the rest only when tied to one.
            var inherent = d.Kind is DetailKind.MedicalRecordNumber or DetailKind.HealthPlanNumber;
            var tied = d.PatientTied || inherent;
            if (!tied && d.Kind is DetailKind.Date or DetailKind.AgeOver89 or DetailKind.Url) continue;
            var args = new[] { new KeyValuePair<string, string>("kind", d.Kind.Label()) };
            if (tied)
            {
                context.Report(d.Span, d.Confidence, PrivacySuggestion.For(context), Severity.Block, args, Generalizer.Replacement(d));
            }
            else
            {
                // NOTE: outside patient context (the practice's number, the author's own address) the identifier is
                // still shown, at info, so the author sees it while the verdict stays ok.
                context.Report(d.Span, d.Confidence * 0.6, "Fine if it is yours or the practice's to share; remove it if it belongs to a patient.", Severity.Info, args);
            }
        }
    }
}
