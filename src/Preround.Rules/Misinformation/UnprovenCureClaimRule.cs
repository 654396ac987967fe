using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;
using Preround.Rules.Claims;

namespace Preround.Rules.Misinformation;

/// <summary>
/// Unproven or dangerous remedies said to cure or prevent disease: ivermectin or hydroxychloroquine for COVID, detoxes and
/// cleanses, diets or supplements that "cure cancer", bleach (MMS), colloidal silver, essential oils.
/// </summary>
public sealed partial class UnprovenCureClaimRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        RuleIds.UnprovenCureClaim,
        "Unproven cure claim",
        "'{match}' claims a cure that the evidence does not support",
        RuleCategories.Misinformation,
        Severity.Block,
        "Readers may skip effective treatment or take something harmful on a clinician's word; randomised trials and consensus "
        + "guidance contradict these claims, and licensing boards discipline clinicians who promote them.")
    {
        DefaultSuggestion = "Say what trials found and link them, e.g. \"Large randomised trials (TOGETHER, ACTIV-6) found ivermectin did not help COVID-19 recovery.\"",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static readonly System.Buffers.SearchValues<string> Cues = Claims.Gate.Of(
        "ivermectin", "ivm", "hydroxychloroquine", "hcq", "bleach", "chlorine", "mms", "miracle", "silver", "oil", "turmeric", "curcumin",
        "vinegar", "acv", "baking soda", "alkaline", "juic", "detox", "cleanse", "enema", "vitamin", "cannabis", "cbd", "rso", "raw milk",
        "homeopath", "laetrile", "apricot", "b17", "fast", "keto", "carnivore", "diet", "vegan", "garlic", "urine", "structured water",
        "peroxide", "borax", "turpentine", "methylene", "fenbendazole", "salve", "zeolite", "ozone", "gazing", "grounding", "earthing",
        "hyperbaric", "sea moss", "castor", "nattokinase", "quinine", "tonic", "elderberry", "zinc", "nac", "herb", "natural", "tea",
        "supplement", "tincture", "protocol", "chemo", "radiation", "pharma", "doctors", "fda", "oncologist", "they ", "drink", "gargl",
        "inject", "cure", "heal", "revers", "gone", "eliminat", "beaten", "treated");

    public override void Analyze(RuleContext context)
    {
        var t = context.Text;
        var n = t.Normalized;
        if (!Claims.Gate.Any(n, Cues) || !ClaimLiterals.MayMatch(n)) return;
        foreach (var m in Claim().EnumerateMatches(n))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (ClaimContext.IsRefutedOrQuestioned(t, span)) continue;
            context.ReportNormalized(span, 0.85);
            return;
        }
    }

    private const string Remedy =
        @"(?:ivermectin|ivm|hydroxychloroquine|hcq|bleach|chlorine\s+dioxide|mms|miracle\s+mineral\s+\w+|colloidal\s+silver|essential\s+oils?|oregano\s+oil|"
        + @"turmeric|curcumin|apple\s+cider\s+vinegar|acv|baking\s+soda|alkaline\s+(?:diet|water)|juice\s+(?:cleanses?|fasts?|fasting|diet)|juicing|green\s+juice|"
        + @"detox\w*|cleanses?|coffee\s+enemas?|(?:high[\s-]dose\s+)?vitamin\s+c(?:\s+(?:drips?|infusions?|iv))?|iv\s+vitamin\s+c|cannabis\s+oil|cbd(?:\s+oil)?|rso|"
        + @"raw\s+milk|homeopath\w*|laetrile|apricot\s+(?:pits|seeds|kernels)|b17|(?:water\s+)?fasting|keto(?:genic)?\s+diet|carnivore\s+diet|plant[\s-]based\s+diet|"
        + @"vegan\s+diet|raw\s+vegan|garlic|urine\s+therapy|drinking\s+urine|structured\s+water|hydrogen\s+peroxide|borax|turpentine|methylene\s+blue|fenbendazole|"
        + @"black\s+salve|zeolite|ozone\s+therapy|sun\s*gazing|grounding|earthing|hyperbaric\s+oxygen|sea\s+moss|castor\s+oil|nattokinase|quinine|tonic\s+water|"
        + @"elderberry|vitamin\s+d|zinc|nac|herbs?|natural\s+remed\w*|this\s+(?:tea|supplement|protocol|tincture)|my\s+(?:protocol|supplement|tea))";

    private const string Disease =
        @"(?:covid(?:-?19)?|coronavirus|the\s+virus|cancers?|tumou?rs?|leukemia|lymphoma|melanoma|autism|type\s*[12]\s+diabetes|diabetes|hiv|aids|measles|"
        + @"the\s+flu|influenza|alzheimer'?s|dementia|ms|multiple\s+sclerosis|lupus|parasites?|heavy\s+metals|toxins?|candida|lyme|hepatitis|herpes|"
        + @"every\s+(?:disease|illness)|all\s+(?:diseases|illnesses)|chronic\s+(?:disease|illness)|infections?|heart\s+disease|arthritis|crohn'?s|allerg\w*|asthma|eczema|pneumonia|strep|utis?|ear\s+infections?|every\s+virus|viruses|(?:my|your|his|her)\s+(?:covid|cancer|diabetes|infection))";

    private const string CureVerb =
        @"(?:cur\w*|heal\w*|reverse[sd]?|reversing|eliminat\w*|kill\w*|wipes?\s+out|flush\w*\s+(?:out\s+)?|beat|beats|treats?|fix\w*|works?\s+(?:for|against|on)|prevents?|"
        + @"protects?\s+(?:you\s+)?(?:from|against)|gets?\s+rid\s+of|melts?|shrink\w*|starv\w*|dissolv\w*|draws?\s+out|pulls?\s+out|removes?|clear\w*|knock\w*\s+out|"
        + @"is\s+the\s+(?:cure|answer|treatment)\s+(?:for|to)|(?:is|are)\s+(?:a|the)\s+(?:cure|treatment)\s+for|better\s+than\s+(?:chemo|the\s+vaccine|insulin|antibiotics|meds))";

    private const string ClaimPattern = @"\b" + Remedy + @"\b[^.!?\n]{0,40}?\b" + CureVerb + @"\b[^.!?\n]{0,25}?\b" + Disease + @"\b|\b" + Disease + @"\b[^.!?\n]{0,20}?\b(?:cured|healed|reversed|gone|eliminated|beaten|treated)\s+(?:\w+\s+){0,3}?(?:with|by|using|thanks\s+to)\s+(?:\w+\s+){0,2}?" + Remedy + @"\b|\b(?:chemo(?:therapy)?|radiation)\s+(?:is\s+(?:poison|a\s+scam|a\s+racket)|kills\s+more\s+(?:people\s+)?than|doesn'?t\s+work|never\s+works)\b|\b(?:big\s+pharma|doctors|they|the\s+fda|oncologists)\s+(?:is\s+|are\s+)?(?:hid\w*|suppress\w*|bury\w*|don'?t\s+want\s+you\s+to\s+know)\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:cure|cures)\b|\b(?:ivermectin|ivm|hydroxychloroquine|hcq)\s+(?:really\s+|actually\s+|totally\s+)?(?:works|worked|is\s+(?:effective|the\s+answer|a\s+miracle)|saves\s+lives|saved\s+(?:lives|me|my))\b|\b(?:drink|drinking|take|taking|gargle|gargling|inject\w*)\s+(?:a\s+(?:little|bit\s+of)\s+)?(?:bleach|chlorine\s+dioxide|mms|hydrogen\s+peroxide|borax|turpentine|colloidal\s+silver)\b";
    private static readonly RequiredLiterals ClaimLiterals = RequiredLiterals.Of(ClaimPattern);

    [GeneratedRegex(ClaimPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Claim();
}
