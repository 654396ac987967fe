using System.Text.RegularExpressions;

namespace Preround.Rules.PersonalAttack;

/// <summary>Name-calling vocabulary shared by the personal-attack and partisan rules.</summary>
internal static partial class InsultLexicon
{
    /// <summary>Nouns that only ever insult a person ("idiot", "ghoul", "scumbag").</summary>
    [GeneratedRegex(@"(?<![\w-])(?:idiots?|morons?|imbeciles?|cretins?|ghouls?|scumbags?|dirtbags?|low-?lifes?|bootlick(?:ers?|ing)|boot-lick(?:ers?|ing)|buffoons?|jackass(?:es)?|dumbass(?:es)?|assholes?|bastards?|halfwits?|dimwits?|nitwits?|numbskulls?|dipshits?|psychopaths?|sociopaths?|degenerates?|subhumans?|scum|grifters?|sellouts?|bozos?|douche(?:bags?)?|dolts?|nutjobs?|lunatics?|pieces? of (?:shit|garbage|trash|crap|work)|waste of (?:space|oxygen|air|skin|a (?:license|degree|white coat|badge|uniform|residency spot))|lick(?:s|ing)? (?:the )?boots|clowns|cowards?|liars|traitors?|bigots?|hillbill(?:y|ies)|rednecks?|trailer trash|sad little (?:man|men|woman|women|person|people|boy|boys))(?![\w-]|'s guide|-proof)", RegexOptions.CultureInvariant)]
    public static partial Regex StrongNoun();

    /// <summary>Words that insult only when said of a person ("X is a fraud", "those pigs"); "fraud detection", "lab rats" are fine.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:clown|frauds?|liar|racists?|bull(?:y|ies)|creeps?|dinosaurs?|losers?|snakes?|pigs?|rats?|monsters?|vermin|parasites?|leeches|leech|traitors?|fascists?|nazis?|jerks?|trash|garbage|animals|weasels?|hacks?|quacks?|psychos?|ghouls?)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex WeakNoun();

    /// <summary>Adjectives that insult when they describe a person.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:brain-?\s?dead|braindead|toothless|stupid|dumb|dumber|dumbest|useless|clueless|incompetent|pathetic|spineless|worthless|disgusting|evil|ignorant|inbred|moronic|idiotic|brainless|gutless|corrupt|deranged|unhinged|psychotic|vile|cowardly|two-faced|lazy)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Adjective();

    /// <summary>People one can attack: named roles, groups, pronouns.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:senators?|congress(?:man|woman|men|women|person|people)?|representatives?|governors?|president|mayors?|politicians?|lawmakers?|legislators?|voters?|admins?|administrators?|administration|executives?|ceos?|cmos?|cnos?|pds?|apds?|chairs?|chairman|dean|deans|boss|bosses|managers?|supervisors?|directors?|attendings?|fellows?|residents?|interns?|co-?residents?|co-?interns?|co-?fellows?|preceptors?|chiefs?|coordinators?|nurses?|doctors?|docs?|surgeons?|colleagues?|coworkers?|co-workers?|pharmacists?|techs?|guy|guys|dude|man|woman|lady|person|people|democrats?|republicans?|conservatives?|liberals?|progressives?|leftists?|maga|trumpers?|supporters?|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|commenters?|trolls?|influencers?|anchors?|hosts?|journalists?|reporters?|billionaires?|shooters?|anti-?vaxx?ers?|protesters?|medics?|officials?|leadership|management|judges?|justices?|he|she|they|him|her|them|you|u|ya|y'all|these|those|every|everyone|anyone|whoever|this|that)(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex Person();

    /// <summary>"is a", "are all", "are just such": the copula that pins a name on someone.</summary>
    [GeneratedRegex(@"(?:\bis|\bare|'s|'re|\bwas|\bwere|\bbe|\bbeing|\blike|\bbunch of|\bpack of|\bnothing but)\s+(?:(?:all|just|such|a|an|total|complete|absolute|utter|bunch|of|pack|nothing|but|literal|literally|fucking|effing|so|truly|really|the|biggest|real|such|bloody|greedy|little|lying|spineless|dangerous|actual|certified)\s+)*(?:(?:a|an)\s+(?:[\w-]+\s+){0,2})?$", RegexOptions.CultureInvariant)]
    public static partial Regex CopulaEnd();
}
