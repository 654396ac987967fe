using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Conduct;

namespace Preround.Rules.ConfidentialOther;

/// <summary>
/// Internal, legal or unreleased matters made public: an M&amp;M or incident with its specifics, a pending lawsuit or
/// deposition, a peer-review or credentialing decision, unblinded trial data, an unannounced merger, a manuscript under
/// review, or exam items recalled. Needs the matter AND a sign it is specific or not public (a named colleague,
/// "our lawyer", "not public yet", "leaked", "👀", "details in thread").
/// </summary>
/// <remarks>Published results, public announcements, and general talk about how M&amp;M, peer review or exams work are fine.</remarks>
public sealed partial class InternalMatterRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.InternalMatter,
        "Internal or unreleased matter",
        "'{match}' may disclose an internal, legal or unreleased matter; this should not be posted.",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "M&M, peer review and incident analyses are confidential (often legally protected) so people can speak freely; pending litigation, unblinded data, unannounced deals and exam items are bound by agreements. Employers, sponsors, lawyers and boards treat posting them as misconduct.")
    {
        DefaultSuggestion = "Wait for the public record (publication, announcement, verdict) and share that; talk about the lesson in general terms without the case, people or data.",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var text = t.Normalized;
        var s = ConductSignals.Of(context);
        var mm = text.Contains("m&m", StringComparison.Ordinal) || text.Contains("morbidity and mortality", StringComparison.Ordinal);
        if (s.Any(Sig.Internal) || mm)
        {
            if (PublicRecord().IsMatch(text) || Process().IsMatch(text)) return;
            var specific = s.Any(Sig.Secrecy) || Specific().IsMatch(text);
            if (!specific) return;
            foreach (var h in s.Hits)
            {
                if ((h.Sig & Sig.Internal) == 0 || Negation.IsNegated(t, h.Start, 3)) continue;
                context.ReportNormalized(Frames.SentenceAt(t, h.Start), 0.7);
                return;
            }
            if (mm)
            {
                var at = text.IndexOf("m&m", StringComparison.Ordinal);
                context.ReportNormalized(Frames.SentenceAt(t, at < 0 ? text.IndexOf("morbidity", StringComparison.Ordinal) : at), 0.7);
                return;
            }
        }
        if (Code().Match(text) is { Success: true } code && !Negation.IsNegated(t, code.Index, 3))
        {
            context.ReportNormalized(new TextSpan(code.Index, code.Length), 0.75);
            return;
        }
        if (Exam().Match(text) is { Success: true } e && !Negation.IsNegated(t, e.Index, 4) && !Process().IsMatch(text))
        {
            context.ReportNormalized(new TextSpan(e.Index, e.Length), 0.75);
        }
    }

    [GeneratedRegex(@"(?:\bdr\.? [a-z]{2,}\b|\b(?:our|my) (?:lawyer|attorney|malpractice|case|deposition|sponsor|data|trial|committee|ceo|cmo|board)\b|\b(?:details|more) (?:in|below|in (?:the )?thread)\b|\bhere'?s what (?:actually |really )?happened\b|\bcover-?up\b|\bnot (?:public|announced|official) yet\b|\bcan'?t say (?:more|much)\b|\bdoesn'?t know (?:we know )?yet\b|\b(?:announcement|announce|announced) (?:in|next) (?:\w+ )?(?:days?|weeks?|months?)\b|\bbefore (?:they|it'?s|it is) (?:announce|delete|public|out)\w*|\bguess who\b|\bkeep (?:it|this) (?:quiet|between us)|\byou'?ll hear\b|\b(?:haven'?t|hasn'?t|have not|has not) been (?:told|announced|informed)|\bdidn'?t hear (?:it|this) from me|\bcan'?t share (?:specifics|details|much|names)|\bnot saying who\b|\by'?all know (?:who|it was)|\bwants? to keep it (?:that way|quiet)|\bsued over\b|\bgetting sued\b|\bbeing sued\b|\bscreenshot (?:below|attached|here)\b|\bone of our (?:\w+ )?(?:guys|docs|surgeons|nurses|residents|attendings)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Specific();

    [GeneratedRegex(@"\b(?:override|door|access|alarm|lock|pyxis|omnicell|keypad|med room|supply room|wifi|wi-fi|badge) (?:code|password|passcode|pin|combo|combination)s?\b[^.!?\n]{0,25}?\b\d{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"\b(?:published|publicly|press release|announced (?:today|this week|yesterday|publicly|officially)|officially announced|open access|preprint|now public|went public|is public|public record)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublicRecord();

    [GeneratedRegex(@"\b(?:how (?:m&m|peer review|credentialing|malpractice|depositions?|lawsuits?|the (?:match|process)) works?|in plain language|no cases|never share|don'?t share|do not share|study (?:estimates|finds|found)|new study|blame-?free|(?:m&m|peer review) is (?:one of|a|the)|tips? for|how to (?:prepare|survive|handle))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Process();

    [GeneratedRegex(@"\b(?:shelf|step ?[123]|usmle|comlex|nclex|boards?|board exam|in-?service|ck|cs|pance|naplex|mcat|final exam|exam)\b[^.!?\n]{0,60}?\b(?:(?:had|has|asked) (?:that|the|this) (?:exact|same|very) (?:\w+ )?question|(?:the )?exact (?:same )?questions?|answer (?:was|is) [a-z]|recall thread|questions? i (?:remember|recall)|i'?ll post the)\b|\b(?:exact (?:same )?question|recall thread|answer was [a-z])\b[^.!?\n]{0,60}?\b(?:shelf|step ?[123]|usmle|comlex|nclex|boards?|exam|ck)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Exam();
}
