using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.CoiUndisclosed;

/// <summary>
/// Promotional intent without a disclosure, judged from structure rather than fixed phrases: a coupon written as a code
/// ("w/ NURSEBRI", "drkaylee10 at checkout"), a referral or shop link, or a relationship with the maker (speaker bureau,
/// advisory board, equity, a trip, a sponsored meal, a gift) — together with the author's endorsement of the product.
/// A coupon alone is enough; links and relationships need the endorsement beside them.
/// </summary>
public sealed partial class PromotionalEndorsementRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.PromotionalEndorsement,
        "Endorsement with an undisclosed interest",
        "'{match}' shows a commercial interest behind the praise, and the post does not disclose it",
        RuleCategories.CoiUndisclosed,
        Severity.Block,
        "Readers take a clinician's recommendation as independent; the FTC Endorsement Guides, the Sunshine Act culture around "
        + "industry payments, state boards and employers expect any code, commission, gift, trip, meal, equity or paid role to be "
        + "disclosed up front in plain words.")
    {
        DefaultSuggestion = "Start with the relationship in plain words: \"#ad — I'm paid by [Brand] / I earn a commission on this code / I'm on [Company]'s speaker bureau.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "code", "checkout", "check out", "%", "off", "link", "bio", "storefront", "referral", "affiliate", "discount", "shop", "grab",
        "swipe", "bureau", "advisory", "equity", "stake", "shares", "courtesy", "flew", "flying", "fly ", "thank", "gift", "sent me",
        "pr box", "pr package", "free", "w/", "use ", "with ", "enter ", "partnered", "ambassador", "consult", "lunch", "dinner", "partner",
        "affiliate");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.CoiUndisclosed)) return;
        TextSpan? cue = null;
        var strong = false;
        var coupon = Coupon().Match(t.Original);
        if (coupon.Success && IsCoupon(coupon.Groups["code"].Value, n))
        {
            cue = new TextSpan(coupon.Index, coupon.Length);
            strong = true;
        }
        else
        {
            var lower = LowerCoupon().Match(n);
            if (lower.Success) { cue = t.ToOriginal(new TextSpan(lower.Index, lower.Length)); strong = true; }
        }
        if (cue is null)
        {
            var link = ShopLink().Match(n);
            var relation = link.Success ? link : Relationship().Match(n);
            if (!relation.Success || !Endorsement().IsMatch(n)) return;
            cue = t.ToOriginal(new TextSpan(relation.Index, relation.Length));
        }
        if (Disclosed(t)) return;
        context.Report(cue.Value, strong ? 0.85 : 0.75);
    }

    /// <summary>True when the post discloses the relationship in plain words; denials ("not an ad") do not count.</summary>
    private static bool Disclosed(Core.Text.AnalyzedText t)
    {
        var n = t.Normalized;
        if (Denial().IsMatch(n)) return false;
        return DisclosureSignals.Disclosure().IsMatch(n) || PlainDisclosure().IsMatch(n);
    }

    /// <summary>Capitals-only words after "with"/"use" are often acronyms (ADHD, COPD); a coupon has a digit or an underscore, or a shop word in the post.</summary>
    private static bool IsCoupon(string code, string normalized)
    {
        if (Acronym().IsMatch(code)) return false;
        foreach (var c in code)
        {
            if (char.IsDigit(c) || c == '_') return true;
        }
        // NOTE: "use code STROKE when you page neuro" is a hospital code; a capitals-only code needs a shopping word in the post.
        return Shopping().IsMatch(normalized);
    }

    [GeneratedRegex(@"(?i:\b(?:use|using|with|w/|enter|apply|(?:promo|discount|coupon|my)\s+code|code)\s*:?\s*)(?<code>(?-i:[A-Z][A-Z0-9_]{3,}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Coupon();

    [GeneratedRegex(@"\b(?=[a-z_]*\d)[a-z][a-z0-9_]{3,}\s+(?:at|@)\s+check\s?out\b|\b(?:code|use|with|w/)\s+(?=[a-z_]*\d)[a-z][a-z0-9_]{3,}\s+(?:for|to\s+(?:get|save))\s+\d+\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCoupon();

    [GeneratedRegex(@"^(?:ADHD|COPD|PTSD|HIV|AIDS|COVID\w*|CPAP|BIPAP|ECMO|NICU|PICU|MICU|SICU|ICU|GERD|AFIB|CHF|CKD|ESRD|HTN|DKA|OCD|PCOS|IBS|IBD|UTI|MRSA|TPN|PEEP|NSAIDS?|SSRIS?|EPIC|CERNER|USMLE|COMLEX|NCLEX|ACLS|PALS|BLS|NRP|OSCE|FDA|CDC|WHO|NIH|AMA|ANA|AAP|ACOG|ASCO|CPR|STEMI|NSTEMI|MASH|NASH|EMTALA|HIPAA|RSV|HPV|MMR|GLP\w*|SGLT\w*|LDL|HDL|TSH|BMI|LGBTQ\w*|THE|AND|THIS|THAT|YOUR|WHAT|EVERY|NEVER|ALWAYS|ALL|LOVE|BEST|FREE|NOW|TODAY)$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"%\s*off|\bdiscount|\bsave\b|\bsavings\b|\bcheck\s?out\b|\bfree\s+(?:month|trial|visit|shipping|gift)\b|\bshop\b|\blink\b|\bcheck\s?out\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shopping();

    [GeneratedRegex(@"\b(?:my|the)\s+(?:affiliate|referral|discount)\s+(?:link|code)\b|\b(?:through|via|with|using|from|at|use|click|tap)\s+(?:my|the)\s+link\b|\blink\s+(?:is\s+)?in\s+(?:my\s+)?(?:bio|profile|stories|story|comments)\b|\bmy\s+(?:amazon\s+)?(?:storefront|shop|store|ltk)\b|\bsign\s+up\s+(?:with|through|via)\s+my\b|\bwe\s+both\s+get\b|\d+\s*%\s*off\b|\b(?:grab|get|order|buy)\s+(?:it|yours|them|one|some)\b|\bshop\s+(?:now|it|via|through|the\s+link)\b|\blinked\s+(?:it|them|my\s+\w+)\s+(?:in|on)\b|\bswipe\s+(?:up|for)\b|\b(?:book|order|buy)\s+(?:through|via|with)\s+my\b|\bdm\s+me\s+for\s+(?:a\s+)?(?:demo|discount|code|link)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShopLink();

    [GeneratedRegex(@"\bspeakers?'?\s+(?:bureau|program|circuit)\b|\badvisory\s+(?:board|council)\b|\b(?:equity|shares|stock|a\s+stake)\s+in\b|\bcompany\s+i\s+(?:co-?)?founded\b|\b(?:consultant|ambassador|partner|spokesperson)\s+(?:for|with|to)\s+@?\w+|\bpartnered\s+with\b|\b(?:we|i|our\s+(?:clinic|practice|office|team|med\s*spa|spa))\s+(?:partner|partners|are\s+partnering|have\s+partnered|teamed\s+up|team\s+up)\s+with\b|#[a-z0-9]{2,}(?:partner|ambassador|affiliate)\b|\bcourtesy\s+of\b|\b(?:flew|flying|fly|flown)\s+(?:me|us)\s+(?:out|in|to)\b|\b(?:paid|covered)\s+(?:for\s+)?my\s+(?:trip|flight|flights|hotel|travel)\b|\b(?:thanks?|thank\s+you|shout\s*out|grateful|s/o|big\s+thanks)\b[^.!?\n]{0,50}\bfor\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:\w+\s+){0,2}(?:lunch|dinner|breakfast|trip|swag|gifts?|samples|flights?|hotel|goodies|box|package|treatments?|products?|set|kit|weekend|retreat|getaway|tickets|cruise|spa\s+day|vacation|stay)\b|\bgifted\b|\bpr\s+(?:box|package|haul)\b|\bsent\s+(?:me|us)\s+(?:\w+\s+){0,3}(?:to\s+try|free)\b|\bfree\s+(?:treatments?|samples?|products?|sessions?)\b|\bproduct\s+launch\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relationship();

    [GeneratedRegex(@"\b(?:i|i'?ve|i'?m|i'?ll|my|me)\b[^.!?\n]{0,60}\b(?:recommend\w*|love|loving|obsessed|swear\s+by|go-?to|favou?rite|trust|impressed|can'?t\s+stop|(?:will\s+be|be)\s+prescribing|sending\s+(?:all\s+)?my\s+patients|tell\s+(?:every|all\s+my)|let\s+my\s+(?:\w+\s+)?patients\s+use)\b|\bmy\s+patients'?\b|\bguarantee\w*|\bbet\s+my\s+(?:license|life)\b|\b\d+\s+(?:out\s+of|in)\s+(?:\d+|ten)\s+(?:of\s+(?:my|our)\s+)?(?:patients|clients|people|women|men|users)\s+(?:are|were|feel|felt|report\w*|see|saw|got|get|say|said)\b[^.!?\n]{0,30}\b(?:symptom-?free|pain-?free|cured|better|results|improv\w*|relief|gone|healed|reversed)|\b(?:amazing|incredible|miracle|obsessed)\b|\b(?:the\s+best|best\s+\w+(?:\s+\w+)?\s+(?:on\s+the\s+market|out\s+there|ever|in\s+the\s+game)|hands\s+down|the\s+only\s+(?:one|ones|\w+)\s+(?:i|that|worth)|real\s+deal|game[\s-]?changer|is\s+changing\s+how|changed\s+(?:my|how)|so\s+much\s+better|the\s+future|must[\s-]?have|holy\s+grail|highly\s+recommend|thank\s+me\s+later|you\s+won'?t\s+regret|you\s+need\s+(?:this|these|it)|every\s+(?:patient|clinic|practice|doctor|nurse|cardiologist|physician|mama|mom|woman|one)\b[^.!?\n]{0,30}\bshould)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Endorsement();

    [GeneratedRegex(@"\b(?:disclos(?:e|ure|ures|ing)|in\s+the\s+interest\s+of\s+transparency|transparency\s*:|compensated|(?:i|we)\s+(?:receive|get|earn)\s+(?:consulting\s+|speaking\s+)?(?:fees|payments?|honoraria|a\s+commission|royalties)|(?:i|we)\s+(?:hold|own|have)\s+(?:stock|shares|equity)\b[^.!?\n]{0,40}\b(?:disclos|transparen)|paid\s+(?:partnership|collab\w*|post|ad)|#(?:ad|sponsored)\b|\bsponsored\b|(?:^|[.!?\n]\s*)\W*ad\s*[|:\-—])", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDisclosure();

    [GeneratedRegex(@"\b(?:not\s+(?:an?\s+)?(?:ad|sponsored|paid|affiliated)|nothing\s+to\s+disclose|disclosing\s+nothing|no\s+(?:conflicts?|coi)\b|(?:this\s+)?isn'?t\s+(?:an?\s+)?(?:ad|sponsored))", RegexOptions.CultureInvariant)]
    private static partial Regex Denial();
}
