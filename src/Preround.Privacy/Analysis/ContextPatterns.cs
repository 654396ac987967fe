using System.Buffers;
using System.Text.RegularExpressions;

namespace Preround.Privacy.Analysis;

/// <summary>
/// Patterns over the normalised (lower-case) text that say whether a sentence is about a patient or an encounter,
/// or about something else that merely looks like one: a conference, a statistic, one's own family, the practice, a colleague.
/// </summary>
// NOTE: these are deliberately broad in vocabulary and narrow in shape: a patient anchor needs a determiner or an
// encounter verb, so "patient education corner" and "patients over 65" do not anchor a story.
internal static partial class ContextPatterns
{
    /// <summary>One specific patient: "my patient", "a pt", "the 34yo", "this sweet lady in bed 3".</summary>
    // NOTE: keep PatientAnchorLiterals in step with this pattern: every match contains one of them.
    [GeneratedRegex(@"(?<![\w-])(?:(?:my|our|the|a|an|this|that|one|her|his|same|first|last|fav(?:ou?rite)?|sweet(?:est)?|current|new|former|older|young(?:er)?|elderly|old|little|\w+est|\w+-year-old|\w+yo)\s+(?:[\w'-]+\s+){0,3}?(?:patient|pt|patient's|pt's)(?![\w])|\bpt(?:'s)?\s+(?:is|was|came|had|has|with|told|said|asked|presented|arrived|in|on|from|admitted|died|coded|got|went|wanted|refused|complained|states|reports|c/o|w/)\b|^pt\b|\b(?:patient|pt)\s+(?:in|from)\s+(?:bed|room|bay|pod)\b|\bpatient\s+(?:today|tonight|this morning|yesterday|last night|earlier)\b|(?:^|[.!?]\s+)(?:patient|pt)(?:'s)?\s|\b(?:our|the|my|a|this) frequent fl(?:y|i)er\b(?! (?:miles|points|status|program|card))|\b(?:happy )?discharge day\b|\blongest stay\b|\b[a-z]+'s (?:stay|admission|surgery|delivery|discharge|transplant|last round|chemo)\b|\b(?:from|in|at) my (?:\w+ )?clinic\b|\b(?:during|for|before|after) (?:his|her|their) (?:iv(?: start)?|blood draw|dressing change|bath|procedure|surgery|scan|ct|mri|exam|visit|appointment|admission|stay|transfusion|chemo|dialysis|delivery|c-section|induction|intubation|biopsy)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex PatientAnchor();

    // NOTE: a necessary condition for PatientAnchor, one literal per alternative ("patient"/"pt" for the first six,
    // then the literal core of each other branch). The pattern opens with generic words (\w+est, \w+yo) so the regex
    // engine cannot search for a prefix itself; most drafts contain none of these and skip the pattern entirely.
    private static readonly SearchValues<string> PatientAnchorLiterals = SearchValues.Create(
    [
        "patient", "frequent fl", "discharge day", "longest stay",
        "'s stay", "'s admission", "'s surgery", "'s delivery", "'s discharge", "'s transplant", "'s last round", "'s chemo",
        "clinic",
        "during his ", "during her ", "during their ", "for his ", "for her ", "for their ",
        "before his ", "before her ", "before their ", "after his ", "after her ", "after their ",
    ], StringComparison.Ordinal);

    /// <summary>False when <see cref="PatientAnchor"/> cannot match the normalised text (no literal it needs occurs).</summary>
    // NOTE: "pt" is checked as a whole word (every branch has a non-word character either side of it): as a substring
    // it is in "symptom", "accept", "septic" and "prompt", which most clinical drafts contain.
    public static bool MayAnchorPatient(string normalized) => normalized.AsSpan().ContainsAny(PatientAnchorLiterals) || Gates.HasWord(normalized, "pt");

    /// <summary>An age with or without sex written the way charts and stories do: "34yo", "29F", "a 4-year-old", "67 y/o male".</summary>
    [GeneratedRegex(@"(?<![\w.$#/:-])(?<n>\d{1,3})(?:\s?-?\s?(?:yo|y/o|y\.o\.?|yr?s?[\s-]?old|years?[\s-]old|yof|yom|yowf|yowm|mo|mos|months?[\s-]old|weeks?[\s-]old|days?[\s-]old|month-old|week-old|day-old|year-old|yr-old)|(?:f|m))(?![\w/])", RegexOptions.CultureInvariant)]
    public static partial Regex AgeShorthand();

    /// <summary>"Mr. Delgado", "Mrs. Lee": a titled surname, a patient when care words share the sentence.</summary>
    [GeneratedRegex(@"\b(?:mr|mrs|ms|miss)\.?\s+[a-z][a-z'-]+", RegexOptions.CultureInvariant)]
    public static partial Regex TitledName();

    /// <summary>Words of care that make a titled name a patient's: rooms, beds, units, treatments, discharge.</summary>
    [GeneratedRegex(@"\b(?:room|bed|bay|pod|unit|floor|ward|icu|ed|er|clinic|discharg\w*|admit\w*|surgery|chemo|dialysis|kidney|transplant|diagnos\w*|procedure|infusion|wound|meds|medication|iv|vitals|code|rounds|post-?op|pre-?op|\d[a-z]\b)", RegexOptions.CultureInvariant)]
    public static partial Regex CareWords();

    /// <summary>Teaching statements: general truths about ages, not a person ("a 65-year-old can have...").</summary>
    [GeneratedRegex(@"\b(?:can|may|might|could|should|would|will|typically|usually|often|tends? to|on average|in general|remember|pearl|tip|reminder|rule of thumb|think about|consider|means|suggests?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Teaching();

    /// <summary>Generic or hypothetical framings: "if a patient", "when patients", "every patient", "never post".</summary>
    [GeneratedRegex(@"\b(?:if|when|whenever|every|any|each|no|never|should|teach|remind|educat\w*|would|could|imagine|hypothetical(?:ly)?|suppose|before|unless)\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant)]
    public static partial Regex GenericLead();

    /// <summary>A person in an encounter: "the lady in bed 3", "a man came in", "the family in room 412".</summary>
    // NOTE: public roles (mayor, judge, chief) are not persons here: "the mayor visited our ED" is a visit, not care.
    // NOTE: keep EncounterPersonLiterals in step with the look-ahead of this pattern.
    [GeneratedRegex(@"\b(?:the|this|that|a|an|one|our)\s+(?:[\w'-]+\s+){0,3}?(?:lady|woman|man|guy|gentleman|gent|girl|boy|kid|child|baby|infant|newborn|toddler|teen|teenager|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|family|couple|frequent flyer|teacher|officer|cop|vet|veteran|inmate|student|dude|fella|kiddo|mama|papa|twins?|victim|driver|biker|cyclist|runner|athlete|anchor|celebrity|player|bodybuilder|trucker|farmer|marathoner|pastor|nun|priest|firefighter|soldier|vet|grandmother|grandfather|widow|widower|lady|woman|families|wrestler|chef|coach|principal|librarian|hikers?|swimmer|climber|people|victims|survivors?|passengers?)\b(?=[^.!?\n]{0,80}\b(?:came in|comes in|came to (?:our|the)|limping into|waiting room|urgent care|fast track|rolled in|brought in|walked in|wheeled in|showed up|presented|presenting|admitted|discharged|intubated|coded|delivered|triage|trauma bay|resus|our (?:ed|er|unit|floor|icu|clinic|ward|bay|l&d|or)|the (?:ed|er|icu|picu|nicu|ward|or|floor)|in (?:bed|room|bay|pod)|bed \w|room \w|pod \w|bay \w|on (?:my|the|our) (?:shift|unit|floor)|my (?:night |day )?shift|at the bedside|code blue|rapid response|rounds|in clinic|arrived|on \d{1,2} ?(?:north|south|east|west)|bedpan|call light|hospital gown|had to tell|diagnosed|the mass|biopsy|results|asked me|told me|asked if|said to me|thanked me|grabbed my hand|before (?:his|her|their) (?:ct|surgery|scan|mri|x-ray|procedure)|we (?:intubated|coded|lost|saved|delivered|treated|admitted|scoped|operated))\b)", RegexOptions.CultureInvariant)]
    public static partial Regex EncounterPerson();

    // NOTE: a necessary condition for EncounterPerson: every branch of its trailing look-ahead contains one of these
    // (a shorter literal stands for the longer ones holding it: "bed" for "in bed", "bed 4", "at the bedside", "bedpan").
    // Keep it in step with the look-ahead.
    private static readonly SearchValues<string> EncounterPersonLiterals = SearchValues.Create(
    [
        "came in", "comes in", "came to ", "limping into", "waiting room", "urgent care", "fast track", "rolled in", "brought in", "walked in", "wheeled in", "showed up", "present", "admitted",
        "discharged", "intubated", "coded", "delivered", "triage", "bay", "resus", "our ed", "our er", "our or", "our l&d",
        "the ed", "the er", "the or", "unit", "floor", "icu", "clinic", "ward", "bed", "room", "pod", "shift", "code blue",
        "rapid response", "rounds", "arrived", "north", "south", "east", "west", "call light", "hospital gown", "had to tell",
        "diagnosed", "the mass", "biopsy", "results", "asked me", "told me", "asked if", "said to me", "thanked me",
        "grabbed my hand", "before his ", "before her ", "before their ", "we lost", "we saved", "we treated", "we scoped",
        "we operated",
    ], StringComparison.Ordinal);

    /// <summary>False when <see cref="EncounterPerson"/> cannot match the normalised text (its look-ahead needs a literal that does not occur).</summary>
    public static bool MayBeEncounterPerson(string normalized) => normalized.AsSpan().ContainsAny(EncounterPersonLiterals);

    /// <summary>The literals of <see cref="EncounterPerson"/>'s look-ahead: a stretch of text without one cannot match.</summary>
    public static SearchValues<string> EncounterPersonCues => EncounterPersonLiterals;

    /// <summary>Encounter words that place the story in care: "in triage", "on our unit", "in the trauma bay", "on my night shift".</summary>
    [GeneratedRegex(@"\b(?:in triage|in our (?:trauma bay|ed|er|icu|picu|nicu|unit|clinic|ward|or|l&d|bay)|on our (?:unit|floor|ward)|in the trauma bay|delivered on our|came (?:in|into) (?:the|our) (?:ed|er)|rolled in|brought in by|coded (?:on|in)|we (?:intubated|coded|lost|delivered|admitted|scoped|discharged)|had to call cps|(?:i|we|our team) (?:just |finally )?(?:delivered|admitted|intubated|discharged|treated|scoped|operated on|coded|sutured|stitched up|triaged|resuscitated|pronounced|consulted on|rounded on|separated|removed|resected|transplanted|repaired|reattached|amputated|cared for|took care of|looked after|filled|dispensed)|(?:^|[.!?]\s+)(?:just |finally )?(?:delivered|admitted|intubated|discharged|coded|scoped|scrubbed in on|sutured|stitched up|triaged|resuscitated|pronounced)\b|to have (?:cared for|treated|operated on|looked after)|we had (?:\w+ )?in (?:the|our) (?:er|ed|icu|clinic|unit|or|trauma bay)|guess who (?:we|i) (?:had|saw|got)|arrived (?:on|in|at) (?:our|the) (?:unit|floor|ed|er|icu|l&d)|(?:filled|dispensed) (?:\w+ ){0,5}(?:for|to) (?:a|an|the|this)|(?:i|we) (?:saw|had) (?:a|an|this|the) (?:\w+ ){0,2}(?:patient|pt|kid|child|baby|lady|guy|man|woman|mom|dad|teen|toddler|gentleman)|(?:4|four) hours in our|our \d+-bed|just (?:delivered|admitted|discharged|coded|intubated))\b", RegexOptions.CultureInvariant)]
    public static partial Regex EncounterPhrase();

    // NOTE: a necessary condition for EncounterPhrase: every alternative contains one of these (a verb stands for the
    // branches built on it, "in our " for "(4|four) hours in our"). Keep it in step with the pattern.
    private static readonly SearchValues<string> EncounterPhraseLiterals = SearchValues.Create(
    [
        "triage", "in our ", "on our ", "trauma bay", "came in", "rolled in", "brought in", "cps", "we lost", "delivered", "admitted",
        "intubated", "discharged", "treated", "scoped", "operated on", "coded", "sutured", "stitched up", "resuscitated", "pronounced",
        "consulted on", "rounded on", "separated", "removed", "resected", "transplanted", "repaired", "reattached", "amputated",
        "cared for", "took care of", "looked after", "filled", "dispensed", "scrubbed in on", "to have ", "we had ", "guess who ",
        "arrived ", "i saw ", "we saw ", "i had ", "-bed",
    ], StringComparison.Ordinal);

    /// <summary>False when <see cref="EncounterPhrase"/> cannot match the normalised text (no literal it needs occurs).</summary>
    public static bool MayBeEncounterPhrase(string normalized) => normalized.AsSpan().ContainsAny(EncounterPhraseLiterals);

    /// <summary>False when <see cref="PatientAddress"/> cannot match: every branch has "you", "records" or "patient".</summary>
    public static bool MayAddressPatient(string normalized) =>
        normalized.Contains("you", StringComparison.Ordinal) || normalized.Contains("records", StringComparison.Ordinal) || normalized.Contains("patient", StringComparison.Ordinal);

    /// <summary>False when <see cref="TitledName"/> cannot match: it needs a title as a word.</summary>
    public static bool MayHaveTitle(string normalized) => Gates.HasAnyWord(normalized, TitleWords);

    private static readonly string[] TitleWords = ["mr", "mrs", "ms", "miss"];

    /// <summary>The author declines to look at someone's care in public: "I can't review your results here".</summary>
    [GeneratedRegex(@"\b(?:not\s+able|unable|can'?t|cannot|won'?t|don'?t|do\s+not|never)\s+(?:to\s+)?(?:\w+\s+)?(?:look\s+at|review|interpret|read|see|comment\s+on|advise\s+on|assess|discuss|weigh\s+in\s+on|give\s+advice\s+(?:on|about))\b", RegexOptions.CultureInvariant)]
    public static partial Regex DeclinesCare();

    /// <summary>
    /// Care done to a person, told in the first person or with the subject dropped: "caught a baby", "put in my first
    /// chest tube on a motorcycle guy", "had to tell a young dad", "cared for one of the hikers", "we took three of the people".
    /// </summary>
    [GeneratedRegex(@"(?<=(?:^|[.!?]\s+|\b(?:i|we|i've|we've|i'd|we'd)\s+)(?:just\s+|finally\s+|already\s+)?)(?:(?:caught|delivered|treated|treating|worked on|working on|cared for|caring for|looked after|took care of|taking care of|stitched(?: up)?|sutured|splinted|casted|scoped|operated on|resuscitated|intubated|coded|triaged|admitted|discharged|sent home|had to tell|had to call|broke the news to|held the hand of|set (?:a|the) (?:broken )?[\w-]+ on|put (?:in )?(?:a|an|my first|the|his|her) [\w-]+ (?:tube|line|drain|cast|splint|iv)(?: in)? (?:on|for)|took (?:three|two|four|five|six|several|some|all|both|one|\d+) of)\s+(?:(?:a|an|the|this|that|one|some|both|all|(?:one|some|two|three|four|five|several|\d+) of (?:the|our|my))\s+)?(?:[\w'-]+\s+){0,3}?(?:baby|babies|newborn|man|men|woman|women|lady|ladies|guy|guys|gentleman|kid|kids|child|children|boy|girl|toddler|teen|teenager|dad|mom|mother|father|grandma|grandpa|family|families|couple|hikers?|people|victims?|drivers?|workers?|chef|owner|coach|teacher|principal|student|player|cyclist|biker|runner|swimmer|climber|firefighter|officer|cop|soldier|veteran|vet|farmer|inmate|patient|pt|\d+ ?(?:yo|y/o|[mf])|\d+-year-old)\b|had (?:the|a|an) [\w' -]{1,40}? in my (?:chair|clinic|office|exam room|trauma bay|bay|or))", RegexOptions.CultureInvariant)]
    public static partial Regex CareVerbPerson();

    private static readonly SearchValues<string> CareVerbLiterals = SearchValues.Create(
    [
        "caught", "delivered", "treat", "worked on", "working on", "cared for", "caring for", "looked after", "care of", "stitched", "sutured", "splinted",
        "casted", "scoped", "operated on", "resuscitated", "intubated", "coded", "triaged", "admitted", "discharged", "sent home", "had to ", "broke the news",
        "held the hand", "set a ", "set the ", "put ", "took ", " in my ",
    ], StringComparison.Ordinal);

    /// <summary>False when <see cref="CareVerbPerson"/> cannot match.</summary>
    public static bool MayBeCareVerbPerson(string normalized) => normalized.AsSpan().ContainsAny(CareVerbLiterals);

    /// <summary>
    /// Patients spoken of as a group the author cared for ("one of our moms from L&amp;D", "the crash victims we got
    /// tonight"), or by an age band opening a story ("Mid-30s mom of three", "Tonight's 80-something with a hip fracture").
    /// </summary>
    // NOTE: a bare "40-something woman" opening a sentence is what the rewrite itself writes, so it does not anchor alone.
    [GeneratedRegex(@"\bone of (?:my|our) (?:[\w-]+ )?(?:patients|pts|kiddos|babies|moms|mamas|families|little ones|regulars|frequent fl(?:y|i)ers)\b|(?:(?:^|(?<=[.!?]\s{1,3}))(?:early |mid-?|late-?)?[1-9]0s|\b(?:tonight|today|this morning|last night)'s (?:early |mid-?|late-?)?(?:[1-9]0s|[1-9]0-something))\s+(?:[\w'-]+\s+){0,2}?(?:mom|dad|man|woman|lady|guy|gentleman|vet|veteran|teacher|farmer|grandma|grandpa|with)\b|\b(?:victims?|survivors?|people|families|kids|ones|guys) (?:that |who )?(?:we|i) (?:got|had|took|treated|saw|received|admitted|lost|flew in|cared for)\b", RegexOptions.CultureInvariant)]
    public static partial Regex GroupOfPatients();

    /// <summary>A care setting or encounter word: with a distinctive feature in the sentence, the person is a patient.</summary>
    [GeneratedRegex(@"\b(?:clinic|ed|er|icu|unit|floor|bay|bed|fast track|triage|ward|dialysis|my shift|repair|stitch\w*|sutur\w*|surgery|urgent care|came in|comes in|came back|rolled in|brought in|admitted|discharged|my chair|exam room|trauma|resus)\b", RegexOptions.CultureInvariant)]
    public static partial Regex CareSetting();

    /// <summary>Speaking to a patient in public: "thank you for trusting me with your", "our records show you".</summary>
    [GeneratedRegex(@"\b(?:trusting (?:me|us) with your|our records (?:show|indicate)|your (?:visit|appointment|procedure|surgery|diagnosis|treatment|chart|results|labs|biopsy|follow-?ups?|prescription|stay|admission|delivery|care with us)|you (?:were|got) (?:seen|treated|admitted|discharged|diagnosed)|you no-?showed|as your (?:doctor|nurse|provider|physician|surgeon|therapist)|when you came in|when we saw you|your (?:\w+ )?journey|you'?re (?:home|out) (?:from|of) the hospital|glad you'?re (?:home|doing better|feeling better)|(?:great|best|favou?rite|sweetest|bravest|toughest) patient)\b", RegexOptions.CultureInvariant)]
    public static partial Regex PatientAddress();

    /// <summary>One's own family: "my grandmother", "my 4-year-old", "my son's birthday".</summary>
    [GeneratedRegex(@"(?<!patient's |pt's )\b(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:grand)?(?:mother|father|mom|mum|mommy|dad|daddy|son|daughter|kid|kids|child|children|wife|husband|partner|spouse|sister|brother|sibling|niece|nephew|aunt|auntie|uncle|grandma|grandpa|granny|nana|papa|cousin|baby|toddler|twins|in-laws?|family|boyfriend|girlfriend|fianc[eé]e?|dog|cat|bestie|best friend|neighbou?r)s?\b|\bhappy birthday\b|\bmy (?:own|first|second)?\s*(?:pregnancy|birthday|anniversary|wedding)\b|\b(?:i|i'm|i am|i was|i've)\s+(?:\w+\s+){0,2}(?:turn(?:ed|ing)?|diagnosed|pregnant|expecting)\b", RegexOptions.CultureInvariant)]
    public static partial Regex OwnFamily();

    /// <summary>Conferences, statistics, guidelines, education: ages and places here describe no one.</summary>
    [GeneratedRegex(@"\b(?:conference|congress|summit|symposium|annual meeting|meeting in|grand rounds|workshop|webinar|keynote|poster|abstract|panel|plenary|session|booth|landed in|flying to|flew to|see you in|registration|cme|journal club|study|studies|trial|cohort|data|dataset|rate|rates|median|mean|average|incidence|prevalence|per 100,?000|screening|guideline|guidelines|uspstf|cdc|acog|aap|recommend(?:s|ed|ation)?|adults|people (?:aged|over|under|with)|patients (?:aged|over|under|with|who)|ages? \d|aged \d|percent|survey|meta-analysis|systematic review|statistic\w*|average-risk|case series|textbook|board review|lecture|teaching file|composite|de-?identified|hypothetical|fictional|case report|published|with (?:the )?(?:patient's |their |family's )?(?:written )?(?:consent|permission))\b|%", RegexOptions.CultureInvariant)]
    public static partial Regex Aggregate();

    /// <summary>Consent, de-identification or a composite: the author has done what makes a case shareable.</summary>
    [GeneratedRegex(@"\b(?:with (?:the |her |his |their )?(?:patient's |family's |parents' |their |her |his )?(?:written |signed |full )?(?:consent|permission|blessing)|(?:patient|family|parents?) (?:gave|signed|granted) (?:\w+ )?(?:consent|permission)|consented|de-?identified|anonymi[sz]ed|composite|details (?:changed|altered)|fictional(?:ized)?|hypothetical)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Consented();

    /// <summary>The practice speaking as itself: hours, booking, its own phone.</summary>
    [GeneratedRegex(@"\b(?:call (?:us|our|the)|reach (?:us|our)|contact (?:us|our)|our (?:clinic|office|practice|front desk|line|number|hours)|office hours|clinic hours|hours are|open (?:mon|tues|wednes|thurs|fri|satur|sun|daily|late|until|\d)|closed (?:on|for)|book (?:an|your)|appointments? (?:available|line)|scheduling|new patients welcome|accepting new patients|walk-ins)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Practice();

    /// <summary>Congratulating, thanking or welcoming colleagues: their names are not patients'.</summary>
    [GeneratedRegex(@"\b(?:congrat\w*|welcome|thank you|thanks|shout ?out|kudos|proud of (?:our|my) (?:team|colleague|resident|fellow|student|intern|nurses)|honou?red|mentor\w*|grateful to|celebrat\w*|promot\w*|matched|graduat\w*|award\w*|retir\w*|co-?author\w*|colleague\w*|attending|chief|program director|dean|preceptor)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Colleague();

    /// <summary>
    /// Story shapes that point at one person in care without saying "patient": "on my OR schedule", "hospice visit with",
    /// "Name:" on a chart-like line, "the sweet old lady", "the toddler who fell", "in our ortho clinic", "on the geri ward".
    /// </summary>
    // NOTE: keep StoryAnchorLiterals in step: every match contains one of them, so most drafts skip the pattern.
    [GeneratedRegex(@"\bon (?:my|our) (?:or |clinic |surgical |theatre |op |call |procedure )?(?:schedule|list|caseload|census)\b|\b(?:hospice|home|house|bedside|follow-?up) visit (?:with|to)\b|\b(?:sweet|little|dear) old (?:lady|man|gentleman|gent|woman|guy|fella)\b|\b(?:the|a|an|this|that|our) (?:[\w'-]+ ){0,2}?(?:toddler|kid|child|boy|girl|man|woman|teen|teenager|baby|lady|guy|gentleman|driver|worker|hiker|swimmer|cyclist) who (?:fell|came|crashed|swallowed|overdosed|od'?d|coded|got|was|had|jumped|drowned|collapsed|arrived)\b|\b(?:in|at) our (?:\w+ )?(?:clinic|ward|unit|practice|office)\b|\bon (?:the|our) (?:\w+ )?(?:ward|unit)\b|\b(?:is|got|was) (?:finally )?extubated\b|\brang the bell\b|\b(?:my|our) (?:\w+ )?(?:consult|admission|admit|case) (?:today|tonight|this morning|yesterday|last night)\b|\b(?:he|she|they|lady|man|woman|guy|gentleman|gent|kid|boy|girl|teen|toddler|baby|mom|dad|grandma|grandpa|patient|pt|\d+ ?(?:yo|y/o|[mf]))\s+(?:just\s+)?(?:came|rolled|walked|wheeled|limped|was brought) (?:in|into)\b|\bcame (?:in|into (?:our|the) (?:\w+ )?(?:ed|er|urgent care|clinic|office|icu|unit|trauma bay|ambulance bay|hospital|practice|pharmacy)) (?:with|for|after|complaining|c/o|by ambulance|tonight|today|this morning|last night|yesterday)\b|\byour (?:mom|mum|dad|mother|father|son|daughter|wife|husband|grandma|grandpa|grandmother|grandfather|baby|little one)(?:'s)? (?:[\w']+ ){0,8}?(?:chemo|surgery|recovery|procedure|delivery|discharge|treatment|transplant|scan|biopsy|doing great|doing well|came in|was admitted)\b", RegexOptions.CultureInvariant)]
    public static partial Regex StoryAnchor();

    /// <summary>"Name:" opening a line, chart-like: a story about one person (searched apart from <see cref="StoryAnchor"/> as it needs the line start).</summary>
    [GeneratedRegex(@"(?:^|\n)\s*(?:pt |patient )?name\s*:", RegexOptions.CultureInvariant)]
    public static partial Regex NameLine();

    /// <summary>A quiz or board question: the case in it is for teaching ("Quiz:", "board review", "what's the diagnosis?").</summary>
    [GeneratedRegex(@"\b(?:quiz|board review|boards? question|question of the day|qotd|mcq|test yourself|case challenge|usmle|nclex|shelf question|simulation case|sim case|mock code|standardi[sz]ed patient|what(?:'s| is) (?:the|your) (?:next step|diagnosis|dx|must-not-miss|ddx|differential)|which (?:artery|nerve|drug|test|vessel|organism|lead))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Quiz();

    private static readonly SearchValues<string> QuizLiterals = SearchValues.Create(["quiz", "board", "question", "simulation case", "sim case", "mock code", "standardi", "qotd", "mcq", "test yourself", "challenge", "usmle", "nclex", "shelf", "what", "which"], StringComparison.Ordinal);

    /// <summary>False when <see cref="Quiz"/> cannot match.</summary>
    public static bool MayBeQuiz(string normalized) => normalized.AsSpan().ContainsAny(QuizLiterals);

    /// <summary>A patient named only as the topic of a message: "an email about a patient", "a question about a pt".</summary>
    [GeneratedRegex(@"\b(?:e-?mail|message|call|question|letter|complaint|article|thread|memo|policy|form) (?:\w+ )?(?:about|regarding|re:?)\s+(?:(?:a|an|the|one|my|our|this)\s+)?(?:[\w'-]+\s+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex TopicLead();

    /// <summary>A necessary condition for <see cref="StoryAnchor"/>: every branch contains one of these. Keep it in step.</summary>
    public static readonly SearchValues<string> StoryAnchorLiterals = SearchValues.Create(
    [
        "schedule", "list", "caseload", "census", " visit ", " old ", " who ", " our ", "ward", "unit", "extubated", "rang the bell", "your ",
        "came", "rolled in", "walked in", "wheeled in", "limped in", "brought in", "consult", "admission", "admit", "case ",
    ], StringComparison.Ordinal);

    /// <summary>Right after a patient mention: the patient asks ("asked me today whether", "ask if", "wanted to know").</summary>
    [GeneratedRegex(@"^\W{0,2}(?:(?:today|tonight|yesterday|this\s+(?:morning|week|afternoon)|earlier|recently|once|always|just|me|us)\s+){0,3}(?:asked|asks|ask|asking|wanted\s+to\s+know|wondered|was\s+wondering|came\s+in\s+asking)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex AskingAfter();

    /// <summary>Right before a patient mention: "a question from", "a good question by".</summary>
    [GeneratedRegex(@"\bquestions?\s+(?:from|by)\s+$", RegexOptions.CultureInvariant)]
    internal static partial Regex AskingBefore();
}
