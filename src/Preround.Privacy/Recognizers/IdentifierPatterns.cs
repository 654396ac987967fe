using System.Text.RegularExpressions;

namespace Preround.Privacy.Recognizers;

/// <summary>Patterns for the HIPAA Safe Harbor identifiers, over the normalised (lower-case) draft.</summary>
internal static partial class IdentifierPatterns
{
    [GeneratedRegex(@"(?<![\w.+-])[a-z0-9](?:[a-z0-9._%+-]{0,63})@(?:[a-z0-9-]+\.)+(?:xn--[a-z0-9-]{2,20}|[a-z]{2,24})(?![a-z\-])|(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}\s*[\[(]\s*at\s*[\])]\s*[a-z0-9-]+(?:\s*[\[(]\s*dot\s*[\])]\s*[a-z0-9-]+)+", RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    /// <summary>NANP numbers in the usual shapes, and international numbers with a plus.</summary>
    // NOTE: the ten-digit run is validated (area code and exchange 2-9) before it counts; a bare ten-digit run
    // without separators could be an NPI or an account, so it is only a phone with a phone word nearby.
    [GeneratedRegex(@"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-])|(?<![\w+])\+(?:[2-9]\d{0,2})[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,4}\d{2,4}(?![\w])|(?<![\w+/.-])(?:\+?1)?\d{10}(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w/.-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w/-])", RegexOptions.CultureInvariant)]
    public static partial Regex Ssn();

    /// <summary>13-19 digit runs in groups, checked with Luhn.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex CardNumber();

    [GeneratedRegex(@"(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?:/\d{1,2})?(?!\w)|(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w]|\.\d)|(?<![\w:])(?:(?:[0-9a-f]{1,4}:){1,6}|:):(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?:/\d{1,3})?(?![\w:]|\.\d)|(?<![\w:])(?:[0-9a-f]{0,4}:){2,6}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?:/\d{1,3})?(?![\w.])", RegexOptions.CultureInvariant)]
    public static partial Regex IpAddress();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+[^\s<>"".,!?;:)]", RegexOptions.CultureInvariant)]
    public static partial Regex Url();

    /// <summary>An organisation's e-mail address: a role mailbox ("info@", "referrals@") or an institution's domain (".edu", "...clinic.org").</summary>
    [GeneratedRegex(@"^(?:info|contact|office|admin|hello|support|team|clinic|appointments?|referrals?|scheduling|frontdesk|front\.desk|pac|careers|jobs|press|media|billing|records|privacy|compliance|research|trials?)@|@[a-z0-9.-]*(?:clinic|hospital|health|medical|medicine|med|pharmacy|practice|university|college)[a-z0-9.-]*\.[a-z]+$|\.(?:edu|gov|nhs\.uk|ac\.uk)$", RegexOptions.CultureInvariant)]
    public static partial Regex OrganisationEmail();

    /// <summary>A web address without a scheme but with a path: "facebook.com/jamie.rivera", "gofundme.com/f/help-danny".</summary>
    [GeneratedRegex(@"(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|org|net|me|ly|io|co|us|gov|edu|info)/[^\s<>""]*[^\s<>"".,!?;:)]", RegexOptions.CultureInvariant)]
    public static partial Regex BareUrl();

    /// <summary>Record, plan, account, licence, vehicle and device numbers after their label: "MRN 4471823", "member id: XJ-2231".</summary>
    [GeneratedRegex(@"\b(?<label>mrn|mr\s?#|med(?:ical)? rec(?:ord)?s?(?: number| no\.?| #)?|chart (?:number|no\.?|#)|record (?:number|no\.?|#)|fin|csn|encounter (?:number|#|no\.?)|acct\.?(?: #| no\.?)?|account (?:number|#|no\.?)|member (?:id|number|#)|subscriber (?:id|#)|policy (?:number|#|no\.?)|insurance (?:id|number|#)|medicaid (?:id|number|#)|medicare (?:id|number|#)|mbi|group (?:number|#)|health plan (?:id|number)|dea(?: number| #| no\.?)?|npi(?: number| #| no\.?)?|licen[cs]e (?:number|#|no\.?)|driver'?s licen[cs]e(?: number| #)?|dl\s?#|passport (?:number|#|no\.?)|vin|license plate|licence plate|plate(?: number| #)?|tag (?:number|#)|serial(?: (?:number|#|no\.?|sn))?|s/n|accession(?: (?:number|#|no\.?))?|specimen (?:id|number|#)|device (?:id|serial)|imei|udi|case (?:number|#))(?:\s*(?:is|was|of)?\s*[:#=]?\s*|[^:\n]{1,25}:\s*)(?<id>[a-z0-9][a-z0-9-]{3,19})\b", RegexOptions.CultureInvariant)]
    public static partial Regex LabelledNumber();

    /// <summary>A street address: number, name, street type.</summary>
    [GeneratedRegex(@"\b\d{1,6}\s+(?:[nsew]\.?\s+)?(?:[a-z0-9'-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|circle|cir|highway|hwy|parkway|pkwy|trail|trl)\b\.?(?:\s*(?:apt|unit|suite|ste|#)\.?\s*[a-z0-9-]+)?", RegexOptions.CultureInvariant)]
    public static partial Regex StreetAddress();

    /// <summary>ZIP and ZIP+4, after a state or the word "zip".</summary>
    [GeneratedRegex(@"(?:\b(?:zip(?: code)?|zipcode|postal code)\s*:?\s*|\b(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc),?\s+)(?<zip>\d{5}(?:-\d{4})?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Zip();

    /// <summary>Calendar dates other than the year: "March 3", "3/14", "2024-03-14", "14th of March".</summary>
    [GeneratedRegex(@"\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:,?\s+\d{4})?|(?<![\d/.])(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?:[/-](?:19|20)?\d{2})?(?![\d/])|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    /// <summary>Words that make a date a person's: birth, admission, discharge, death, surgery.</summary>
    [GeneratedRegex(@"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birthday|bday|b-day|admitted(?: on)?|admission|discharged(?: on)?|date of (?:service|admission|death|surgery|visit)|dos|died(?: on)?|passed(?: on)?|expired|surgery(?: on)?|delivered(?: on)?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex PersonalDateCue();

    /// <summary>Rooms, beds, bays, pods and units with their number or letter.</summary>
    [GeneratedRegex(@"\b(?:room|rm|bed|bay|pod|cubicle|curtain|stall|exam room|trauma (?:bay|room)|resus(?:citation)?(?: bay| room)?|isolation room|ir suite|or suite|suite|cell|hallway bed|hall bed|hallway)(?:\s?#?\s?\d{1,4}[a-z]?|\s#?\s?[b-hj-z]\d{0,3})(?![\w]|'(?!s\b))|\b(?:in|from) \d{1,2}[a-z]\b|\b(?:in|from) (?!(?:19|20)\d\d\b)\d{3,4}\b(?! (?:patients|people|cases|days|hours|minutes|mg|mcg|ml|units|calls|visits|deliveries|beds|admissions)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex RoomOrBed();

    /// <summary>False when <see cref="RoomOrBed"/> cannot match: every branch has a digit or one of the room words.</summary>
    public static bool MayBeRoomOrBed(string normalized) => normalized.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || normalized.AsSpan().ContainsAny(RoomWords);

    private static readonly System.Buffers.SearchValues<string> RoomWords = System.Buffers.SearchValues.Create(
        ["room", "rm", "bed", "bay", "pod", "cubicle", "curtain", "stall", "resus", "suite", "cell", "hallway"], StringComparison.Ordinal);

    /// <summary>Units by floor and wing: "on 6 North", "to 4W". A unit narrows less than a bed and is not itself a patient.</summary>
    [GeneratedRegex(@"\b(?:on|to|from) \d{1,2} ?(?:north|south|east|west|n|s|e|w)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Unit();

    /// <summary>Same-day and recent timing: "tonight", "this morning", "on my night shift yesterday", "last Tuesday".</summary>
    [GeneratedRegex(@"\b(?:tonight|tonite|today|todays|today's|this (?:morning|afternoon|evening|am|pm|shift|week|weekend)|last (?:night|evening|shift|weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|earlier today|just now|an hour ago|hours ago|minutes ago|overnight|on (?:my|our) (?:night |day |last |overnight )?(?:shift|call)|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|morning|afternoon)|this past (?:weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight's|this a\.?m\.?|right now|currently|at \d{1,2}(?::\d\d)? ?(?:am|pm)|at 0\d00)\b", RegexOptions.CultureInvariant)]
    public static partial Regex RecentTime();

    /// <summary>Roads and named places that locate an event: "Route 9", "I-95", "Hwy 12", "Elm Street".</summary>
    [GeneratedRegex(@"\b(?:route|rt\.?|highway|hwy|interstate|i-|us-?|state road|sr-?|county road|cr-?|exit)\s?\d{1,4}\b|\b[a-z]+ county\b|\b(?:on|at|near|off|by) (?:[a-z0-9]+ ){1,2}(?:street|st|avenue|ave|boulevard|blvd|road|rd|drive|dr|lane|ln|parkway|pkwy|highway|bridge|park|mall)\b(?!\.? [a-z]+'s)|\b[a-z]+ (?:middle|high|elementary) school\b|\bfrom (?:our|my|her|his) (?:church|gym|neighbou?rhood|building|street|block|town|parish|mosque|synagogue|kid's school|son's school|daughter's school)\b", RegexOptions.CultureInvariant)]
    public static partial Regex RoadOrCounty();

    /// <summary>Named hospitals and clinics: "St. Mary's", "Mercy General", "Lakeside Children's", "our 12-bed L&amp;D".</summary>
    [GeneratedRegex(@"\b(?:st\.?|saint|mount|mt\.?)\s+[a-z]+(?:'s)?(?:\s+(?:hospital|medical center|regional|health|clinic|children's|general))?\b|\b[a-z]+(?:\s+[a-z]+)?\s+(?:general|memorial|regional|community|county|children's|university|medical center|medical centre|hospital|health system|infirmary|clinic)(?:\s+hospital)?\b|\b[a-z]+ (?:middle|high|elementary)(?: school)?\b|\bour \d{1,3}-bed\b", RegexOptions.CultureInvariant)]
    public static partial Regex Facility();

    /// <summary>Ages over 89: "94-year-old", "101yo", "in her 90s", "a nonagenarian".</summary>
    [GeneratedRegex(@"(?<![\w.$#/:-])(?:(?:9\d|1[0-2]\d)\s?-?\s?(?:yo|y/o|y\.o\.?|yrs?[\s-]?old|years?[\s-]old|year-old|yof|yom)|(?:9\d|1[0-2]\d)(?:f|m)|(?:in (?:her|his|their) )?(?:early |mid |late |mid-|late-)?(?:90s|nineties|100s)|nonagenarian|centenarian|(?:9\d|1[0-2]\d)(?:th)? birthday|turn(?:ed|s|ing)? (?:9\d|1[0-2]\d)|(?:she|he|they)(?:'s| is| was) (?:9\d|1[0-2]\d)|age:? (?:9\d|1[0-2]\d)(?!\d)|\((?:9\d|1[0-2]\d)!*\))(?![\w/])", RegexOptions.CultureInvariant)]
    public static partial Regex AgeOver89();
}
