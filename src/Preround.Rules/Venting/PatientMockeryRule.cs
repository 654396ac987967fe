using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.Venting;

/// <summary>Mocking patients: derogatory labels ("frequent flyers", "drug seekers"), their bodies, intelligence or choices.</summary>
/// <remarks>A hard shift told with pride, humour without patient details, and talk about the labels themselves ("stop calling patients frequent flyers") are fine.</remarks>
public sealed partial class PatientMockeryRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PatientMockery,
        "Mocking patients",
        "'{match}' mocks patients; consider whether the patient could read this.",
        RuleCategories.Venting,
        Severity.Warn,
        "Patients, families and employers read mockery of patients' bodies, intelligence or choices as contempt for the people in your care; it erodes trust even when no one is named, and patients often recognise themselves.")
    {
        DefaultSuggestion = "Vent privately to a colleague; in public, write about the system problem without the patient (\"Med labels are hard to read, here is how we teach them\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cues = Cues.Of(context);
        if (!cues.Any(Cue.PatientLabel | Cue.Mockery | Cue.Sarcasm)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        if (cues.Any(Cue.PatientLabel) && Labels(context, t, text)) return;
        if (cues.Any(Cue.Mockery) && Intelligence(context, t, text)) return;
        if (cues.Any(Cue.Mockery) && Body(context, t, text)) return;
        if (cues.Any(Cue.Sarcasm | Cue.Mockery)) Choices(context, t, text);
    }

    private static bool Labels(RuleContext context, AnalyzedText t, string text)
    {
        foreach (Match m in MockeryLexicon.Label().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 3) || Scope.IsMetaTalk(t, span) || Scope.IsSelfDirected(t, span)) continue;
            if (MockeryLexicon.Education().IsMatch(text)) continue;
            var strong = m.Groups["strong"].Success;
            if (!strong && !Scope.PostMentionsPatients(t) && !MockeryLexicon.Encounter().IsMatch(text)) continue;
            context.ReportNormalized(span, strong ? 0.85 : 0.7);
            return true;
        }
        return false;
    }

    private static bool Intelligence(RuleContext context, AnalyzedText t, string text)
    {
        foreach (Match m in MockeryLexicon.Dimwit().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 2) || Scope.IsSelfDirected(t, span) || Scope.IsMetaTalk(t, span)) continue;
            // The people mocked may be named in the sentence before ("…they 'did their research'. Can't fix stupid.").
            var sentence = t.SentenceSpanAt(span.Start);
            var from = sentence.Start > 0 ? t.SentenceSpanAt(sentence.Start - 1).Start : 0;
            if (!MockeryLexicon.People().IsMatch(text.AsSpan(from, sentence.End - from))) continue;
            context.ReportNormalized(span, 0.75);
            return true;
        }
        return false;
    }

    private static bool Body(RuleContext context, AnalyzedText t, string text)
    {
        var m = MockeryLexicon.BodyJab().Match(text);
        if (!m.Success) return false;
        if (!MockeryLexicon.Jeer().IsMatch(text)) return false;
        context.ReportNormalized(new TextSpan(m.Index, m.Length), 0.75);
        return true;
    }

    private static void Choices(RuleContext context, AnalyzedText t, string text)
    {
        var s = MockeryLexicon.Sarcasm().Match(text);
        if (!s.Success) return;
        if (!MockeryLexicon.Blame().IsMatch(text)) return;
        if (!Scope.PostMentionsPatients(t) && !MockeryLexicon.Encounter().IsMatch(text)) return;
        if (MockeryLexicon.Education().IsMatch(text)) return;
        var sentence = t.SentenceSpanAt(s.Index);
        context.ReportNormalized(TextSpan.FromBounds(s.Index, Math.Max(s.Index + s.Length, sentence.End)), 0.65);
    }
}
