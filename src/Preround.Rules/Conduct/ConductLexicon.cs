using System.Collections.Frozen;

namespace Preround.Rules.Conduct;

/// <summary>
/// Single-word lexicons (normalised, de-obfuscated, lower case) for the conduct rules, one class per word family.
/// </summary>
// NOTE: these are broad on purpose (inflections, slang, misspellings): a word only says what a token IS
// (a patient reference, a contempt word); the rules decide from combinations in one sentence, the target and
// the frame (praise, teaching, quoting) whether the post is risky. Plurals are found by stripping a final "s".
internal static class ConductLexicon
{
    public static readonly FrozenDictionary<string, Sig> Words = Build();

    private static FrozenDictionary<string, Sig> Build()
    {
        var d = new Dictionary<string, Sig>(StringComparer.Ordinal);
        void Add(Sig sig, string words)
        {
            foreach (var w in words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)) d[w] = d.GetValueOrDefault(w) | sig;
        }

        Add(Sig.PatientRef, """
            patient patients pt pts pt's ppl people folks family families parent parents mom moms mother mothers dad dads
            father fathers guy guys lady ladies dude dudes woman women man men grandpa grandma boomer boomers karen karens
            kevin chad frat bro bros addict addicts junkie junkies druggie druggies tweaker tweakers crackhead crackheads
            drunks sundowner sundowners gomer gomers frequent flyer flyers flier fliers seeker seekers customer customers
            visitor visitors public humanity humans adults genius geniuses einstein einsteins smokers antivaxxer antivaxxers
            anti-vaxxers vaxxer vaxxers antivax anti-vax hypochondriac hypochondriacs admits admit client clients obese bariatric
            vips vip
            yo y/o yof yom
            """);
        Add(Sig.Contempt, """
            stupid stupidest stupidity dumb dumber dumbest idiot idiots idiotic moron morons moronic imbecile imbeciles
            clueless brainless mindless  entitlement lazy laziest laziness useless worthless pathetic spineless
            gutless incompetent ignorant ignorance   dimwit dimwits halfwit nitwit numbskull bozo bozos buffoon
            clown clowns clownish circus feral  ungrateful whiny whining whiner whiners crybaby crybabies
              manipulative liar liars      scammer scammers  quack quacks
            charlatan charlatans grifter grifters grifting   loser losers scum scumbag scumbags dirtbag dirtbags
            lowlife lowlifes sleazy sleazebag slimy     weasel weasels coward cowards cowardly arrogant
            smug pompous     creep creeps psycho psychos sadistic sadist psychopath sociopath
            disgusting vile evil garbage trash trashy overpaid overrated glorified knockoff knockoffs wannabe wannabes
               phony phoney bogus      
            dipshit dipshits dumbass dumbasses jackass jackasses asshole assholes douche douchebag douchebags bastard bastards
            cretin cretins degenerate degenerates bigot bigots traitor traitors grifters
            airhead airheads braindead   inbred hillbilly hillbillies redneck rednecks nutjob nutjobs
            gullible suckers sucker rejects reject tyrant tyrants fuckers motherfuckers shitheads dickheads bitches
            lunatic lunatics deranged unhinged   nutcase nutcases crazies sheep sheeple cultist cultists
            bootlicker bootlickers bootlicking sellout sellouts hypocrite hypocrites criminals  crooks crook
            libtard libtards trumptard trumptards repugnican repugnicans repuglican repuglicans rethuglican rethuglicans
            demonrat demonrats dumbocrat dumbocrats magat magats snowflake snowflakes commie commies groomers groomer
            hypocritical thief thieves huckster hucksters snake snakes muppet muppets hag hags careerist careerists shill
            shills brainwashed monsters narcissist narcissists narcissistic condescending backstabbing backstabber
            backstabbers two-faced vindictive bully bullies theocrats
            """);
        Add(Sig.Dehumanise, """
            zoo     vermin subhuman subhumans cavemen caveman neanderthal neanderthals savages savage
            cockroach cockroaches    whale whales hippo hippos heifer heifers walrus cattle livestock monkeys
            ghoul ghouls   feral knuckle-dragging knuckledragging mongoloid retard retards retarded
            groomer groomers pedo pedos nazis nazi fascist fascists commie commies
            """);
        Add(Sig.Frustration, """
            ugh ughh smh smdh fml bruh sigh sighs naturally apparently shocker unreal unbelievable 🙃 🙄 🤡 😤 🤦 🤦‍♀️
            🤦‍♂️ 😒 😑 😠 😡 🤬 🫠 🐒 🐵 whyyy whyyyy seriously tired complain complains complaining insist insists insisting insisted demanding demands
            entitlement audacity genius geniuses
            """);
        Add(Sig.Laugh, "lol lolol lmao lmaoo lmaooo lmfao rofl haha hahaha 😂 🤣 💀 😭 😆");
        Add(Sig.Profession, """
            nurses nursing rns lpns cnas nps pas midlevel midlevels mid-levels apps crna crnas pharmacists pharmacy
            radiologists radiology rads psychiatrists psychiatry psych surgeons surgery anesthesiologists anesthesia
            anaesthetists anaesthesia passers hospitalists internists cardiologists dermatologists derm pathologists
            neurologists neurosurgeons orthopods ortho urologists oncologists pediatricians peds obgyns ob/gyns intensivists
            docs doctors physicians chiropractors chiropractic chiros naturopaths paramedics medics emts ems
            physiotherapists therapists workers techs scribes dos osteopaths
            dermatology cardiology neurology urology oncology pediatrics paediatrics obstetrics gastroenterology nephrology
            pulmonology rheumatology endocrinology geriatrics ophthalmology podiatry podiatrists optometrists midwives
            midwifery doulas dietitians nutritionists dentists administrators admins locums prescribers gps physios
            neonatologists nephrologists pulmonologists gastroenterologists endocrinologists rheumatologists geriatricians
            ophthalmologists psychologists anaesthesiologists
            """);
        Add(Sig.Political, """
            republican republicans democrat democrats dem dems gop conservative conservatives liberal liberals lib libs
            leftist leftists leftie lefties rightwing right-wingers left-wingers progressives progressive maga magat magats
            trumper trumpers trumpist trumpists libtard libtards trumptard trumptards repugnican repugnicans repuglican
            repuglicans rethuglican rethuglicans demonrat demonrats democrat democrats dumbocrat dumbocrats woke wokeism
            commie commies socialist socialists communist communists marxist marxists voters voter
            senator senators governor congressman congresswoman congressmen politicians politician lawmakers president voted
            vote votes voting red-state red-staters blue-state aisle unvaxxed
            tory tories lefty righties right-wing left-wing trumpers pro-lifers forced-birthers theocrats
            """);
        Add(Sig.Person, """
            dr dr. doctor nurse attending attendings pd apd chair chairman ceo cmo cno coo dean director manager supervisor
            boss preceptor chief colleague coworker co-worker troll trolls commenter commenters influencer influencers
            senator governor congressman congresswoman mayor president whoever u ur you you're youre your
            """);
        Add(Sig.Wish, """
            watch hope hopes hoping hoped wish wishes wishing pray praying prayers deserve deserves deserved should shoulda
            should've karma mind someone somebody let
            """);
        Add(Sig.Harm, """
            die dies died rot rots rotting choke chokes choked crushed bleed bleeds bled suffer suffers disappear
            disappears disappeared smack smacked slap slapped punch punched beaten stab stabbed shoot hanged hang burn
            burns drown drowns croak croaks maimed paralyzed paralysed agony
            """);
        Add(Sig.Alcohol, """
            booze boozy boozing beer beers brewery wine wines merlot cabernet chardonnay prosecco champagne
            vodka tequila whiskey whisky bourbon rum gin scotch brandy fireball jager jäger jagerbombs margarita margaritas
            mimosa mimosas sangria hungover hangover drunk tipsy buzzed wasted hammered plastered sloshed blackout
            pregame pregaming pregamed keg kegs 🍺 🍻 🥃 🍷 🍸 🍹 🍾 🥂 claws seltzers
            """);
        Add(Sig.Drug, """
            edible edibles weed blunt blunts bong stoned 420 xannies shrooms microdose microdosing microdosed zooted
            crossfaded 🍃
            """);
        Add(Sig.Heavy, """
            drunk drunker tipsy buzzed wasted hammered plastered sloshed blackout blacked hungover hangover
            shots pregame pregaming pregamed chug chugging chugged bottle bottles stanley flask flasks
            """);
        Add(Sig.Uniform, """
            scrubs scrub badge badges lanyard stethoscope stethoscopes coat coats uniform uniforms gurney gurneys 🩺
            """);
        Add(Sig.Work, """
            shift shifts rounds rounding post-call precall clinic clinics orientation lecture cadaver anatomy
            meeting meetings interview residents attendings coworkers backup icu nicu picu micu sicu ccu unit ward wards hospital hospitals charting huddle handoff
            sign-out signout residency clinicals preceptor pyxis omnicell code codes
            """);
        Add(Sig.Positive, """
            thank thanks thankful grateful gratitude proud kudos shoutout shout-out shout props appreciate appreciated
            appreciation love loved respect respected hero heroes legend legends congrats congratulations celebrate
            celebrating amazing brilliant best admire inspiring
            """);
        Add(Sig.Education, """
            stigma stigmatizing stigmatising stigmatized evidence study studies data research trial review guideline
            guidelines tip tips reminder psa teach teaching taught lesson lessons learn disease disorder treatment
            deserve dignity bias biases compassion empathy advocacy advocate policy equity systemic system systems
            """);
        Add(Sig.Internal, """
            lawsuit lawsuits sued suing sue deposition depositions plaintiff plaintiffs
            malpractice litigation settle settlement subpoena subpoenaed attorney attorneys lawyer lawyers
            probation accreditation acgme citation closure formulary committee p&t sentinel rca incident credentialing privileges peer-review memo memos unblinded unblinding interim topline
            sponsor embargo embargoed manuscript reviewer peer-reviewing merger merging acquisition layoffs layoff
            restructuring hr email emails
            """);
        Add(Sig.Secrecy, """
            leaked leak leaks leaking quiet hush rumor rumour rumors rumours whisper whispering whispers gossip secret
            secretly confidential confidentially insider unannounced delete deletes deleted 👀 🤐 🤫
            """);
        Add(Sig.Public, """
            published publication publicly announced announcement press release released open-access preprint
            """);
        Add(Sig.Reported, """
            told said says commented commenter called replied dm'd messaged wrote villain thriller novel fiction fictional
            character story screenplay quote quoted quoting reported reporting harassment
            """);
        Add(Sig.Boss, """
            chair pd apd boss manager supervisor director chief charge preceptor attending dean program employer
            """);
        // NOTE: Institution and Irony only gate the stance rules (PR2004, PR2104); the target and the construction are
        // checked by their patterns, so these lists may be broad.
        Add(Sig.Institution, """
            trust program programme residency hospital hospitals ward unit department dept admin admins administration
            administrators management managers manager execs exec executives c-suite leadership rota rotas staffing hr
            scheduling corporate higher-ups suits board pd system employer
            """);
        Add(Sig.Irony, """
            love glad wait cheers bravo peak truly brilliant lovely genius geniuses paging imagine another bother actually
            clearly again thoughtful inspired priorities vibes spoiler favourite favorite fave genre exhausting godforsaken
            touch busy number entitled designed run nothing oh wonderful fantastic joy box-tickers pencil-pushers
            bean-counters couldn't could can't cannot even like paid fortune optional expensive con literally clueless
            should've wanted tweet anything bunch tickers ticking pushers counters will none where marvel 👏 🙃 🙄 🤡 😑 🫠 🤦
            """);
        Add(Sig.Self, "i i'm im i've i'd me my mine myself we we're our us");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
