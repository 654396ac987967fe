using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Professionalism;

namespace Preround.Rules.DisparageProfession;

/// <summary>Sweeping put-downs of a profession or specialty ("nurses are just waitresses", "psych isn't real medicine").</summary>
/// <remarks>Shout-outs, rebuttals ("nurses are not just…"), evidence-based scope-of-practice debate and jokes about one's own group ("we rads…") are fine.</remarks>
public sealed partial class ProfessionPutDownRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.ProfessionPutDown,
        "Put-down of a profession",
        "'{match}' runs down a whole profession; consider saying what you actually disagree with.",
        RuleCategories.DisparageProfession,
        Severity.Warn,
        "Colleagues you work with every shift, your program director and patients read sweeping put-downs of a profession as disrespect for the team that keeps patients safe; professional codes ask for respect across disciplines.")
    {
        DefaultSuggestion = "Criticise a specific practice with evidence, or say nothing about the group (\"I wish consult notes were more specific\").",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        if (!Cues.Of(context).Any(Cue.Profession)) return;
        var t = context.Text;
        var text = t.Deobfuscated;
        foreach (Match p in ProfessionLexicon.Group().Matches(text))
        {
            var group = new TextSpan(p.Index, p.Length);
            var sentence = t.SentenceSpanAt(group.Start);
            if (OwnGroup(context, t, group, p.Value)) continue;
            var sentenceText = text.AsSpan(sentence.Start, sentence.Length);
            if (NotJust().IsMatch(sentenceText) || Rebuttal().IsMatch(text.AsSpan(sentence.Start, group.Start - sentence.Start))) continue;
            var after = text.AsSpan(group.End, sentence.End - group.End);
            var put = PutDownAfter().Match(after.ToString());
            TextSpan? found = null;
            if (put.Success && put.Index <= 40) found = TextSpan.FromBounds(group.Start, group.End + put.Index + put.Length);
            else
            {
                var before = text.AsSpan(sentence.Start, group.Start - sentence.Start).ToString();
                var adj = AdjectiveBefore().Match(before);
                if (adj.Success) found = TextSpan.FromBounds(sentence.Start + adj.Index, group.End);
            }
            if (found is null && Sweeping().Match(sentenceText.ToString()) is { Success: true } sw) found = new TextSpan(sentence.Start + sw.Index, sw.Length);
            if (found is not { } span) continue;
            var hard = HardInsult().IsMatch(text.AsSpan(span.Start, span.Length));
            if (!hard && (Positive().IsMatch(sentenceText) || Evidence().IsMatch(text))) continue;
            if (Negation.IsNegated(t, group.Start, 3)) continue;
            context.ReportNormalized(span, hard ? 0.85 : 0.7);
            return;
        }
        // No group named, but the phrase itself sweeps ("real doctors don't…", "fake doctors", "such a pointless field").
        foreach (Match m in Sweeping().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (Negation.IsNegated(t, span.Start, 3) || Rebuttal().IsMatch(Scope.Before(t, span)) || NotJust().IsMatch(text.AsSpan(t.SentenceSpanAt(span.Start).Start, t.SentenceSpanAt(span.Start).Length))) continue;
            context.ReportNormalized(span, 0.7);
            return;
        }
    }

    /// <summary>"we rads", "as a nurse", or the author's own role: gentle self-deprecation, not disparagement.</summary>
    private static bool OwnGroup(RuleContext context, AnalyzedText t, TextSpan group, string name)
    {
        var before = Scope.Before(t, group);
        if (OwnMarker().IsMatch(before)) return true;
        return context.Author.Role switch
        {
            AuthorRole.Nurse => name.StartsWith("nurs", StringComparison.Ordinal) || name is "rns",
            AuthorRole.Np => name is "nps" or "nurse practitioners" or "midlevels" or "mid-levels" or "mid levels",
            AuthorRole.Pa => name is "pas" or "physician assistants" or "midlevels" or "mid-levels" or "mid levels",
            AuthorRole.Pharmacist => name.StartsWith("pharmac", StringComparison.Ordinal),
            AuthorRole.Resident or AuthorRole.Fellow => name is "residents" or "interns" or "fellows",
            AuthorRole.Ms1 or AuthorRole.Ms2 or AuthorRole.Ms3 or AuthorRole.Ms4 => name is "med students" or "medical students",
            _ => false,
        };
    }

    [GeneratedRegex(@"(?:\b(?:we|us|fellow|our)\s+(?:\w+\s+)?|\bas an?\s+(?:\w+\s+)?|\bmy fellow\s+(?:\w+\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnMarker();

    [GeneratedRegex(@"^\s*(?:(?:is|are|'s|'re)\s+(?:(?:all|just|only|basically|literally|simply|really|nothing but|mostly|merely)\s+)*(?:a\s+|an\s+|the\s+|bunch of\s+)?(?:glorified\s+|overpaid\s+|failed\s+|wannabe\s+)?(?:waitress(?:es)?|waiters?|secretar(?:y|ies)|babysitters?|maids?|servants?|bartenders?|order[- ]takers?|pill[- ]pushers?|pill[- ]counters?|scribes?|typists?|vending machines?|button[- ]pushers?|cheerleaders?|butlers?|gophers?|handmaidens?|taxi drivers?|uber drivers?|ambulance drivers?|bus drivers?|plumbers?|mechanics?|baristas?|quacks|frauds|charlatans|scam artists|snake oil salesm[ae]n|monkeys?|robots?|technicians?|techs?|lazy|useless|dumb|stupid|overpaid|overrated|a joke|jokes|clowns|glorified|doctors? lite|wannabes?|pretend doctors?|fake doctors?|failed \w+|med school rejects?)|(?:\w+\s+){0,6}?(?:isn't|is not|aren't|are not|ain't|not)\s+(?:a\s+|even\s+)?(?:real|actual|proper)\s+(?:medicine|doctors?|docs?|specialt(?:y|ies)|surgeons?|surgery|nurses?|science|physicians?|jobs?|work|field|clinicians?)|(?:\w+\s+){0,4}?get(?:s|ting)? paid (?:\w+\s+){0,3}to\s+(?:say|sit|write|do nothing|read|hedge|guess|stare|look|click|nod|sleep|watch|dictate)|(?:\w+\s+){0,3}?(?:all (?:they|you) (?:ever\s+)?(?:do|know) is|(?:are|is) only good (?:for|at)|couldn't (?:get into|hack it in|make it (?:in|into)|handle|cut it in) (?:med school|medical school|a real|residency|surgery|medicine|nursing)|(?:just|basically|only) (?:vibe|guess|google|follow (?:a|the) (?:script|algorithm|protocol))|vibe and prescribe|(?:can't|cannot|couldn't|can not) even (?:read|interpret|do|place|start|intubate|diagnose|spell|find|count|take|draw)|know(?:s)? (?:nothing|jack|squat|zero)|(?:don't|dont|do not) know (?:anything|shit|jack|squat|what they're doing)|have no (?:idea|clue) what they(?:'re| are) doing|think they(?:'re| are) (?:doctors|physicians|real doctors|surgeons)|play(?:ing)? doctor|(?:are|is)\s+(?:all\s+|just\s+|so\s+|such\s+)?(?:the worst|a joke|useless|lazy|overpaid|overrated|incompetent|clueless|idiots|morons|stupid|dumb|worthless|pointless|a scam|parasites|dinosaurs|glorified|arrogant|entitled|the dumbest|failed)|should (?:stay in (?:their|your) lane|know (?:their|your) place)|(?:just|only)\s+(?:sits?|sit around|stands? around|does nothing|do nothing|plays? on (?:their|his|her) phones?)|doing (?:sudoku|crosswords?|wordle)|is where (?:\w+\s+){1,3}go (?:when|if) (?:they|you) (?:can't|couldn't|don't)|(?:can't|couldn't) match (?:anything|anywhere) else|only know how to|(?:diagnose|treat|fix|cure|do|know|contribute) (?:everything and (?:treat|fix|do|cure) )?nothing|think they(?:'re| are) (?:smarter|better|gods?|god's gift)|(?:have|has) the (?:emotional intelligence|personality|iq|bedside manner|people skills|social skills) of an?|(?:is|are) (?:the\s+)?(?:laziest|dumbest|most useless|most pointless|most overrated|most overpaid|worst) (?:specialty|specialties|field|profession|people|job|group)|with better shoes|(?:are|is) where (?:\w+\s+){1,3}go to (?:die|hide)))", RegexOptions.CultureInvariant)]
    private static partial Regex PutDownAfter();

    [GeneratedRegex(@"(?<!\w)(?:lazy|useless|overpaid|glorified|incompetent|clueless|stupid|dumb|arrogant|entitled|wannabe|so-called|failed|brainless|self-important)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveBefore();

    [GeneratedRegex(@"waitress|secretar|babysitter|maids?|servants?|pill[- ]pushers?|idiots|morons|stupid|dumb|useless|real medicine|real doctors|better shoes|vibe|clowns|failed|rejects?|glorified|get(?:s|ting)? paid", RegexOptions.CultureInvariant)]
    private static partial Regex HardInsult();

    [GeneratedRegex(@"\b(?:shout-?outs?|thank(?:s| you)?|grateful|appreciate|kudos|props|celebrat\w*|heroes|respect|love (?:our|my|working)|proud)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(?:stud(?:y|ies)|data|evidence|trials?|systematic review|meta-analysis|outcomes|cochrane|published|per \d+|\d+%)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Evidence();

    [GeneratedRegex(@"\b(?:(?:who|people|those|anyone|everyone) (?:say|says|think|thinks|claim|claims|believe|believes|act like|acts like|calls?)|stop saying|tired of hearing|hear people|the myth that|the idea that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rebuttal();

    [GeneratedRegex(@"\b(?:(?:are|is) not ""?'?just|aren't ""?'?just|isn't ""?'?just|more than just|never just|myth|isn't true|is wrong|are wrong|not true)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotJust();

    [GeneratedRegex(@"\b(?:real (?:doctors|nurses|surgeons|physicians|docs) (?:don't|do not|wouldn't|never|aren't)|(?:fake|pretend|wannabe) (?:doctors|nurses|surgeons|physicians|docs)|(?:glorified|overpaid) (?:waitress(?:es)?|secretaries|babysitters|pill counters|scribes|plumbers|technicians|clerks|typists)|(?:such a |a )?(?:pointless|useless|worthless|fake|joke of a|overrated|overpaid) (?:field|specialty|profession))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sweeping();
}
