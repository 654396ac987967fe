"""Builds corpus/privacy-spans.jsonl: clinical posts whose identifiers are marked by type and span.

Run: python3 corpus/src/privacy_spans.py  (deterministic: fixed seed). Templates are hand-written for this project;
`[[type:text]]` marks an identifier that belongs to a patient or an encounter. Unmarked details (the clinic's phone, a
conference city, a colleague's name, a statistic's age) are deliberately NOT identifiers of a patient. The format is
documented in docs/privacy.md ("Identifier-span corpus").
"""
import json, os, random, re

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261122)

FIRST = ["Maria", "Gerald", "Doris", "Tyrone", "Keisha", "Walter", "Priscilla", "Dmitri", "Aaliyah", "Bernard", "Consuelo",
         "Harold", "Imani", "Jorge", "Lucille", "Mohammed", "Nadia", "Otis", "Rosalind", "Stanley", "Tamika", "Vernon", "Yolanda", "Zeke"]
LAST = ["Okafor", "Delgado", "Whitfield", "Nguyen", "Kowalski", "Castellanos", "Brennan", "Haddad", "Lindqvist", "Oyelaran",
        "Petrosyan", "Abernathy", "Fitzgerald", "Yamamoto", "Schultz", "Romero", "Mbeki", "Sorensen", "Gallagher", "Ramirez"]
TOWN = ["Marfa", "Bisbee", "Coos Bay", "Kalispell", "Lubbock", "Ely", "Pittsfield", "Hialeah", "Durango", "Ogden", "Kissimmee",
        "Jonesboro", "Boise", "Tacoma", "Ridgecrest", "Asheville", "Bozeman", "Ketchum", "Walla Walla", "Gallup", "Moab", "Bemidji",
        "Dundee", "Truro", "Ballarat", "Nanaimo", "Whanganui", "Tralee"]
FACILITY = ["St. Vincent's", "Mercy General", "St. Mary's", "Lakeside Children's", "Good Samaritan", "Riverside Clinic", "Providence St. Peter"]
STREET = ["Elm St", "Maple Ave", "Route 9", "Oak Street", "4th Avenue", "Cedar Lane"]
DATE = ["3/14/1958", "07/22/1961", "12/1/2019", "March 3rd", "June 14", "11/02/1947", "Jan 9, 1990"]
RECENT = ["tonight", "this morning", "last night", "yesterday", "last Tuesday", "this afternoon", "today"]
OLD = ["94-year-old", "97 y/o", "101yo", "92F", "96M", "99-year-old", "93 yo"]
PHONE = ["555-201-7734", "(312) 555-0188", "503.555.0172", "+1 406 555 0139", "212-555-0147"]
EMAIL = ["jdoe1984@gmail.com", "marisol.r@yahoo.com", "tk_fishing@hotmail.com", "grandmabetty@aol.com"]
SSN = ["219-09-9999", "457-55-5462", "078-05-1121"]
MRN = ["MRN 00482913", "MRN: 7730214", "medical record #5501923", "acct # 88120043", "member ID XZP44817209", "DL# D4410932",
       "VIN 1HGCM82633A004352", "serial no. 4F82K9910031", "policy no. 551-20-7781"]
WEB = ["@tommyb_2009", "@grandmas_garden", "192.168.14.22", "facebook.com/jamie.m.rivera", "https://gofundme.com/f/help-for-danny"]
UNIQUE = ["the only pediatric dentist in town", "the mayor's wife", "a local news anchor", "the quarterback for the high school team",
          "the woman from the plant explosion", "a state senator", "an olympic swimmer", "the only quadruplets born here this year"]
ROOM = ["bed 7", "room 412", "bay 4", "exam room 3", "bed 12", "room 22B"]
ROLES = ["nurse", "resident", "attending", "np", "pa", "ms3", "fellow", "pharmacist"]
PLATS = ["x", "facebook", "instagram", "tiktok", "threads", "bluesky"]

def pick(xs): return rng.choice(xs)
def full(): return f"{pick(FIRST)} {pick(LAST)}"

# Positive templates: callables returning text with [[type:...]] marks.
POS = [
    lambda: f"Just discharged [[name:Mrs. {pick(LAST)}]] after 41 days on 6 West. She hugged every nurse on the way out 🥹",
    lambda: f"Pt [[name:{pick(FIRST)} {pick(LAST)}]], [[date:DOB {pick(DATE)}]], keeps calling about her A1c. It was 6.1. She's thrilled.",
    lambda: f"[[age:{pick(OLD)}]] gentleman came in [[date:{pick(RECENT)}]] asking us to call his wife. She died in 2019.",
    lambda: f"Coded a 19yo from [[place:{pick(TOWN)}]] [[date:at 0300]] [[date:{pick(RECENT)}]] after a [[unique:rollover]]. Got him back.",
    lambda: f"Patient's daughter sent me her mom's [[number:{pick(MRN)}]] so I could 'look things up faster' 🙃",
    lambda: f"Left a voicemail for pt [[name:{pick(LAST).lower()}]] at [[phone:{pick(PHONE)}]] about her biopsy. Please call back!",
    lambda: f"Patient asked me to email her results to [[email:{pick(EMAIL)}]] instead of the portal. I said no.",
    lambda: f"Her SSN was on the intake form I found in the hallway: [[ssn:{pick(SSN)}]]. Shredded it.",
    lambda: f"[[web:{pick(WEB[:2])}]] your mom told me you'd be so proud of her for finishing chemo [[date:{pick(RECENT)}]] 🔔",
    lambda: f"My patient [[unique:{pick(UNIQUE)}]] came in with a STEMI [[date:{pick(RECENT)}]]. Small towns, man.",
    lambda: f"[[name:{pick(FIRST)}]] in [[room:{pick(ROOM)}]] just asked if the jello comes in margarita flavor 💀 #nightshift",
    lambda: f"The lady in [[room:{pick(ROOM)}]] has been asking for her husband all night. He passed last year.",
    lambda: f"29F, placenta accreta, admitted to L&D at [[place:{pick(FACILITY)}]] [[date:{pick(RECENT)}]]. Wish us luck.",
    lambda: f"The toddler who fell from a window on [[place:{pick(STREET)}]] [[date:{pick(RECENT)}]] is extubated!!! 💙",
    lambda: f"Sweet old lady ([[age:{rng.randint(90,104)}!]]) in our ortho clinic in [[place:{pick(TOWN)}]] brought me cookies. This job 💛",
    lambda: f"pt name is literally [[name:{pick(FIRST).lower()}]], mom insists on a different spelling every visit 🙄",
    lambda: f"Visited my old patient [[name:Mr. {pick(LAST)}]] at his bakery in [[place:{pick(TOWN)}]]. Still baking after the bypass!",
    lambda: f"[[date:Today]]'s pt: a 34 yo [[unique:teacher]] from [[place:{pick(TOWN)}]] with DKA, first presentation, [[date:{pick(RECENT)}]]. Sugar of 900.",
    lambda: f"Workstation [[web:{pick(WEB[2:3])}]] is where my patient's son logged into his email and left it open in bay 4 lol",
    lambda: f"It's official: my favourite patient, little [[name:{pick(FIRST)}]], 6, rang the bell at [[place:{pick(FACILITY)}]] [[date:{pick(RECENT)}]]!!",
    lambda: f"Name: [[name:{full()}]]. Age [[age:{rng.randint(90,99)}]]. Dx: just tired. Sent her home with hospice. Respect.",
    lambda: f"my pt [[name:{pick(FIRST).lower()} {pick(LAST).lower()}]] finally got her transplant call [[date:{pick(RECENT)}]]!!! crying on 5B",
    lambda: f"Discharged my little guy [[name:{pick(FIRST)}]] after 3 months in our PICU. 4 years old and he ran out the door.",
    lambda: f"The patient from [[unique:the mall shooting]] [[date:{pick(RECENT)}]] is awake and talking. That's all I needed.",
    lambda: f"His family set up [[web:{pick(WEB[3:])}]] for my patient's rehab. Please share, he deserves it.",
    lambda: f"[[age:{pick(OLD)}]] [[unique:veteran]] finished PT [[date:{pick(RECENT)}]] and told me about Normandy. Honored.",
    lambda: f"Pt's wife called the unit from [[phone:{pick(PHONE)}]] 14 times [[date:{pick(RECENT[:4])}]]. Love her, but.",
    lambda: f"Patient in [[room:{pick(ROOM)}]] is [[unique:{pick(UNIQUE[:4])}]]. You can't make this up.",
    lambda: f"Helped deliver twins for a 47 y/o first-time mom from [[place:{pick(TOWN)}]] [[date:{pick(RECENT)}]]. Everyone healthy!",
    lambda: f"Admitted [[date:{pick(DATE[3:5])}]], discharged [[date:today]]: my pt [[name:{pick(FIRST)}]] beat sepsis at 71. Go home and hug your dog.",
    lambda: f"Found a wallet in the ED with [[number:{pick(MRN[5:7])}]] and a pt's meds in it. Security has it now.",
    lambda: f"Hey [[web:@{pick(FIRST).lower()}_{rng.randint(70,99)}]], your dad is doing great after his surgery [[date:{pick(RECENT)}]]! So proud of him.",
    lambda: f"The family of our patient at [[place:{rng.randint(100,999)} {pick(STREET)}]] asked us not to park in the driveway again lol",
    lambda: f"Our [[age:{pick(OLD)}]] on the geri ward in [[place:{pick(TOWN)}]] asked for a whisky before bed. Told her no.",
    lambda: f"Hospice visit with [[name:{pick(FIRST)}]] at her home in [[place:{pick(TOWN)}]] [[date:{pick(RECENT)}]]. She taught me to make tortillas.",
    lambda: f"pt [[name:{pick(FIRST).lower()} {pick(LAST)}]] in [[room:{pick(ROOM)}]] wants everyone to know she's 'not that sick' 😂",
    lambda: f"Saw my first case of [[unique:fibrodysplasia ossificans progressiva]] [[date:{pick(RECENT)}]]. 8 yo girl from [[place:{pick(TOWN)}]]. Heartbreaking.",
    lambda: f"Pt gave me her insurance card to copy and I realised her [[number:{pick(MRN[4:5])}]] was taped to my screen all day. Oops.",
    lambda: f"Pt's son left his number ([[phone:{pick(PHONE)}]]) on my badge card so I'd text him updates on his mom. Sweet but no.",
    lambda: f"Our patient [[name:{pick(FIRST)}]] keeps emailing the unit from [[email:{pick(EMAIL)}]] with photos of her wound 😬",
    lambda: f"Shredding day: found a discharge sheet with [[ssn:SSN {pick(SSN)}]] and [[number:{pick(MRN[:3])}]] in the recycling bin.",
    lambda: f"Pt couldn't remember his [[number:{pick(MRN[3:5]+MRN[8:])}]] so he read it out loud in the waiting room. Everyone heard.",
    lambda: f"Pt's pacemaker [[number:{pick(MRN[7:8])}]] was recalled; called him [[date:{pick(RECENT)}]] to come in.",
    lambda: f"Lady in [[room:{pick(ROOM)}]] gave me her cell [[phone:{pick(PHONE)}]] 'for after I'm discharged, for my grandson' 😂",
    lambda: f"Can't believe [[unique:{pick(UNIQUE[1:2]+UNIQUE[5:6])}]] was on my OR schedule [[date:{pick(RECENT)}]]. Lap chole, went great.",
]
NEG = [
    lambda: f"Heading to ACC in New Orleans March 28-30! Who wants coffee between sessions? ☕️",
    lambda: f"Questions about our new sports medicine clinic? Call us at {pick(PHONE)} or book online. Open Saturdays!",
    lambda: f"Our practice now offers same-day appointments. Front desk: {pick(PHONE)}.",
    lambda: f"Huge congratulations to Dr. {full()} on her promotion to Associate Professor! 🎉",
    lambda: f"Welcome to the team, {full()} RN! We're thrilled to have you on 5 North.",
    lambda: f"Prevalence of hypertension in adults aged 65-74 is about 70%, over 80% in those 75 and older.",
    lambda: f"In our cohort of {rng.randint(100,900)} patients aged 18-{rng.randint(90,99)} (median 64), mortality fell from 11% to 7%.",
    lambda: f"Happy {rng.choice(['90th','93rd','95th','100th'])} birthday to my grandma, the toughest woman I know! 🎉",
    lambda: f"My son turned {rng.randint(5,12)} today and wants to be a 'bone doctor.' My work here is done.",
    lambda: f"The Prime Minister announced today that he is being treated for prostate cancer. Screening saves lives.",
    lambda: f"Teaching case (composite, details changed): a man in his 60s with new jaundice and weight loss. Next test?",
    lambda: f"Teaching case (fictional): 58M with crushing chest pain and ST elevation in II, III, aVF. Which artery?",
    lambda: f"Board review: 72F with new atrial fibrillation and a CHA2DS2-VASc of 4. Anticoagulate? #MedEd",
    lambda: f"Moving to {pick(TOWN)} for my new GP post next month. Any local running clubs?",
    lambda: f"Spent the weekend in {pick(TOWN)} with my husband. Back to the ICU tomorrow!",
    lambda: f"Email me at {pick(FIRST).lower()}.{pick(LAST).lower()}@mercyclinic.org if you want to join our QI journal club!",
    lambda: f"Reminder: our pharmacy line is {pick(PHONE)} and we never ask for your SSN over the phone.",
    lambda: f"Free flu shots Saturday 9am-1pm at the Riverside Community Center, 200 Main St. Bring your card!",
    lambda: f"Grand rounds today at 12 in the Elm Room: Dr. {full()} on antibiotic stewardship. Lunch provided.",
    lambda: f"Shoutout to Dr. {pick(LAST)} for teaching me my first LP without crying. Legend.",
    lambda: f"Adults over 89 are the fastest-growing age group. Geriatrics hasn't caught up.",
    lambda: f"My own surgery is next Tuesday at {pick(FACILITY)}. Be nice to my patients, partners! 😅",
    lambda: f"Recruiting for our trial! Adults 40-75 with type 2 diabetes in the {pick(TOWN)} area. Info on our website.",
    lambda: f"Our new clinic in {pick(TOWN)} opens Monday, January 12! Walk-ins welcome.",
    lambda: f"Rare disease day! Conditions like Fabry disease affect about 1 in 40,000. Early diagnosis changes everything.",
    lambda: f"Grandpa turned {rng.randint(90,99)} last week and still does the crossword in pen.",
    lambda: f"Back at the hospital tonight for my 3rd night in a row. Coffee count: 4.",
    lambda: f"Met so many inspiring students at the AAMC meeting in Seattle, Nov 7-9. Keep going!",
    lambda: f"Penistone to Sheffield on the bike this morning. Legs are done. Clinic at 9!",
    lambda: f"Never post photos of patients, their wristbands, or the whiteboard behind you. HIPAA applies to Instagram too.",
    lambda: f"Congrats to our chief residents, Dr. {full()} and Dr. {full()}, on matching in cardiology! 💓",
    lambda: f"Happy Nurses Week to the night crew! {pick(FIRST)}, {pick(FIRST)}, and {pick(FIRST)}, you carry this place.",
    lambda: f"My mom's birthday is {pick(DATE[3:5])} and I'm on call. Mom, I'm sorry, I love you.",
    lambda: f"Follow our unit on Instagram @{pick(LAST).lower()}_nicu_team for safe-sleep tips!",
    lambda: f"Fax referrals to {pick(PHONE)}; we answer within 2 business days.",
    lambda: f"The senator announced today that she has breast cancer. Wishing her well; get screened.",
    lambda: f"Journal club tonight at 7 at Dr. {pick(LAST)}'s place. Paper: ANDROMEDA-SHOCK. Bring snacks.",
    lambda: f"Composite case posted months later, details changed: a teenager with new-onset seizures. Differential?",
    lambda: f"Heat stroke kills. If you're over 65, stay inside between noon and 4pm this week.",
    lambda: f"I'm {rng.randint(28,45)}, a new attending, and still googling half my dosing. That's medicine.",
]

MARK = re.compile(r"\[\[(\w+):(.*?)\]\]")
def render(s):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(s):
        text += s[pos:m.start()]
        spans.append({"type": m.group(1), "start": len(text), "length": len(m.group(2)), "text": m.group(2)})
        text += m.group(2)
        pos = m.end()
    text += s[pos:]
    return text, spans

rows, seen = [], set()
def emit(templates, n, positive):
    made = 0
    while made < n:
        for t in templates:
            if made >= n: break
            text, spans = render(t())
            if text in seen: continue
            seen.add(text)
            rows.append((text, spans, positive)); made += 1

emit(POS, 240, True)
emit(NEG, 160, False)
rng.shuffle(rows)
with open(os.path.join(here, "..", "privacy-spans.jsonl"), "w", encoding="utf-8") as f:
    for i, (text, spans, positive) in enumerate(rows, 1):
        # NOTE: UTF-16 offsets (what .NET strings use): emoji before a span count twice.
        for sp in spans:
            sp["start"] = len(text[:sp["start"]].encode("utf-16-le")) // 2
            sp["length"] = len(sp["text"].encode("utf-16-le")) // 2
        f.write(json.dumps({"id": f"pspan-{i:03d}", "text": text, "author_role": pick(ROLES), "platform": pick(PLATS),
                            "labels": ["privacy"] if positive else [], "severity": "block" if positive else "ok",
                            "identifiers": spans}, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), "posts;", sum(1 for r in rows if not r[2]), "clean;", dict(Counter(s["type"] for r in rows for s in r[1])))
