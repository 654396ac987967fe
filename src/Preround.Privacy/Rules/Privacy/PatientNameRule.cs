using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>A personal name or handle used in patient context ("Hi Karen!", "Mr. Jones in bed 4", "@J. Alvarez your records").</summary>
public sealed class PatientNameRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.PatientName,
        "Name in patient context",
        "'{match}' may name a patient; consider removing it.",
        RuleCategories.Privacy,
        Severity.Block,
        "A patient's name, even a first name or a handle, lets family, friends and employers recognise them; your employer and licensing board treat it as a privacy breach.")
    {
        DefaultSuggestion = "Remove the name.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var analysis = PrivacyAnalysis.Of(context);
        foreach (var d in analysis.Details)
        {
            if (d.Kind is not (DetailKind.Name or DetailKind.Handle) || !d.PatientTied) continue;
            context.Report(d.Span, d.Confidence, PrivacySuggestion.For(context), Severity.Block, replacement: "");
        }
    }
}
