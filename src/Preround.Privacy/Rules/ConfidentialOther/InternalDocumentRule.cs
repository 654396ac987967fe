using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Privacy.Rules.ConfidentialOther;

/// <summary>Internal memos, incident reports, peer review, unannounced decisions or anything marked confidential.</summary>
public sealed partial class InternalDocumentRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.InternalDocument,
        "Internal or confidential material",
        "'{match}' may disclose internal or confidential material; consider not posting it.",
        RuleCategories.ConfidentialOther,
        Severity.Block,
        "Employers treat leaking internal e-mails, incident reports, peer review or unannounced decisions as misconduct; peer-review and quality material is often legally protected, and posting it can waive that protection.")
    {
        DefaultSuggestion = "Wait for the official announcement and share that, or speak about the issue in general terms without the document.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        foreach (var m in Document().EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 5)) continue;
            context.ReportNormalized(new(m.Index, m.Length), 0.8);
        }
        foreach (var m in Secret().EnumerateMatches(n))
        {
            if (Negation.IsNegated(context.Text, m.Index, 3)) continue;
            // "Don't tell anyone but..." matters when it introduces workplace news, not a surprise party.
            var sentence = context.Text.SentenceSpanAt(m.Index);
            var windowEnd = Math.Min(n.Length, Math.Max(sentence.End, m.Index + 200));
            if (WorkplaceNews().IsMatch(n.AsSpan(sentence.Start, windowEnd - sentence.Start))) context.ReportNormalized(new(m.Index, m.Length), 0.8);
        }
    }

    [GeneratedRegex(@"\b(?:(?:leaked|internal|confidential|private|admin's|leadership's|ceo's|cmo's) (?:\w+ )?(?:memo|email|e-mail|emails|document|documents|doc|slides|slide deck|report|policy draft|minutes|survey results|spreadsheet|salary data|budget|investigation|audit|letter|rank list|match list|interview scores|evaluations?|evals|roster|schedule)|(?:screenshot|screen ?shot|photo|pic|copy|leak)s? of (?:the |our |an |this )?(?:internal |confidential )?(?:memo|email from (?:admin|leadership|hr|the ceo|the cmo|our chair|the chair)|incident report|safety report|rca|root cause analysis|peer review|m&m slides|m&m list|schedule with names|staff roster|call schedule|staff schedule|staff list|staff phone (?:list|numbers)|phone list|contact list|employee list|rank list|salary|pay scale|contract|budget|board minutes)|(?:here(?:'s| is)|sharing|posting|attached) (?:the |our )?(?:incident report|safety report|rca|root cause analysis|peer review (?:file|findings|report)|m&m (?:slides|list|report))|marked (?:confidential|internal|do not distribute|not for distribution)|peer review (?:findings|report|file|minutes|results|outcome) (?:on|of|about|for)|(?:comp|compensation|bonus|salary|pay) (?:plan|scale|structure|bands?|spreadsheet|data) (?:\w+ ){0,3}(?:emailed|sent|shared|leaked|forwarded) (?:\w+ )?by (?:mistake|accident)|(?:emailed|sent|forwarded) (?:to (?:everyone|all staff) )?by (?:mistake|accident)|everyone'?s (?:phone numbers|home addresses|cell numbers))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Document();

    [GeneratedRegex(@"\b(?:don'?t tell anyone(?: but)?|you didn'?t hear (?:it|this) from me|keep (?:this|it) between us|off the record|not (?:public|announced) yet|(?:hasn'?t|haven'?t|has not|have not) (?:been )?(?:announced|made public|gone public)|before (?:it'?s|they) (?:announced|announce|go public|goes public)|embargoed|under embargo|nobody'?s supposed to know|not supposed to (?:share|say|tell|post) (?:this|it|yet)|insider (?:info|scoop)|heard (?:from|in) (?:a |the )?(?:leadership|board|admin) meeting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    [GeneratedRegex(@"\b(?:layoffs?|laid off|lay off|laying off|closing|closure|close (?:the|our)|shut(?:ting)? down|merg(?:er|ing)|acquisition|acquired|buyout|bought out|sold to|restructur\w*|cuts?|budget|salar\w*|pay (?:cut|freeze|raise)|bonus\w*|lawsuit|sued|settle\w*|investigation|audit|fired|firing|resign\w*|step(?:ping)? down|leaving|new ceo|new chair|new pd|program director|accreditation|probation|citation|jcaho|joint commission|cms survey|recall|outbreak|data breach|union|strike|contract|policy|unit|department|hospital|clinic|practice|program|residency|rank list|match list|interview (?:scores|list)|applicants?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WorkplaceNews();
}
