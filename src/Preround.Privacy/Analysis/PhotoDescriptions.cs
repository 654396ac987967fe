using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Privacy.Analysis;

/// <summary>An attached picture described in words: "[photo: ...]", "[screenshot: ...]", or "selfie in the OR".</summary>
/// <param name="Span">The whole description, normalised coordinates.</param>
/// <param name="Content">What the picture shows, normalised coordinates.</param>
/// <param name="Medium">photo, image, screenshot, video...</param>
public sealed record PhotoDescription(TextSpan Span, TextSpan Content, string Medium);

/// <summary>Finds picture descriptions and classifies what they show.</summary>
public static partial class PhotoDescriptions
{
    private static readonly object Key = new();

    /// <summary>The descriptions in the draft a rule is looking at (shared per draft).</summary>
    public static IReadOnlyList<PhotoDescription> Of(RuleContext context) => context.Shared(Key, static c => Find(c.Text.Normalized));

    /// <summary>Finds descriptions in normalised text.</summary>
    public static IReadOnlyList<PhotoDescription> Find(string normalized)
    {
        if (normalized.IndexOf('[') < 0 && !InlineCue().IsMatch(normalized)) return [];
        var list = new List<PhotoDescription>();
        foreach (Match m in Bracketed().Matches(normalized))
        {
            var content = m.Groups["c"];
            list.Add(new PhotoDescription(new(m.Index, m.Length), new(content.Index, content.Length), m.Groups["m"].Value));
        }
        foreach (Match m in Inline().Matches(normalized))
        {
            var content = m.Groups["c"];
            list.Add(new PhotoDescription(new(m.Index, m.Length), new(content.Index, content.Length), m.Groups["m"].Value));
        }
        return list;
    }

    /// <summary>
    /// The picture is fine: <see cref="SafeContent"/>, or a room where no patient is (a workroom whiteboard with a
    /// doodle, a craft table) with nothing of a patient in it.
    /// </summary>
    public static bool IsSafe(ReadOnlySpan<char> content) =>
        SafeContent().IsMatch(content) || (NonClinicalPlace().IsMatch(content) && !PatientPresent().IsMatch(content));

    /// <summary>
    /// The content with room names and craft words blanked ("family waiting room", "hand-sewn"), same length, so the
    /// person and identifier checks do not read "family" or "hand" in them as a person or a body part.
    /// </summary>
    public static string WithoutRoomNames(ReadOnlySpan<char> content)
    {
        var s = content.ToString();
        return RoomName().IsMatch(s) ? RoomName().Replace(s, m => new string(' ', m.Length)) : s;
    }

    [GeneratedRegex(@"\b(?:(?:surgical |peds |nicu )?(?:family|families|parents?'?|visitors?'?)\s+(?:waiting (?:room|area)|lounge|room|kitchen|garden|cent(?:er|re)|resource cent(?:er|re))|hand-(?=[a-z])|arm-(?=[a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex RoomName();

    [GeneratedRegex(@"\b(?:workroom|work room|break ?room|staff lounge|resident lounge|call room|classroom|lecture hall|conference room|(?:my|our) office|library|kitchen|living room|my desk|craft[- ]?room|craft (?:night|table)|gym|beach|(?:my|our) (?:home|house|apartment|car|garden|backyard))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NonClinicalPlace();

    [GeneratedRegex(@"\b(?:patients?|pt|pt's|patient's|name|names|mrn|dob|census|room \d+|bed \d+|vitals|chart|charts|ehr|emr|epic|x-?rays?|scan|wristband|specimen|monitor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PatientPresent();

    /// <summary>The picture shows patient care, a specimen, a record or a monitor: enough on its own.</summary>
    [GeneratedRegex(@"\b(?:patients?|pt|pt's|patient's|bedside|hospital bed|hospital gown|stretcher|gurney|draped?|drapes|incision|sutures?|stitches|staples|wound|ulcer|rash|lesion|tumou?r|specimen|removed|resected|excised|extracted|freshly|formalin|placenta|uterus|fibroid|organ|kidney stone|gallstones?|amputat\w*|x-?rays?|radiograph|ct scan|ct|mri|ultrasound|sonogram|ekg|ecg|rhythm strip|monitor|vitals|telemetry|ventilator|iv pole|chart|charts|ehr|emr|epic|cerner|mychart|patient portal|patient banner|banner|census|tracking board|whiteboard|white board|med cart|pyxis|isolette|incubator|morgue|autopsy|cadaver|cadavers|body bag|blood|bloody|floor (?:still )?(?:a mess|covered)|crash cart|intubat\w*|endoscop\w*|colonoscop\w*|lab results|prescription (?:label|bottle)|pill bottle|wristband|id band|name band|arm ?band|open abdomen|fracture|dislocat\w*|foreign body|bite mark|burns?|bruis\w*|gsw|gunshot|stab wound|bedsore|pressure injury|frostbite|gangrene|abscess|cyst|pus|discharge|stool|urine|vomit|sputum|dressing|bandage|cast|splint|ostomy|stoma|catheter|drain)\b", RegexOptions.CultureInvariant)]
    public static partial Regex ClinicalContent();

    /// <summary>A clinical area: counts when the picture also shows a person or care happening there.</summary>
    [GeneratedRegex(@"\b(?:trauma bay|trauma room|resus|operating room|or suite|(?:in|of) the or|or table|or selfie|the or|icu|picu|nicu|l&d|labor and delivery|delivery room|ed|er|emergency department|ward|exam room|clinic room|cath lab|room \d+|bed \d+|pod \w|bay \d+|hallway bed|triage|waiting room)\b", RegexOptions.CultureInvariant)]
    public static partial Regex ClinicalArea();

    /// <summary>A person or care in progress, which makes a clinical area photo a clinical photo.</summary>
    [GeneratedRegex(@"\b(?:child|kid|baby|infant|newborn|toddler|boy|girl|man|woman|lady|guy|gentleman|him|her|someone|little (?:guy|one)|after|during|mid-?\w*|case|code|surgery|procedure|trauma|worked|working|battlefield|mess|chaos|victim|behind (?:us|me)|in the background|visible|family|mom|dad|parents?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex PersonOrCare();

    /// <summary>Something in the picture that identifies the patient.</summary>
    [GeneratedRegex(@"\b(?:face|faces|facial|eyes visible|profile|wristband|id band|name band|arm ?band|room (?:number|#|\d+)|door|bed (?:number|#|\d+)|whiteboard|white board|name|names|banner|patient banner|sticker|label|chart|census|tracking board|screen|monitor|ehr|emr|epic|cerner|mychart|tattoo|birthmark|jewel(?:le)?ry|ring|necklace|hair|family|visitors?|mom|dad|parents?|child|kid|baby|infant|newborn|toddler|boy|girl|little (?:guy|one|girl)|teen|lady|woman|man|gentleman|patient|patient's|pt's|draped|body|abdomen|belly|chest|leg|arm|hand|foot|feet|toe|skin|x-?ray with|dob|mrn|barcode|address|license plate|plate)\b", RegexOptions.CultureInvariant)]
    public static partial Regex IdentifyingContent();

    /// <summary>What makes a picture fine: de-identified, consented, a model, a textbook or journal image, one's own.</summary>
    [GeneratedRegex(@"\b(?:de-?identified|anonymi[sz]ed|no (?:patients?|identifiers|phi|faces?|names?|badges?|children|kids|people|one)|(?:with|written|signed) (?:the )?(?:patient's |family's |their )?(?:written )?(?:consent|permission)|consented|model|mannequin|manikin|simulat\w*|sim lab|sim man|task trainer|textbook|journal|nejm|credited|credit:|stock (?:photo|image)|clip ?art|illustration|diagram|cartoon|drawing|my own|mine|my own (?:x-?ray|scan|mri|knee|arm|hand|leg|cast|stitches)|my (?:own )?(?:wrist|knee|ankle) x-?ray|empty|before (?:opening|the first)|ribbon cutting|no one|nobody|anatomical|plastic|3d print\w*|bananas?|orange peel|pig(?:'?s|s')? (?:foot|feet|trotters?)|chicken (?:breast|thigh|leg)|suture pad|practice pad|kitchen table|cake|cookies?|coffee|snacks|donuts|pizza|badge|diploma|white coat|stethoscope|scrubs on|my desk|my (?:\w+ )?(?:son|daughter|kid|kids|child|baby|dog|cat|husband|wife|partner|mom|dad|mother|father)(?:'s)?|textbook|flashcards|anki|notes|study|lecture slides?|poster)\b", RegexOptions.CultureInvariant)]
    public static partial Regex SafeContent();

    [GeneratedRegex(@"\[\s*(?<m>photo|photos|image|images|pic|pics|picture|pictures|video|clip|reel|selfie|screenshot|screen ?shot|screengrab|gif|attached|attachment|x-?ray|scan|story|live)\s*(?:\d+)?\s*[:\-–]\s*(?<c>[^\]]{1,600})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?:selfie|pic|picture|photo|snap|video|reel|tiktok|screenshot|screen ?shot)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCue();

    [GeneratedRegex(@"\b(?<m>selfie|pic|picture|photo|snap|video|reel|screenshot|screen ?shot)s?\s+(?<c>(?:in|from|of|at|inside)\s+(?:the|our|my|this|a|an)\s+[^.!?\n]{3,80})", RegexOptions.CultureInvariant)]
    private static partial Regex Inline();
}
