using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>
/// Health claims that strong evidence contradicts, from a lexicon of myth-prone topics paired with their false claims
/// (fluoride and IQ, 5G and immunity, sunscreen and cancer, statins and dementia, antidepressants as a scam, HRT harming every
/// woman, measles as harmless, raw milk as a cure, vaccines "never tested"), and a broad remedy × cure-verb × condition pattern
/// ("castor oil packs dissolve fibroids", "NAD+ infusions cured long COVID", "ear infections clear up with garlic oil").
/// Debunking, questions, hedged findings ("slightly raises the risk") and quoted myths are fine.
/// </summary>
public sealed partial class FalseHealthClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.FalseHealthClaim,
        "Health claim contradicted by the evidence",
        "'{match}' states as fact a health claim that strong evidence contradicts",
        RuleCategories.Misinformation,
        Severity.Block,
        "A clinician's word carries weight: readers may stop effective treatment, skip prevention or take something useless or "
        + "harmful; professional bodies and state boards (FSMB guidance) treat spreading health misinformation as a disciplinary matter.")
    {
        DefaultSuggestion = "State what the evidence shows and cite it, or frame the myth as a myth: \"Myth: … Fact: … (source).\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private const string Remedy =
        @"(?:nad\+?|nad\s+(?:infusions?|drips?|iv)|iv\s+(?:vitamin\s+)?(?:drips?|infusions?|therapy)|vitamin\s+(?:drips?|infusions?)|(?:my|our|these|the)\s+(?:iv\s+)?(?:drips?|infusions?)|"
        + @"stem\s+cells?(?:\s+(?:injections?|therapy))?|castor\s+oil(?:\s+packs?)?|garlic(?:\s+oil)?(?:\s+drops)?|onion|essential\s+oils?|oregano\s+oil|colloidal\s+silver|"
        + @"hydrogen\s+peroxide|chlorine\s+dioxide|bleach|mms|turpentine|kerosene|borax|methylene\s+blue|ivermectin|ivm|hydroxychloroquine|hcq|fenbendazole|"
        + @"red\s+yeast\s+rice|raw\s+milk|juice\s+cleanses?|green\s+juice|juicing|detox(?:es|ing)?(?:\s+teas?)?|cleanses?|coffee\s+enemas?|alkaline\s+(?:water|diet)|"
        + @"apple\s+cider\s+vinegar|acv|baking\s+soda|turmeric|curcumin|sea\s+moss|black\s+seed\s+oil|vitamin\s+(?:a|c|d|b17)|high[\s-]dose\s+vitamin\s+\w+|zinc|"
        + @"homeopath\w*|peptides?|ozone(?:\s+therapy)?|hyperbaric(?:\s+oxygen)?|chelation|cannabis\s+oil|rso|cbd|laetrile|apricot\s+(?:seeds|pits|kernels)|"
        + @"hormone\s+pellets?|pellet\s+therapy|carnivore\s+diet|keto(?:genic)?\s+diet|fasting|herbs?|herbal\s+\w+|tinctures?|elderberry|urine\s+therapy|"
        + @"grounding|earthing|sun\s*gazing|ionic\s+foot\s+(?:baths?|detox)|cupping|chiropractic\s+(?:adjustments?|care))";

    private const string Condition =
        @"(?:long\s+covid|chronic\s+fatigue|fibroids?|(?:ovarian\s+)?cysts?|fatty\s+liver|arthritis|autism|adhd|depression|anxiety|diabetes|cancers?|tumou?rs?|"
        + @"hpv|herpes|hiv|lyme|candida|parasites?|(?:ear|sinus|bladder|urinary)\s+infections?|infections?|allergies|asthma|eczema|psoriasis|hashimoto'?s|"
        + @"thyroid\s+disease|hypothyroidism|pcos|endometriosis|infertility|high\s+blood\s+pressure|hypertension|high\s+cholesterol|cholesterol|alzheimer'?s|dementia|"
        + @"autoimmune\s+(?:disease|conditions?)|multiple\s+sclerosis|lupus|covid(?:-?19)?|the\s+flu|measles|strep|utis?|kidney\s+stones|gallstones|"
        + @"heart\s+disease|clogged\s+arteries|plaque|cataracts|glaucoma|tinnitus|fibromyalgia|ibs|crohn'?s|colitis|gout|osteoporosis|menopause|"
        + @"hot\s+flashes|migraines?|acne|rosacea|neuropathy|kidney\s+disease|liver\s+disease|toxins|heavy\s+metals|mold\s+toxicity)";

    private const string CureVerb =
        @"(?:cures?|cured|curing|heals?|healed|reverses?|reversed|dissolves?|dissolved|shrinks?|shrank|eliminates?|eliminated|regrows?|wipes?\s+out|"
        + @"gets?\s+rid\s+of|got\s+rid\s+of|kills?|killed|flush(?:es|ed)?\s+out|clears?\s+(?:up\s+)?|cleared|fix(?:es|ed)?|melts?\s+away|"
        + @"is\s+the\s+(?:cure|answer)\s+(?:for|to)|(?:is|are)\s+all\s+(?:you|your\s+\w+)\s+need\s+(?:for|against)|works\s+better\s+than|beats)";

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "fluorid", "5g", "wifi", "wi-fi", "cell tower", "sunscreen", "statin", "antidepress", "ssri", "hrt", "hormone", "estrogen", "measles",
        "chicken pox", "chickenpox", "raw milk", "pasteuri", "vaccin", "vax", "jab", "shot", "mask", "cure", "heal", "revers", "dissolv",
        "shrink", "regrow", "eliminat", "clear", "kill", "rid of", "flush", "fix", "melt", "answer", "need for", "need against", "beats",
        "better than", "scam", "deficien", "pharma", "never tested", "untested", "not tested");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues)) return;
        if (context.HasReported(RuleCategories.Misinformation)) return;
        // NOTE: each pattern runs only when the draft holds its required words (RequiredLiterals): the same findings, sooner.
        if (TopicalLiterals.MayMatch(n) && Report(context, Topical().EnumerateMatches(n), remedy: false)) return;
        if (RemedyCureLiterals.MayMatch(n)) Report(context, RemedyCure().EnumerateMatches(n), remedy: true);
    }

    private static bool Report(RuleContext context, Regex.ValueMatchEnumerator matches, bool remedy)
    {
        var t = context.Text;
        var n = t.Normalized;
        foreach (var m in matches)
        {
            var span = SpanTrim.End(n, m.Index, m.Length);
            var sentence = t.SentenceSpanAt(m.Index);
            var s = n.AsSpan(sentence.Start, sentence.Length);
            if (Hedged().IsMatch(s) || Core.Text.Negation.IsNegated(t, m.Index, 3)) continue;
            // A negated verb inside the match is a debunk ("sunscreen does not cause cancer"), unless the false claim is
            // itself negative ("statins don't prevent heart attacks", "never tested").
            var claim = n.AsSpan(m.Index, m.Length);
            if (NegatedVerb().IsMatch(claim) && (remedy || !InherentlyNegative().IsMatch(claim))) continue;
            if (ClaimFraming.IsRefuted(t, m.Index)) continue;
            context.ReportNormalized(span, 0.8);
            return true;
        }
        return false;
    }

    private const string TopicalPattern = @"\bfluorid\w*\b[^.!?\n]{0,40}?\b(?:lowers?|lowered|reduces?|damages?|destroys?|rots?|poisons?|causes?|caused|linked\s+to|calcif\w*)\b[^.!?\n]{0,25}?\b(?:iq|brains?|cancer|thyroid|adhd|autism|bones|pineal|kids|children)\b|\b(?:5g|wi-?fi|cell\s+(?:towers?|phones?)|phone\s+radiation)\b[^.!?\n]{0,40}?\b(?:weakens?|destroys?|damages?|suppress\w*|causes?|caused|spreads?|spread|gives?|is\s+why|made)\b[^.!?\n]{0,30}?\b(?:immune|covid|cancer|sick|illness|virus|headaches|autism)|\bsunscreens?\b[^.!?\n]{0,30}?\b(?:causes?|gives?|is\s+(?:toxic|poison)|are\s+(?:toxic|poison)|more\s+cancer)\b|\bstatins?\b[^.!?\n]{0,25}?\b(?:cause\w*\s+(?:dementia|alzheimer\w*|memory\s+loss)|do\s+nothing|don'?t\s+(?:prevent|work|help)|are\s+(?:useless|a\s+scam|poison)|never\s+prevent\w*)|\b(?:antidepressants?|ssris?|psych\s+meds)\b[^.!?\n]{0,25}?\b(?:are\s+(?:just\s+)?(?:a\s+)?(?:big\s+)?(?:pharma\s+)?(?:scam|poison|placebos?|lie)|don'?t\s+work|never\s+work)|\bdepression\s+is\s+(?:just\s+)?(?:a\s+)?(?:vitamin|magnesium|nutrient|b12|mineral)\s+deficienc\w*|\b(?:hrt|hormone\s+(?:therapy|replacement)|estrogen)\b[^.!?\n]{0,30}?\b(?:causes?|gives?)\b[^.!?\n]{0,30}?\b(?:in\s+every|every\s+woman|all\s+women|always)\b|\b(?:hrt|hormone\s+(?:therapy|replacement)|estrogen)\s+(?:is|are)\s+(?:poison|deadly|a\s+death\s+sentence)\b|\b(?:measles|chicken\s*pox|the\s+flu|polio|whooping\s+cough)\s+(?:is|are|was)\s+(?:just\s+)?(?:harmless|mild|no\s+big\s+deal|nothing\s+to\s+(?:worry|fear)\s+about|good\s+for\s+(?:kids|you|them|children)|a\s+rite\s+of\s+passage)\b|\bis\s+all\s+the\s+protection\s+(?:your\s+)?(?:kids?|children|you|they)\s+need\b|\braw\s+milk\b[^.!?\n]{0,40}?\b(?:cures?|cured|heals?|healed|prevents?|fixes|fixed|is\s+(?:safer|healthier|perfectly\s+safe|completely\s+safe))\b|\bpasteuri[sz]ation\s+(?:kills|destroys|removes)\s+(?:all\s+)?(?:the\s+)?(?:good|nutrients|vitamins|enzymes|benefits)|\b(?:vaccin\w*|vax\w*|jabs?|shots?|mrna)\b[^.!?\n]{0,30}?\b(?:(?:was|were|is|are|have|has)\s+(?:never|not)\s+(?:been\s+)?(?:tested|studied|safety[\s-]tested)|untested)\b|\b(?:autism|adhd|allergies|sids|infertility|asthma|autoimmune\s+\w+)\s+(?:comes?|came|stems?)\s+from\s+(?:\w+\s+){0,3}(?:vaccin\w*|vax\w*|shots|jabs)\b|\bmasks?\s+(?:mandates?\s+)?(?:killed|kill|harmed|hurt|damaged)\s+more\s+(?:kids|children|people)\s+than\b|\bantibiotics\s+(?:just\s+)?(?:wreck|destroy|ruin)\s+(?:\w+\s+)?(?:gut|immune)";
    private static readonly RequiredLiterals TopicalLiterals = RequiredLiterals.Of(TopicalPattern);

    [GeneratedRegex(TopicalPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Topical();

    private const string RemedyCurePattern = @"\b" + Remedy + @"\b[^.!?\n]{0,40}?\b" + CureVerb + @"[^.!?\n]{0,25}?\b" + Condition + @"\b|\b" + Condition + @"\b[^.!?\n]{0,25}?\b(?:clears?\s+up|cleared\s+up|go(?:es)?\s+away|went\s+away|disappear\w*|resolved?|healed|gone|reversed|cured)\b[^.!?\n]{0,30}?\b(?:with|using|by|thanks\s+to|from|after)\s+(?:\w+\s+){0,3}" + Remedy + @"\b|\b(?:the\s+only\s+thing\s+that\s+(?:has\s+)?(?:cured|cures|healed|reversed|fixed))\b[^.!?\n]{0,40}?" + Condition + @"\b";
    private static readonly RequiredLiterals RemedyCureLiterals = RequiredLiterals.Of(RemedyCurePattern);

    [GeneratedRegex(RemedyCurePattern, RegexOptions.CultureInvariant)]
    private static partial Regex RemedyCure();

    [GeneratedRegex(@"\b(?:may|might|could|slightly|small|modest|some\s+studies|associat\w*|absolute\s+risk|relative\s+risk|observational|preliminary|limited\s+evidence|in\s+rare\s+cases|rarely|trial\w*|evidence\s+(?:shows|is)|studied|studies\s+show|no\s+evidence|isn'?t\s+evidence|not\s+evidence|myth\w*|claims?|claimed|hype|trend\w*|tiktok\s+says|people\s+say)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedged();

    [GeneratedRegex(@"\b(?:do\s+nothing|(?:don'?t|do\s+not)\s+(?:prevent|work|help)|never\s+(?:prevent\w*|work)|(?:never|not)\s+(?:been\s+)?(?:tested|studied|safety))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InherentlyNegative();

    [GeneratedRegex(@"\b(?:does\s+not|doesn'?t|do\s+not|don'?t|did\s+not|didn'?t|cannot|can'?t|won'?t|will\s+not|isn'?t|is\s+not|aren'?t)\s+(?:\w+\s+)?(?:cure|heal|reverse|dissolve|shrink|lower|cause|give|weaken|work|prevent|clear|kill|eliminate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedVerb();
}
