namespace Preround.Rules.Conduct;

/// <summary>Word classes the conduct rules reason with: who is talked about, how, and in what frame.</summary>
[Flags]
internal enum Sig : long
{
    None = 0,
    /// <summary>Patients and the public in one's care: "pts", "ppl", "moms", "addicts", "karens".</summary>
    PatientRef = 1L << 0,
    /// <summary>Contempt for a person or group: "stupid", "entitled", "lazy", "scammers", "feral".</summary>
    Contempt = 1L << 1,
    /// <summary>Dehumanising words for people: "zoo", "animals", "subhumans", "cavemen".</summary>
    Dehumanise = 1L << 2,
    /// <summary>Frustration or sarcasm markers: eye-roll emoji, "ugh", "smh", "naturally", "genius".</summary>
    Frustration = 1L << 3,
    /// <summary>A profession or specialty as a group: "pharmacists", "gas passers", "midlevels".</summary>
    Profession = 1L << 4,
    /// <summary>A political side or its people: "republicans", "libs", "maga", "dems".</summary>
    Political = 1L << 5,
    /// <summary>An identifiable person: a title before a name, a role ("my attending", "our ceo"), second person.</summary>
    Person = 1L << 6,
    /// <summary>A wish or a call for something to happen: "hope", "wish", "deserves", "should".</summary>
    Wish = 1L << 7,
    /// <summary>Harm done to a body or life: "die", "rot", "choke", "crushed", "bleed".</summary>
    Harm = 1L << 8,
    /// <summary>Alcohol.</summary>
    Alcohol = 1L << 9,
    /// <summary>Drugs used recreationally or misused: "edible", "xanax", "shrooms".</summary>
    Drug = 1L << 10,
    /// <summary>Heavy use or impairment: "drunk", "hungover", "shots", "wasted".</summary>
    Heavy = 1L << 11,
    /// <summary>Clinical identity worn: "scrubs", "badge", "white coat", "stethoscope".</summary>
    Uniform = 1L << 12,
    /// <summary>Work time and place: "shift", "rounds", "clinic", "call room", "nicu".</summary>
    Work = 1L << 13,
    /// <summary>Praise and gratitude: "thank", "grateful", "proud", "shout-out".</summary>
    Positive = 1L << 14,
    /// <summary>Teaching, evidence or advocacy framing: "stigma", "evidence", "study", "deserve".</summary>
    Education = 1L << 15,
    /// <summary>Internal or legal matters: "m&amp;m", "lawsuit", "deposition", "sentinel", "unblinded", "memo".</summary>
    Internal = 1L << 16,
    /// <summary>Secrecy or leak markers: "leaked", "quiet", "rumour", "whispering", "yet".</summary>
    Secrecy = 1L << 17,
    /// <summary>Public-record markers: "published", "announced", "press release", "public".</summary>
    Public = 1L << 18,
    /// <summary>Reported or fictional speech: "told me", "commented", "villain", "novel".</summary>
    Reported = 1L << 19,
    /// <summary>A boss one answers to: "chair", "pd", "manager", "charge nurse".</summary>
    Boss = 1L << 20,
    /// <summary>The author: "i", "my", "me", "we".</summary>
    Self = 1L << 21,
    /// <summary>Laughter: "lol", "lmao", crying-laughing emoji (one marker however many).</summary>
    Laugh = 1L << 22,
    /// <summary>The institution one works for, as a target: "the trust", "admin", "management", "the c-suite", "rota".</summary>
    Institution = 1L << 23,
    /// <summary>Words that open or mark irony and rhetorical jabs: "love", "nothing", "glad", "bravo", "peak", "genius", 👏.</summary>
    Irony = 1L << 24,
}
