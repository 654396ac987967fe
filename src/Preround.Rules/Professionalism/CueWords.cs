using System.Collections.Frozen;

namespace Preround.Rules.Professionalism;

/// <summary>Single words (normalised, de-obfuscated) that make a professionalism rule worth running.</summary>
// NOTE: these are gates, not verdicts: a cue only lets a rule run its patterns. Keep them broad (inflections,
// slang, misspellings); the precision comes from each rule's structure checks.
internal static class CueWords
{
    public static readonly FrozenDictionary<string, Cue> Words = Build();

    /// <summary>Stems whose every inflection is a cue ("fuck" covers "fuckin", "fuckers").</summary>
    public static readonly (string Stem, Cue Cue)[] Stems =
    [
        ("fuck", Cue.Profane), ("fck", Cue.Profane), ("fvck", Cue.Profane), ("phuck", Cue.Profane), ("fuq", Cue.Profane), ("prick", Cue.Profane), ("fuk", Cue.Profane), ("shit", Cue.Profane), ("bitch", Cue.Profane),
        ("asshole", Cue.Profane), ("motherf", Cue.Profane), ("bullshit", Cue.Profane), ("dumbass", Cue.Profane | Cue.Insult),
        ("jackass", Cue.Profane | Cue.Insult), ("goddamn", Cue.Profane), ("douche", Cue.Profane | Cue.Insult),
        ("libtard", Cue.Political), ("trumptard", Cue.Political), ("demonrat", Cue.Political), ("democrap", Cue.Political),
        ("repug", Cue.Political), ("rethug", Cue.Political), ("maga", Cue.Political), ("lib", Cue.Political),
        ("hungover", Cue.Substance), ("drunk", Cue.Substance), ("drink", Cue.Substance), ("tequila", Cue.Substance),
        ("nurs", Cue.Profession), ("radiolog", Cue.Profession), ("psychiatr", Cue.Profession), ("surg", Cue.Profession),
        ("anesthesi", Cue.Profession), ("anaesthe", Cue.Profession), ("pharmac", Cue.Profession), ("dermatolog", Cue.Profession),
        ("patholog", Cue.Profession), ("cardiolog", Cue.Profession), ("oncolog", Cue.Profession), ("neurolog", Cue.Profession),
        ("pediatric", Cue.Profession), ("paediatric", Cue.Profession), ("hospitalist", Cue.Profession), ("internist", Cue.Profession),
        ("chiropract", Cue.Profession), ("paramedic", Cue.Profession), ("midlevel", Cue.Profession), ("physician", Cue.Profession),
        ("doctor", Cue.Profession), ("resident", Cue.Profession), ("intern", Cue.Profession), ("gastroenterolog", Cue.Profession),
        ("urolog", Cue.Profession), ("ophthalmolog", Cue.Profession), ("orthop", Cue.Profession), ("obstetric", Cue.Profession),
        ("stupid", Cue.Mockery | Cue.Insult), ("idiot", Cue.Insult | Cue.Mockery), ("moron", Cue.Insult | Cue.Mockery),
        ("imbecil", Cue.Insult), ("ghoul", Cue.Insult), ("coward", Cue.Insult), ("scum", Cue.Insult), ("bootlick", Cue.Insult),
        ("lmao", Cue.Mockery), ("lmfao", Cue.Mockery | Cue.Profane), ("rofl", Cue.Mockery), ("frequent", Cue.PatientLabel),
        ("seeker", Cue.PatientLabel), ("gomer", Cue.PatientLabel), ("junkie", Cue.PatientLabel), ("crackhead", Cue.PatientLabel),
        ("druggie", Cue.PatientLabel), ("lingerie", Cue.Sexual), ("onlyfan", Cue.Sexual), ("thirst", Cue.Sexual),
        ("sexy", Cue.Sexual), ("sexi", Cue.Sexual), ("nude", Cue.Sexual), ("twerk", Cue.Sexual), ("strip", Cue.Sexual),
        ("resign", Cue.Quit), ("quit", Cue.Quit), ("recruit", Cue.JobHunt), ("interview", Cue.Match),
    ];

    private static FrozenDictionary<string, Cue> Build()
    {
        var d = new Dictionary<string, Cue>(StringComparer.Ordinal);
        void Add(Cue cue, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                d[w] = d.GetValueOrDefault(w) | cue;
            }
        }

        Add(Cue.Masked, "f");
        Add(Cue.Profane, "idgaf gtfoh wtaf shite ffs jfc fk fck fcks mfing mfin mfer mfers af assed goddammit goddamit goddam ass asses arse arsehole assholes bastard bastards damn damned dammit damnit cunt cunts twat twats piss pissed pissing prick dick dickhead dickheads wtf stfu gtfo omfg fml effing effin af shat cocksucker whore whores slut sluts wanker bollocks crapload badass kickass smartass");
        Add(Cue.Insult, "bully bullies racist racists bigot bigots creep creeps hillbillies rednecks sad idiots idiot idiotic morons moronic cretin cretins ghoul ghouls scumbag scumbags dirtbag dirtbags lowlife lowlifes clown clowns buffoon buffoons halfwit dimwit dimwits nitwit numbskull loser losers psychopath psychopaths sociopath sociopaths degenerate degenerates vermin subhuman parasite parasites leech leeches quack quacks fraud frauds cowards coward trash garbage pathetic spineless worthless brain-dead braindead brain toothless inbred lunatic lunatics nutjob nutjobs psycho psychos hack hacks snake snakes pig pigs useless clueless incompetent disgusting evil ignorant dumb dumber dumbest dolt sellout sellouts grifter grifters traitor traitors fascist fascists nazi nazis monster monsters animals boots waste jerk jerks liar liars rat rats ghouls weasel weasels bozo bozos dipshit dipshits jackasses");
        Add(Cue.Harm, "bled tumor tumors cancer catch expect taken time die dies died dying dead death hell rot rots rotting suffer suffers suffering kill killed shoot shot hang hanged hung burn burns choke karma bleed croak drop wish hope hoping pray praying deserve deserves deserved let left withhold withholding refuse refusing slow sweet forget forgot executed");
        Add(Cue.Political, "woke legislature statehouse house wing voter voters vote voting voted democrat democrats dems dem democratic republican republicans gop conservative conservatives conservatism liberal liberals libs leftist leftists left right-wing right-wingers rightwing left-wing progressive progressives maga trump trumpers trumpism biden harris obama desantis pelosi mcconnell newsom vance senator senators congressman congresswoman congress representative governor president politician politicians lawmakers legislators party parties partisan election administration cabinet commie commies communist communists socialist socialists snowflake snowflakes sheeple deplorables rfk side magat magats cult");
        Add(Cue.Profession, "nurse nurses rn rns np nps pa pas pharmacist pharmacists rads psych radiology psychiatry surgery surgeons surgeon ortho orthopods orthopod crna crnas em er ed fm im peds ob obgyn obgyns ob/gyn derm neuro gas anesthesia docs doc dos hospitalists internal medicine family emergency primary medics emt emts rts rt therapists techs cnas cna scribes interns residents medical med students path gi ent");
        Add(Cue.PatientLabel, "compliant frequent flyer flyers flier fliers seekers drug-seeking seeking gomer gomers gorked dirtbag shpos crock crocks whale whales hippo hippos heifer walrus addicts junkies druggies tweakers crackheads drunks crazies retard retarded retards dramaticus professional noncompliant non-compliant google");
        Add(Cue.Mockery, "laziness entitlement ignorance comprehension houseplant lol lolol lmao lmfao rofl smh stupidity stupid dumb dumbest idiots idiot morons moron illiterate iq cells 😂 🤣 💀 🙄 🤦 🤡 🤪 brainless clueless pound pounds lb lbs pounder 300lb 400lb 500lb fat obese whale morbidly too small fit audacity imagine shocker surprise sarcasm apparently love nothing gotta fun favorite ya wonder wonders");
        Add(Cue.Sarcasm, "year thanks reason bar nothing love gotta favorite imagine audacity apparently surprise shocker ya wonder wonders because course fun lovely great");
        Add(Cue.Workplace, "program residency hospital job unit admin admins administration administrators management employer department dept health system floor pd chair boss manager managers c-suite ceo leadership rotation workplace attendings place");
        Add(Cue.Substance, "drunk tipsy buzzed hungover hangover hung wasted blackout shitfaced sloshed plastered hammered lit faded stoned high baked weed edible edibles blunt joint 420 molly mdma coke cocaine xanax benzo benzos adderall ketamine shrooms tequila vodka whiskey whisky bourbon rum gin beer beers wine booze boozy margarita margaritas mimosa mimosas shots shot drinks drink drinking drank jager fireball pregame pregaming 🍺 🍻 🥃 🍷 🍸 🍹 🥂 🍾 😵 🥴 🌿 🍃 fentanyl dilaudid pocketed");
        Add(Cue.Sexual, "lingerie nude nudes naked topless onlyfans fansly thirst boudoir nsfw spicy sexy seductive naughty bikini underwear panties twerk twerking stripper strip hours 😘 😏 💋 😈 🍆 🍑 💦 🔥 18+ sponge play playing temperature");
        Add(Cue.Match, "casper scenarios leaked leak record match matched matching rank ranked ranking ranks #1 number first top choice pd apd pds program programs interview interviews interviewing second look love letter letter intent signed eras nrmp soap mmi questions");
        Add(Cue.Quit, "shift quit quitting quits resign resigning resigned resignation notice walked walking walkout no-show no-showing show ghosting ghosted abandon abandoned abandoning sick cover figure scramble leaving mid-shift");
        Add(Cue.JobHunt, "cv resume transfer transfers recruiters recruiter hiring opentowork open-to-work dm opportunities offers job interviewing hunting linkedin looking applying");
        Add(Cue.Contract, "contract contracts salary salaries offer compensation comp rvu rvus bonus non-compete noncompete nda confidential payroll");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
