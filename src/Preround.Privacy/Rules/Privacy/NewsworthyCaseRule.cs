using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;
using Preround.Privacy.Redaction;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>A celebrity, a news event or a rare diagnosis tied to an encounter: one detail that points to one person.</summary>
public sealed class NewsworthyCaseRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.NewsworthyCase,
        "Newsworthy or rare case",
        "'{match}' ties a {kind} to an encounter; readers may know who it is.",
        RuleCategories.Privacy,
        Severity.Block,
        "A crash in the news, a local celebrity or a one-in-a-million diagnosis identifies the patient to the whole town; hospitals have dismissed staff for such hints, even with 'my lips are sealed'.");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var analysis = PrivacyAnalysis.Of(context);
        if (!analysis.Context.HasPatient) return;
        var hasOther = false;
        foreach (var d in analysis.Details)
        {
            if (d.PatientTied && d.Kind is DetailKind.RecentTime or DetailKind.Place or DetailKind.Age or DetailKind.Facility or DetailKind.Date or DetailKind.RoomOrBed) { hasOther = true; break; }
        }
        foreach (var d in analysis.Details)
        {
            if (!d.PatientTied) continue;
            if (d.Kind == DetailKind.NewsEvent)
            {
                context.Report(d.Span, d.Confidence, PrivacySuggestion.For(context), Severity.Block, [new("kind", "news event or public figure")]);
            }
            else if (d.Kind == DetailKind.Feature)
            {
                // HIPAA's "any other unique identifying characteristic": a koi tattoo sleeve or a missing thumb is a name to the neighbours.
                context.Report(d.Span, d.Confidence, PrivacySuggestion.For(context), Severity.Block, [new("kind", "distinctive feature")]);
            }
            else if (d.Kind == DetailKind.RareCondition)
            {
                // A rare diagnosis alone (a teaching case) is a warning; with timing, place or age it identifies.
                context.Report(d.Span, d.Confidence, PrivacySuggestion.For(context), hasOther ? Severity.Block : Severity.Warn, [new("kind", "rare diagnosis")]);
            }
        }
    }
}
