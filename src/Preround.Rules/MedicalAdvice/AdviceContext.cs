using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Rules.MedicalAdvice;

/// <summary>Signals that separate advice to one person from education for everyone.</summary>
internal static partial class AdviceContext
{
    /// <summary>Medicines and dose words, broad on purpose: brand, generic, class and slang.</summary>
    public const string Medicine =
        @"(?:meds|med|medications?|medicines?|pills?|doses?|dosage|dosing|prescriptions?|scripts?|rx|antibiotics?|abx|antidepressants?|ssris?|snris?|"
        + @"insulin|metformin|statins?|lipitor|atorvastatin|rosuvastatin|crestor|lisinopril|losartan|amlodipine|hctz|levothyroxine|synthroid|levo|"
        + @"zoloft|sertraline|lexapro|escitalopram|prozac|fluoxetine|wellbutrin|bupropion|xanax|alprazolam|klonopin|ativan|adderall|vyvanse|ritalin|"
        + @"ozempic|semaglutide|wegovy|mounjaro|zepbound|tirzepatide|glp-?1s?|jardiance|farxiga|warfarin|coumadin|eliquis|apixaban|xarelto|blood\s+thinners?|"
        + @"prednisone|steroids?|ibuprofen|advil|motrin|tylenol|acetaminophen|paracetamol|aspirin|naproxen|aleve|nsaids?|birth\s+control|the\s+pill|iud|"
        + @"inhalers?|albuterol|symbicort|gabapentin|lyrica|lasix|furosemide|spironolactone|methotrexate|humira|biologics?|chemo|tamoxifen|letrozole|"
        + @"bp\s+meds|blood\s+pressure\s+(?:meds|medications?|pills?)|heart\s+meds|thyroid\s+(?:meds|pills?)|psych\s+meds|seizure\s+meds|benadryl|melatonin|"
        + @"antihistamines?|zyrtec|claritin|amoxicillin|augmentin|keflex|cipro|doxy|doxycycline|azithromycin|z-?pack|valacyclovir|valtrex|paxlovid|tamiflu|"
        + @"suboxone|buprenorphine|methadone|naltrexone|oxycodone|percocet|norco|tramadol|opioids?|lithium|lamictal|lamotrigine|seroquel|quetiapine|"
        + @"abilify|hrt|estrogen|progesterone|testosterone|t\s+shots?|finasteride|minoxidil|accutane|isotretinoin|spironolactone|vitamin\s+d|b12|iron\s+pills?|potassium|magnesium|"
        + @"[a-z]+(?:olol|pril|sartan|statin|dipine|azole|mycin|micin|cillin|cycline|floxacin|tidine|prazole|afil|triptan|gliptin|gliflozin|glutide|parin|xaban|gatran|zepam|zolam|oxetine|faxine|pramine|triptyline|setron|semide|thiazide|olone|profen|coxib|codone|morphone|cyclovir|formin|tropin)|"
        + @"antipsychotics?|anticoagulants?|benzos?|stimulants?|diuretics?|beta[\s-]blockers?|painkillers?|"
        + @"st\.?\s+john'?s\s+wort|supplements?|tums|antacids?|pepto|imodium|miralax|laxatives?|iron\s+drops|naltrexone|ldn|"
        + @"\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units))";

    private static readonly System.Buffers.SearchValues<string> MedicineCues = Claims.Gate.Of(
        "med", "pill", "dose", "dosage", "dosing", "prescri", "script", "rx", "antibiotic", "abx", "ssri", "snri", "insulin", "metformin",
        "statin", "lipitor", "crestor", "lisinopril", "losartan", "amlodipine", "hctz", "levo", "synthroid", "zoloft", "sertraline", "lexapro",
        "prozac", "fluoxetine", "wellbutrin", "bupropion", "xanax", "klonopin", "ativan", "adderall", "vyvanse", "ritalin", "ozempic", "wegovy",
        "semaglutide", "mounjaro", "zepbound", "tirzepatide", "glp", "jardiance", "farxiga", "warfarin", "coumadin", "eliquis", "xarelto",
        "apixaban", "thinner", "prednisone", "steroid", "ibuprofen", "advil", "motrin", "tylenol", "acetaminophen", "paracetamol", "aspirin",
        "naproxen", "aleve", "nsaid", "birth control", "the pill", "iud", "inhaler", "albuterol", "symbicort", "gabapentin", "lyrica", "lasix",
        "methotrexate", "humira", "biologic", "chemo", "tamoxifen", "letrozole", "benadryl", "melatonin", "antihistamine", "zyrtec", "claritin",
        "keflex", "cipro", "doxy", "azithro", "z-pack", "zpack", "valtrex", "paxlovid", "tamiflu", "suboxone", "buprenorphine", "methadone",
        "naltrexone", "ldn", "oxycodone", "percocet", "norco", "tramadol", "opioid", "lithium", "lamictal", "lamotrigine", "seroquel", "abilify",
        "hrt", "estrogen", "progesterone", "testosterone", "t shot", "finasteride", "minoxidil", "accutane", "isotretinoin", "vitamin", "b12",
        "iron", "potassium", "magnesium", "wort", "supplement", "tums", "antacid", "pepto", "imodium", "miralax", "laxative", "amoxi", "augmentin",
        "antidepress", "antipsych", "anticoag", "benzo", "stimulant", "diuretic", "blocker", "painkiller", "pain killer", "tablet", "capsule",
        "olol", "pril", "sartan", "dipine", "azole", "mycin", "micin", "cillin", "cycline", "floxacin", "tidine", "prazole", "afil", "triptan",
        "gliptin", "gliflozin", "glutide", "parin", "xaban", "gatran", "zepam", "zolam", "oxetine", "faxine", "pramine", "triptyline", "setron",
        "semide", "thiazide", "olone", "profen", "coxib", "codone", "morphone", "cyclovir", "formin", "tropin", "mg", "mcg", "ml", "unit");

    /// <summary>Cheap gate: does the draft mention a medicine or dose at all?</summary>
    public static bool MentionsMedicine(string normalized) => Claims.Gate.Any(normalized, MedicineCues);

    /// <summary>Clinicians the reader may be told to trust or distrust.</summary>
    public const string Clinician =
        @"(?:doctors?|docs?|physicians?|pcps?|providers?|cardiologists?|oncologists?|specialists?|pediatricians?|peds|ob-?gyns?|obs?|surgeons?|psychiatrists?|"
        + @"endos?|endocrinologists?|neurologists?|rheumatologists?|derms?|dermatologists?|gps?|mds?|nps?|nurse\s+practitioners?|midwi(?:fe|ves)|care\s+team|prescribers?|therapists?)";

    /// <summary>"Talk to your doctor", "as prescribed": the sentence points the reader to their own care.</summary>
    [GeneratedRegex(@"\b(?:talk(?:ing)?\s+(?:to|with)|ask(?:ing)?|check(?:ing)?\s+(?:in\s+)?with|consult(?:ing)?|call(?:ing)?|see(?:ing)?|discuss\w*\s+(?:it\s+)?with|bring\s+(?:it|this)\s+up\s+with|run\s+it\s+by|without\s+(?:talking|asking|checking|consulting))\s+(?:to\s+|with\s+)?(?:your|a|ur|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:" + Clinician + @"|pharmacist|clinician|clinic|care\s+team|health\s*care\s+(?:team|provider))\b|\bas\s+(?:prescribed|directed)\b|\bunless\s+(?:your|told)\b|\bwith\s+your\s+(?:" + Clinician + @"|pharmacist|clinician)\b|\bnot\s+(?:medical\s+)?advice\b", RegexOptions.CultureInvariant)]
    public static partial Regex Referral();

    /// <summary>Markers that the post is addressed to one person about their own case.</summary>
    [GeneratedRegex(@"^\s*@\w+|\breplying\s+to\s+@|\bto\s+the\s+(?:mom|mum|dad|parent|person|guy|lady|woman|man|nurse|student)\s+(?:in|who|with|asking)\b|\b(?:in|from)\s+(?:my|the)\s+(?:comments|dms|inbox)\b|\bin\s+your\s+case\b|\bbased\s+on\s+(?:your|what\s+you)\b|\bfrom\s+what\s+you\b|\byou\s+(?:said|mentioned|described|told\s+me|posted)\b|\bsince\s+you(?:'re|\s+are|\s+have)\b|\byour\s+(?:labs?|numbers|results|a1c|symptoms|scan|ekg|ecg|mri|x-?ray|bloodwork|rash|mole|levels?|tsh|ldl)\b|\b(?:your|ur)\s+(?:mom|mum|mother|dad|father|son|daughter|husband|wife|partner|kid|kiddo|baby|toddler|grandma|grandpa|grandmother|grandfather|sister|brother|friend)\b|\bfor\s+your\s+(?:[a-z]+\s+)?(?:pain|anxiety|depression|migraines?|diabetes|pressure|cholesterol|thyroid|acne|insomnia|adhd|reflux)\b", RegexOptions.CultureInvariant)]
    public static partial Regex SpecificPerson();

    /// <summary>True when the draft is a reply or comment, or speaks to one person about their own case.</summary>
    public static bool IsAddressedToSomeone(RuleContext context) =>
        context.Draft.Context != DraftContext.Post || SpecificPerson().IsMatch(context.Text.Normalized);
}
