using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Privacy.Recognizers;

namespace Preround.Privacy.Analysis;

/// <summary>
/// Everything the privacy rules need to know about one draft, computed once and shared: the patient-context model,
/// every identifying detail with whether it is tied to a patient, and the combined re-identification risk.
/// </summary>
public sealed class PrivacyAnalysis
{
    private static readonly object Key = new();

    private PrivacyAnalysis(PatientContext context, IReadOnlyList<Detail> details, ReidentificationRisk risk)
    {
        Context = context;
        Details = details;
        Risk = risk;
    }

    /// <summary>Whether and where the draft is about a specific patient or encounter.</summary>
    public PatientContext Context { get; }

    /// <summary>Every detail found, in order of position.</summary>
    public IReadOnlyList<Detail> Details { get; }

    /// <summary>How the weak details tied to a patient combine.</summary>
    public ReidentificationRisk Risk { get; }

    /// <summary>The shared analysis for the draft a rule is looking at.</summary>
    public static PrivacyAnalysis Of(RuleContext context) => context.Shared(Key, static c => Analyze(c.Text, c.Draft.Context, untiedNamesAndStory: false));

    /// <summary>Analyses a text directly (redaction, benchmarks, tests).</summary>
    public static PrivacyAnalysis Analyze(AnalyzedText text, DraftContext draftContext) => Analyze(text, draftContext, untiedNamesAndStory: true);

    // NOTE: without a patient anchor no name or story detail can be tied to a patient (they are added after the
    // structured identifiers and only ever tied through the patient context), and every reader of the rules' shared
    // analysis (the privacy rules, the redaction suggestion) ignores untied names and story details. So the rules'
    // analysis skips both recognisers then: most drafts are about no patient. Analyze keeps every detail.
    private static PrivacyAnalysis Analyze(AnalyzedText text, DraftContext draftContext, bool untiedNamesAndStory)
    {
        var ctx = PatientContext.Analyze(text, draftContext);
        var details = new List<Detail>();
        IdentifierRecognizer.Find(text, ctx, details);
        if (ctx.HasPatient || untiedNamesAndStory)
        {
            ProperNameRecognizer.Find(text, ctx, details);
            StoryDetailRecognizer.Find(text, ctx, details);
        }
        details.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new PrivacyAnalysis(ctx, details, ReidentificationRisk.Assess(ctx, details));
    }
}
