using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.PersonalAttack;

/// <summary>Name-calling aimed at a named or identifiable person or group ("our senator is a brain-dead ghoul", "admins are all cowards").</summary>
/// <remarks>Calling oneself names ("I'm an idiot for forgetting my badge") and talk about the words ("stop calling people idiots") are fine; insults aimed at patients are left to the venting rule.</remarks>
public sealed class InsultAtPersonRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.InsultAtPerson,
        "Insult aimed at a person or group",
        "'{match}' calls someone names; consider criticising what they did instead.",
        RuleCategories.PersonalAttack,
        Severity.Warn,
        "Employers, licensing boards and the people named read insults from a clinician as a lapse in civility; hospitals' social media policies and medical boards treat harassment and name-calling as unprofessional conduct.")
    {
        DefaultSuggestion = "Criticise the action or the argument, with evidence, and leave out the label (\"I disagree with this vote because…\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var cues = Cues.Of(context);
        if (!cues.Any(Cue.Insult | Cue.Profane)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        var reported = false;
        foreach (Match m in InsultLexicon.StrongNoun().Matches(text))
        {
            reported |= Consider(context, t, new TextSpan(m.Index, m.Length), needsTarget: false);
        }
        foreach (Match m in InsultLexicon.WeakNoun().Matches(text))
        {
            reported |= Consider(context, t, new TextSpan(m.Index, m.Length), needsTarget: true);
        }
        if (reported) return;
        foreach (Match m in InsultLexicon.Adjective().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (DescribesPerson(t, span)) Consider(context, t, span, needsTarget: false);
        }
    }

    private static bool Consider(RuleContext context, AnalyzedText t, TextSpan span, bool needsTarget)
    {
        if (Negation.IsNegated(t, span.Start, 3) || Scope.IsSelfDirected(t, span) || Scope.IsMetaTalk(t, span)) return false;
        // NOTE: insults at patients are venting (PR2001); reporting both would double-count one sentence.
        if (Scope.SubjectIsPatient(t, span) && !NamesSomeoneElse(t, span)) return false;
        if (needsTarget && !(InsultLexicon.CopulaEnd().IsMatch(Scope.Before(t, span)) && InsultLexicon.Person().IsMatch(Scope.Before(t, span))) && !DemonstrativeBefore(t, span)) return false;
        context.ReportNormalized(span, needsTarget ? 0.65 : 0.8);
        return true;
    }

    private static bool NamesSomeoneElse(AnalyzedText t, TextSpan span)
    {
        var before = Scope.Before(t, span);
        return before.Contains("senator", StringComparison.Ordinal) || before.Contains("admin", StringComparison.Ordinal) || before.Contains("attending", StringComparison.Ordinal);
    }

    private static bool DemonstrativeBefore(AnalyzedText t, TextSpan span)
    {
        var before = Scope.Before(t, span).TrimEnd();
        return before.EndsWith(" those", StringComparison.Ordinal) || before.EndsWith(" these", StringComparison.Ordinal)
            || before.EndsWith("you", StringComparison.Ordinal) || before.EndsWith("you guys are", StringComparison.Ordinal);
    }

    /// <summary>"brain-dead senator", "clueless attending", "the senator is brain-dead".</summary>
    private static bool DescribesPerson(AnalyzedText t, TextSpan span)
    {
        var after = Scope.After(t, span);
        var next = after.TrimStart();
        var m = InsultLexicon.Person().Match(next.ToString());
        if (m.Success && m.Index == 0 && !IsPronounOnly(m.Value)) return true;
        var before = Scope.Before(t, span);
        if (!InsultLexicon.CopulaEnd().IsMatch(before)) return false;
        // Clinical senses: "brain dead" of a patient, "lazy eye".
        if (Scope.SentenceMentionsPatients(t, span.Start)) return false;
        var subject = LastWords(before, 6);
        return InsultLexicon.Person().IsMatch(subject) && !subject.Contains("it ", StringComparison.Ordinal);
    }

    private static bool IsPronounOnly(string w) => w is "he" or "she" or "they" or "him" or "her" or "them" or "you" or "u" or "ya" or "this" or "that" or "these" or "those" or "every" or "everyone" or "anyone" or "whoever";

    private static string LastWords(ReadOnlySpan<char> s, int words)
    {
        var count = 0;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (s[i] == ' ' && ++count > words) return s[(i + 1)..].ToString();
        }
        return s.ToString();
    }
}
