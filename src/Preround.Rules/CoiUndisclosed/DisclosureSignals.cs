using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.CoiUndisclosed;

/// <summary>What a draft promotes and how (if at all) it discloses the relationship; computed once per draft.</summary>
internal sealed record DisclosureAnalysis(
    IReadOnlyList<PromotionSignal> Signals,
    TextSpan? ClearDisclosure,
    TextSpan? WeakDisclosure,
    IReadOnlyList<TextSpan> BuriedOrUnclearTags,
    string? Brand);

/// <summary>A promotional cue (normalised span) and what kind it is.</summary>
internal readonly record struct PromotionSignal(TextSpan Span, string Kind);

/// <summary>Finds promotion cues and disclosures and judges whether a disclosure is clear and up front (FTC Endorsement Guides).</summary>
internal static partial class DisclosureSignals
{
    private static readonly object Key = new();

    public static DisclosureAnalysis Of(RuleContext context) => context.Shared(Key, static c => Analyze(c.Text));

    /// <summary>How far into the post a disclosure may sit and still be seen before "… more" truncation.</summary>
    private const int UpFrontLimit = 120;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "code", "%", "link", "bio", "shop", "affiliate", "amzn", "ltk", "liketk", "storefront", "pr ", "gift", "sent ", "hooked", "sample",
        "recommended", "approved", "tested", "trusted", "formulated", "rep", "dinner", "lunch", "breakfast", "thank", "grateful", "s/o",
        "shout", "speaker", "swipe", "order", "buy", "grab", "weekend", "trip", "advisory", "investigator", "summit", "retreat", "checkout",
        "check out", "cheers", "thankful");

    private static readonly System.Buffers.SearchValues<string> CodeVerbs = Claims.Gate.Of("use ", "using ", "with ", "enter ", "apply ");

    private static DisclosureAnalysis Analyze(AnalyzedText t)
    {
        var n = t.Normalized;
        // Cheap gate: most drafts promote nothing. A bare coupon ("use DRMAYA20") needs a digit and a verb.
        if (!Claims.Gate.Any(n, Cues) && !(n.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Claims.Gate.Any(n, CodeVerbs)))
        {
            return new DisclosureAnalysis([], null, null, [], null);
        }
        var signals = new List<PromotionSignal>();
        if (!PromotionLiterals.MayMatch(n)) return new DisclosureAnalysis(signals, null, null, [], null);
        foreach (var m in Promotion().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            var kind = KindOf(n.AsSpan(m.Index, m.Length));
            if (kind is "bio" or "swipe" && !ProductPraise().IsMatch(n)) continue;
            if (kind == "pharma" && (CriticalOfIndustry().IsMatch(n) || !PharmaPraise().IsMatch(n))) continue;
            if (kind == "thanks" && !ProductPraise().IsMatch(n) && !n.AsSpan(m.Index, m.Length).Contains("for s", StringComparison.Ordinal) && !n.AsSpan(m.Index, m.Length).Contains("for g", StringComparison.Ordinal) && !n.AsSpan(m.Index, m.Length).Contains("for h", StringComparison.Ordinal)) continue;
            if (kind == "endorsement" && ClaimsSceptic().IsMatch(t.Normalized.AsSpan(t.SentenceSpanAt(m.Index).Start, t.SentenceSpanAt(m.Index).Length))) continue;
            if (kind == "code" && !IsCoupon(t, span)) continue;
            // "No sponsors, no codes, no affiliate links, ever." states a policy; it promotes nothing.
            var sentenceStart = t.SentenceSpanAt(m.Index).Start;
            if (NegatedBefore().IsMatch(n.AsSpan(sentenceStart, m.Index - sentenceStart))) continue;
            // A gift the author turns down or gives away ("not posting it, it's going to the donation closet") is no endorsement.
            if (kind == "gift" && DeclinedGift().IsMatch(n)) continue;
            signals.Add(new PromotionSignal(span, kind));
        }
        if (signals.Count == 0) return new DisclosureAnalysis(signals, null, null, [], null);
        if (CriticalOfIndustry().IsMatch(n) && !signals.Exists(s => s.Kind is "code" or "affiliate")) signals.Clear();
        if (signals.Count == 0) return new DisclosureAnalysis(signals, null, null, [], null);

        TextSpan? clear = null, weak = null;
        var buried = new List<TextSpan>();
        var firstSignal = signals[0].Span;
        foreach (var m in Disclosure().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (IsBuriedInHashtagPile(t, span))
            {
                buried.Add(span);
                weak ??= span;
                continue;
            }
            var upFront = span.Start < UpFrontLimit || span.Start <= firstSignal.End || t.SentenceAt(span.Start) == 0
                || t.SentenceAt(span.Start) == t.SentenceAt(firstSignal.Start);
            if (upFront) { clear = span; break; }
            buried.Add(span);
            weak ??= span;
        }
        foreach (var m in UnclearTag().EnumerateMatches(n))
        {
            buried.Add(new TextSpan(m.Index, m.Length));
            weak ??= new TextSpan(m.Index, m.Length);
        }
        return new DisclosureAnalysis(signals, clear, weak, buried, BrandOf(t, signals));
    }

    /// <summary>A tag is buried when it sits in a run of three or more hashtags after the opening of the post.</summary>
    private static bool IsBuriedInHashtagPile(AnalyzedText t, TextSpan span)
    {
        var index = t.TokenAt(span.Start);
        if (index >= t.Tokens.Count || t.Tokens[index].Kind != TokenKind.Hashtag) return false;
        if (t.Tokens[index].Start < 12) return false;
        int run = 1;
        for (var i = index - 1; i >= 0 && t.Tokens[i].Kind is TokenKind.Hashtag or TokenKind.Emoji or TokenKind.Punctuation; i--)
        {
            if (t.Tokens[i].Kind == TokenKind.Hashtag) run++;
        }
        for (var i = index + 1; i < t.Tokens.Count && t.Tokens[i].Kind is TokenKind.Hashtag or TokenKind.Emoji or TokenKind.Punctuation; i++)
        {
            if (t.Tokens[i].Kind == TokenKind.Hashtag) run++;
        }
        return run >= 3;
    }

    /// <summary>A "% off" needs a shop or a code nearby; "code blue" is not a coupon; a bare word after "code" must be written as a code (capitals).</summary>
    private static bool IsCoupon(AnalyzedText t, TextSpan span)
    {
        var n = t.Normalized;
        var s = n.AsSpan(span.Start, span.Length);
        if (NotACoupon().IsMatch(s)) return false;
        if (s.Contains('%')) return ShopContext().IsMatch(n);
        if ((s.StartsWith("code") && !s.ContainsAny("0123456789")) || !s.Contains("code", StringComparison.Ordinal))
        {
            // "code shiftready" is a coupon only when written "SHIFTREADY".
            var o = t.ToOriginal(span);
            var original = t.Original.AsSpan(o.Start, o.Length);
            var space = original.LastIndexOf(' ');
            var word = space >= 0 ? original[(space + 1)..] : original;
            foreach (var c in word)
            {
                if (char.IsLower(c)) return false;
            }
        }
        return true;
    }

    private static string KindOf(ReadOnlySpan<char> s)
    {
        if (s.Contains("bio", StringComparison.Ordinal) && s.Contains("link", StringComparison.Ordinal)) return "bio";
        if (s.StartsWith("swipe")) return "swipe";
        if (PharmaWord().IsMatch(s)) return "pharma";
        if (s.Contains('@') && s.Contains(" for ", StringComparison.Ordinal)) return "thanks";
        if (s.StartsWith("use") && !s.Contains("link", StringComparison.Ordinal) || s.StartsWith("with") || s.StartsWith("enter") || s.StartsWith("apply")) return "code";
        if (s.Contains("my site", StringComparison.Ordinal) || s.Contains("my website", StringComparison.Ordinal) || s.Contains("my shop", StringComparison.Ordinal) || s.Contains("my store", StringComparison.Ordinal)) return "affiliate";
        if (s.Contains("free samples", StringComparison.Ordinal) || s.Contains("hooked", StringComparison.Ordinal)) return "gift";
        if (s.Contains("code", StringComparison.Ordinal) || s.Contains("checkout", StringComparison.Ordinal) || s.Contains('%')) return "code";
        if (s.Contains("recommend", StringComparison.Ordinal) || s.Contains("approved", StringComparison.Ordinal) || s.Contains("tested", StringComparison.Ordinal) || s.Contains("trusted", StringComparison.Ordinal) || s.Contains("formulated", StringComparison.Ordinal)) return "endorsement";
        if (s.Contains("dinner", StringComparison.Ordinal) || s.Contains("lunch", StringComparison.Ordinal) || s.Contains("rep", StringComparison.Ordinal) || s.Contains("pharma", StringComparison.Ordinal) || s.Contains("speaker", StringComparison.Ordinal)) return "pharma";
        if (s.Contains("affiliate", StringComparison.Ordinal) || s.Contains("link", StringComparison.Ordinal) || s.Contains("shop", StringComparison.Ordinal) || s.Contains("amzn", StringComparison.Ordinal) || s.Contains("storefront", StringComparison.Ordinal) || s.Contains("ltk", StringComparison.Ordinal)) return "affiliate";
        return "gift";
    }

    private static string? BrandOf(AnalyzedText t, List<PromotionSignal> signals)
    {
        // Prefer a handle; then a CamelCase or capitalised product-looking word in the original.
        var h = Handle().Match(t.Original);
        if (h.Success) return h.Value;
        var b = CamelBrand().Match(t.Original);
        return b.Success ? b.Value : null;
    }

    private const string PromotionPattern = @"(?:\b(?:promo|discount|coupon|affiliate|referral|my|use|using|with|enter)\s+code\b(?:\s*:?\s*[a-z0-9]{3,})?|\bcode\s*:?\s*(?=[a-z]{2,}[a-z0-9]*\d)[a-z0-9]{4,}\b|\bcode\s*:?\s*[a-z]{4,}\d*\b|\bat\s+check\s?out\b|\b(?:use|using|with|enter|apply)\s+(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}\b|\b\d{1,2}\s*%\s*off\b|\bswipe\s+up\b|\baffiliate\s+links?\b|\bamzn\.(?:to|com)/\S+|\bliketk\.it\S*|\bltk\b|\bshop\s+my\s+(?:link|links|favorites|faves|storefront|page|picks)\b|\b(?:use|click|tap)\s+my\s+link\b|\b(?:shop|buy|get|grab|order)\b[^.!?\n]{0,30}\b(?:through|via|with|using)\s+my\s+(?:link|page|storefront|shop)\b|\bin\s+my\s+bio\s+link\b|\b(?:weekend|trip|retreat|summit|advisory\s+(?:board|meeting)|investigator\s+meeting|dinner)\b[^.!?\n]{0,25}\b(?:at|with|from|hosted\s+by|courtesy\s+of|for)\s+(?:the\s+)?\w+\s+(?:bio|pharma|pharmaceuticals?|therapeutics|biosciences|biotech|labs)\b|\bmy\s+(?:amazon\s+)?storefront\b|\b(?:order|buy|shop|get)\s+(?:it|them|yours|one|some)\s+(?:through|on|from|at|via)\s+my\s+(?:site|website|shop|store|link|page|practice|clinic)\b|\bpr\s+(?:box|package|packages|haul|list|mail)\b|#gifted\b|(?<!\b(?:a|an|so|very|truly|incredibly|most|such|naturally|exceptionally|how)\s)\bgifted\b(?!\s+(?:and\s+talented|surgeon|clinician|teacher|student|students|kids?|children|program|physician|doctor|nurse|educator|writer|speaker|athlete|musician|diagnostician|colleague|team))|\b(?:kindly\s+)?sent\s+(?:me|us)\b[^.!?\n]{0,40}\b(?:to\s+(?:try|review|test)|for\s+free)\b|@\w+\s+(?:just\s+|kindly\s+)?hooked\s+(?:me|us)\s+up\b|\b(?:got|received|get|gave\s+me|given|snagged)\s+(?:some\s+)?free\s+samples?\b|\b(?:doctor|dr\.?|physician|nurse|derm|dermatologist|pharmacist|pediatrician|ob)[\s-]+(?:recommended|approved|tested|formulated|trusted)\b|\blink\s+in\s+(?:my\s+)?bio\b|\breps?\b[^.!?\n]{0,60}\b(?:dinner|lunch|breakfast|gifts?|swag|tickets|trip|samples)\b|\b(?:dinner|lunch|breakfast|trip|swag|gifts?|goodies|tickets|steak|wine|drinks|cruise|retreat|resort|golf)\b[^.!?\n]{0,50}(?:@\w*(?:pharma|rx|bio|therapeutics|labs|meds|nordisk|lilly|pfizer|merck|novartis|sanofi|abbvie|amgen|gsk|astrazeneca|bayer|takeda|gilead|biogen|regeneron)\w*|\b\w+\s?(?:pharma|pharmaceuticals?|therapeutics|biosciences|biotech)\b)|\b(?:thanks?|thank\s+you|shout\s*out|grateful|s/o|cheers)\b[^.!?\n]{0,30}(?:@\w*(?:pharma|rx|bio|therapeutics|labs|meds|nordisk|lilly|pfizer|merck|novartis|sanofi|abbvie|amgen|gsk|astrazeneca|bayer|takeda|gilead|biogen|regeneron)\w*|\b\w+\s?(?:pharma|pharmaceuticals?|therapeutics|biosciences|biotech|labs)\b)[^.!?\n]{0,80}\b(?:dinner|lunch|breakfast|trip|swag|gifts?|goodies|samples|tickets|steak|wine|drinks|cruise|retreat|resort|spa|flying|flew|flights?|hotel|golf|summit|weekend)\b|\b(?:thanks?|thank\s+you|shout\s*out\s+to|s/o|grateful\s+to)\s+(?:so\s+much\s+)?(?:to\s+)?@\w+\s+for\s+(?:sending|gifting|hooking|the\s+(?:gift|goodies|box|package|new|free)|my\s+new|this\s+(?!thread|paper|talk|review|article|study|lecture|summary|invite|episode|podcast|opportunity|award|honou?r)|these\s+(?!slides|resources|papers))|\b(?:grateful|thankful)\s+to\s+(?:this|the|our)\s+(?:company|sponsor|brand)\b|\bspeakers?'?\s+bureau\b)";
    private static readonly RequiredLiterals PromotionLiterals = RequiredLiterals.Of(PromotionPattern);

    [GeneratedRegex(PromotionPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"(?:#(?:ad|ads|advert|advertisement|sponsored|paid\s+partnership|paid\s+partner|paid\s+ad|partner\s+ad)\b|\b(?:paid\s+partnership|paid\s+partner(?:ed)?\s+with|sponsored\s+(?:by|post|content|video|reel)|this\s+(?:post|video|reel|thread)\s+(?:is|was)\s+sponsored|in\s+(?:a\s+)?paid\s+partnership|advertisement)\b|(?:^|[\n.!]\s*)\W*(?:ad|sponsored)\s*[:|\-—]|\b(?:i|we)\s+(?:received|got|was\s+given|were\s+given|was\s+sent|were\s+sent)\b[^.!?\n]{0,50}\b(?:for\s+free|free\s+of\s+charge|at\s+no\s+cost|free|complimentary)\b|\b(?:i|we)\s+(?:was|were|am|'m|are|'re|get|got)\s+(?:paid|compensated)\b|\b(?:was|were)\s+(?:paid|compensated)\s+(?:by|for)\b|\bpaid\s+by\b|\b(?:i\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+)?commission\b|\b(?:disclosures?|coi|conflicts?(?:\s+of\s+interest)?)\s*:|\b(?:funded|sponsored|supported|paid\s+for)\s+by\b|\b(?:grant|funding)\s+from\b|\b(?:i|i'm|i\s+am|i've|i\s+have)\s+(?:a\s+|been\s+a\s+|served\s+as\s+a\s+)?(?:paid\s+)?(?:consultant|advisor|adviser|speaker|ambassador)\s+(?:for|to|with)\b|\b(?:i|we)\s+(?:consult|have\s+consulted)\s+for\b|\bhonorari(?:a|um)\b|\b(?:gifted|provided|sent)\s+(?:\([^)]{0,24}\)\s*)?(?:to\s+me\s+|to\s+us\s+)?by\b|\b(?:i|we)\s+(?:was|were|got|have\s+been|'ve\s+been)\s+gifted\b[^.!?\n]{0,40}\b(?:by|from)\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex Disclosure();

    // NOTE: these look like disclosures to the author but not to readers (FTC: "#sp", "#spon", "#collab", "thanks @brand", bio-only).
    [GeneratedRegex(@"(?:#(?:sp|spon|collab|collaboration|partner|partnership|ambassador|brand\s+ambassador|brand\s+partner|pr)\b|#[a-z0-9]{2,}(?:partner|ambassador|affiliate)\b|\b(?:disclosure|disclaimer)s?\s+in\s+(?:my\s+)?bio\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UnclearTag();

    [GeneratedRegex(@"\b(?:obsessed|never\s+looked\s+better|won'?t\s+regret|you\s+need\s+(?:this|these|it)|can'?t\s+recommend\s+(?:it|them|this|these)?\s*enough|changed\s+my\s+(?:life|skin|shifts?|sleep)|worth\s+every\s+penny|unmatched|beauty|love\s+(?:this|these|it|them|my\s+new)|literally\s+the\s+best|so\s+good|amazing|the\s+only\s+\w+(?:\s+\w+)?\s+i'?(?:ll|d)?\s+(?:ever\s+)?(?:use|wear|buy|trust|recommend)|holy\s+grail|game[\s-]?changer|can'?t\s+live\s+without|must[\s-]?have|swear\s+by|highly\s+recommend|run\s+don'?t\s+walk|life[\s-]?changing|in\s+love\s+with|best\s+\w+\s+(?:ever|i've\s+ever)|10/10|grab\s+yours|get\s+yours|shop\s+(?:now|the|it)|on\s+sale|unreal|so\s+comfy|favorite\s+(?:scrubs|shoes|clogs|stethoscope|serum|supplement|gummies|brand|badge\s+reel|planner|pen|product)|i\s+recommend\s+(?:them|it|these|this)\s+to\s+(?:all\s+)?my\s+patients)", RegexOptions.CultureInvariant)]
    private static partial Regex ProductPraise();

    [GeneratedRegex(@"\b(?:stopp?(?:ed)?\s+accepting|nothing\s+is\s+free|should\s+be\s+over|era\s+(?:is|should)|shap\w*\s+prescrib\w*|no\s+longer\s+accept\w*|ban(?:ned|s)?|banning|should(?:n't| not)|refuse[ds]?|stop\s+taking|no\s+more|open\s+payments|sunshine\s+act|conflicts?\s+of\s+interest|influence[sd]?\s+(?:our|your|prescrib)|kickbacks?|bought|buying\s+(?:doctors|prescribers)|disclose\s+(?:your|their)|undisclosed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CriticalOfIndustry();

    [GeneratedRegex(@"\b(?:skeptic\w*|sceptic\w*|meaningless|means\s+nothing|marketing\s+term|marketing\s+ploy|be\s+wary|beware|no\s+such\s+thing|unregulated|doesn't\s+mean|does\s+not\s+mean)\b|[""']\s*(?:doctor|dr\.?|physician|nurse|derm\w*|pharmacist|pediatrician|ob)[\s-]+\w+\s*[""']", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimsSceptic();

    [GeneratedRegex(@"dinner|lunch|breakfast|weekend|advisory|investigator|\brep\b|\breps\b|pharma|therapeutic|biotech|bioscience|speaker|flying|flew|trip|resort|cruise|golf|steak|wine", RegexOptions.CultureInvariant)]
    private static partial Regex PharmaWord();

    [GeneratedRegex(@"\b(?:code|link|shop|checkout|bio|storefront|promo|order|cart)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShopContext();

    [GeneratedRegex(@"\b(?:no|never|not|without|zero|nor)\s+(?:any\s+|more\s+)?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex(@"\b(?:not|never|won't|will\s+not|don't|do\s+not)\s+(?:\w+\s+){0,2}(?:post|keep|promot|accept|review|featur|endors)\w*\b|\b(?:returned|returning|sending\s+(?:it|them)\s+back|sent\s+(?:it|them)\s+back|donat\w*|gave\s+(?:it|them)\s+away|giving\s+(?:it|them)\s+away|declined|turned\s+(?:it|them)\s+down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeclinedGift();

    [GeneratedRegex(@"\b(?:thanks?|thank\s+you|shout\s*out|grateful|amazing|lovely|fantastic|great|best|love|loved|convinced|switching|prescribe\s+it|prescribing\s+it|starting\s+(?:everyone|all|my)|reach\s+for|game[\s-]?changer|the\s+future|impressive|incredible|believe\s+it|so\s+much\s+(?:better|easier)|going\s+to\s+change|will\s+change|changes\s+everything|revolutioni\w*|breakthrough|miracle|compelling|wonderful)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PharmaPraise();

    [GeneratedRegex(@"\bcode\s+(?:blue|red|white|gray|grey|pink|orange|yellow|brown|black|green|silver|purple|stroke|stemi|sepsis|trauma|status|team|cart|word|of\s+conduct)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotACoupon();

    [GeneratedRegex(@"@[A-Za-z_][A-Za-z0-9_]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CamelBrand();
}
