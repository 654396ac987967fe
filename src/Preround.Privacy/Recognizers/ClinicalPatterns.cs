using System.Text.RegularExpressions;

namespace Preround.Privacy.Recognizers;

/// <summary>Weak signals that, with a patient and each other, narrow who the patient is.</summary>
internal static partial class ClinicalPatterns
{
    /// <summary>Diagnoses, injuries and presentations in the words clinicians post with, plus medical suffixes.</summary>
    [GeneratedRegex(@"\b(?:cancer|tumou?r|leukemia|leukaemia|lymphoma|sarcoma|melanoma|carcinoma|metastatic|stroke|mi|stemi|nstemi|heart attack|cardiac arrest|arrest|dka|sepsis|septic|overdose|od'?d|gsw|gunshot|stab wound|fracture|broken \w+|pneumonia|covid|flu|hiv|aids|hep(?:atitis)? [abc]|syphilis|gonorrh?ea|chlamydia|std|sti|herpes|pregnan\w*|miscarriage|stillbirth|abortion|ectopic|preeclampsia|eclampsia|placenta \w+|percreta|accreta|previa|twins|triplets|quadruplets|autism|schizophreni\w*|bipolar|psychosis|psychotic|suicid\w*|self-harm|depression|anorexia|bulimia|addiction|withdrawal|dts|seizure\w*|epilep\w*|dementia|alzheimer'?s|parkinson'?s|als|ms|lupus|crohn'?s|colitis|cirrhosis|transplant|dialysis|amputation|burns?|trauma|diabetes|diabetic|asthma|copd|chf|heart failure|aneurysm|dissection|embolism|pe|dvt|appendicitis|anaphylaxis|spiral fracture|abuse|assault|rape|neglect|shaken baby|nat|cps|foreign body|\w{3,}(?:itis|oma|emia|osis|pathy|ectomy|otomy|plasty|algia|uria|plegia|trophy|cele|rrhage))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Condition();

    /// <summary>Words that make a case rare or notable: "super rare", "one in a million", "first I've ever seen".</summary>
    [GeneratedRegex(@"\b(?:rare|super rare|ultra-?rare|extremely rare|zebra|one in a (?:million|lifetime)|once in a career|first (?:one|case|time) (?:i'?ve|we'?ve|i have|we have|i|we) (?:ever )?(?:seen|had)|first (?:one |case )?ever|never seen (?:one|this|that|it) before|case report|only \w+ cases?|textbook case of a rare|\d+ cases? (?:ever|worldwide|in the world)|record-breaking|youngest|oldest)\b", RegexOptions.CultureInvariant)]
    public static partial Regex RareMarker();

    /// <summary>News events and public figures: "the Route 9 pileup", "the school shooting", "a local news anchor".</summary>
    [GeneratedRegex(@"\b(?:pile-?up|crash|wreck|collision|rollover|shooting|shooter|stabbing|explosion|house fire|apartment fire|fire victim|derail\w*|train(?:-| )strike|plane crash|mass casualty|mci|tornado|hurricane|flood\w*|drowning|police chase|standoff|hostage|bus crash|made the news|on the news|in the news|news (?:anchor|crew|van)|(?:local|famous|well-known|reality|tv|nfl|nba|mlb|nhl) (?:celebrity|anchor|star|player|athlete|personality|politician|influencer|legend)|celebrity|celeb|famous|senator|governor|mayor|congress(?:man|woman)|quarterback|influencer|pop star|rapper|actor|actress|morning-?news)\b", RegexOptions.CultureInvariant)]
    public static partial Regex NewsEvent();

    /// <summary>Occupations that with a place narrow to one person: "middle-school teacher", "the town's only pharmacist".</summary>
    [GeneratedRegex(@"\b(?:(?:middle|high|elementary|grade)[\s-]?school (?:teacher|principal|coach)|teacher|principal|coach|pastor|priest|rabbi|imam|firefighter|fireman|police officer|cop|sheriff|deputy|state trooper|judge|lawyer|attorney|pilot|flight attendant|farmer|rancher|trucker|truck driver|bus driver|mail carrier|postman|bartender|waitress|chef|professor|student at|ceo|business owner|owner of|inmate|prisoner|soldier|marine|veteran|athlete|anchor|reporter|news anchor|local (?:news|tv)|only \w+ in town)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Occupation();

    /// <summary>Family attached to the patient: "the family in room 412", "her husband", "mom's story".</summary>
    [GeneratedRegex(@"\b(?:(?:her|his|their|the (?:patient|pt)'s|pt's|patient's) (?:husband|wife|partner|mom|mother|dad|father|son|daughter|kids|children|family|sister|brother|boyfriend|girlfriend|parents?)|the family(?: in| from)?|mom's story|dad's story|the parents)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Relationship();

    /// <summary>Rare diseases by name (a curated list; see data/README.md for the fuller lists).</summary>
    [GeneratedRegex(@"\b(?:progeria|fibrodysplasia ossificans progressiva|fop|harlequin ichthyosis|epidermolysis bullosa|creutzfeldt-?jakob|cjd|kuru|rabies|ebola|marburg|plague|anthrax|tetanus|diphtheria|leprosy|hansen'?s disease|pheochromocytoma|paraganglioma|adrenocortical carcinoma|acromegaly|gigantism|conjoined twins|ectopia cordis|anencephaly|sirenomelia|situs inversus|moyamoya|takayasu|castleman|erdheim-?chester|langerhans cell histiocytosis|hlh|gaucher|fabry|pompe|niemann-?pick|tay-?sachs|krabbe|batten disease|huntington'?s|wilson'?s disease|porphyria|maple syrup urine|phenylketonuria|pku|cystinosis|alport|marfan|ehlers-?danlos|osteogenesis imperfecta|achondroplasia|prader-?willi|angelman|rett syndrome|cri du chat|trisomy (?:13|18)|edwards syndrome|patau|duchenne|spinal muscular atrophy|sma type|als|amyotrophic lateral sclerosis|guillain-?barr[eé]|myasthenia gravis|stiff person|neuromyelitis optica|naegleria|brain-?eating amoeba|necrotizing fasciitis|flesh-?eating|mucormycosis|chagas|cysticercosis|placenta percreta|choriocarcinoma|molar pregnancy|abdominal pregnancy|heterotopic pregnancy|fetus in fetu|mesothelioma|cholangiocarcinoma|uveal melanoma|retinoblastoma|wilms|neuroblastoma|ewing sarcoma|osteosarcoma|dipg|glioblastoma|carcinoid|zollinger-?ellison|insulinoma|multiple endocrine neoplasia|men2|von hippel-?lindau|tuberous sclerosis|neurofibromatosis|sturge-?weber|kawasaki|mis-?c|hemophilia|thalassemia major|sickle cell crisis|aplastic anemia|pnh|ttp|hus|amyloidosis|sarcoidosis|scleroderma|dermatomyositis|vasculitis|gpa|behcet'?s|still'?s disease|lemierre|ludwig'?s angina|fournier'?s gangrene|boerhaave|ogilvie|superior mesenteric artery syndrome|nutcracker syndrome|locked-?in syndrome|capgras|cotard|alice in wonderland syndrome|foreign accent syndrome|munchausen)\b", RegexOptions.CultureInvariant)]
    public static partial Regex RareDisease();
}
