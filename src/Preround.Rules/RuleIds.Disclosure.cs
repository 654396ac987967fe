namespace Preround.Rules;

// Disclosure and claims: 30xx undisclosed interests, 31xx credentials, 32xx individual advice,
// 33xx guaranteed outcomes, 34xx claims against scientific consensus.
public static partial class RuleIds
{
    /// <summary>Product promotion (code, affiliate link, gifted product, sponsored meal) without a clear disclosure up front.</summary>
    public const string UndisclosedPromotion = "PR3001";

    /// <summary>The one-click fix for <see cref="UndisclosedPromotion"/>: the disclosure to put first, and buried tags to drop.</summary>
    public const string DisclosurePlacementFix = "PR3002";

    /// <summary>A student presenting as a doctor, an expert or a specialist.</summary>
    public const string StudentPhysicianClaim = "PR3101";

    /// <summary>A student, resident or fellow claiming board certification or attending status.</summary>
    public const string TraineeBoardCertification = "PR3102";

    /// <summary>An NP, PA or nurse implying physician status ("I'm a doctor", "a doctorate too, so I know more than your cardiologist").</summary>
    public const string NonPhysicianDoctorClaim = "PR3103";

    /// <summary>Claiming a specialty other than the author's own.</summary>
    public const string OutOfSpecialtyClaim = "PR3104";

    /// <summary>Telling a specific person to start, stop or change a medicine or dose.</summary>
    public const string IndividualMedicationDirective = "PR3201";

    /// <summary>Offering to read someone's labs, images or symptoms in messages.</summary>
    public const string RemoteConsultOffer = "PR3202";

    /// <summary>Telling someone to ignore or distrust their own clinician.</summary>
    public const string UndermineOwnClinician = "PR3203";

    /// <summary>Diagnosing a specific person from a post or a photo.</summary>
    public const string RemoteDiagnosis = "PR3204";

    /// <summary>Guaranteed, risk-free, painless or certain outcomes.</summary>
    public const string GuaranteedOutcome = "PR3301";

    /// <summary>Before/after pictures or testimonials presented as the result to expect.</summary>
    public const string PromisedResults = "PR3302";

    /// <summary>Vaccines said to cause autism, infertility, cancer or death.</summary>
    public const string VaccineHarmClaim = "PR3401";

    /// <summary>Unproven or dangerous remedies said to cure or prevent disease.</summary>
    public const string UnprovenCureClaim = "PR3402";

    /// <summary>Denial of settled science: fluoride poison, HIV myths, COVID hoax, germ theory.</summary>
    public const string ConsensusDenial = "PR3403";

    /// <summary>Recommending against vaccination.</summary>
    public const string AntiVaccineRecommendation = "PR3404";

    /// <summary>Promotional intent (coupon, referral link, industry relationship) together with an endorsement, with no disclosure.</summary>
    public const string PromotionalEndorsement = "PR3003";

    /// <summary>Claiming expertise above physicians or specialists one is not ("I know more than most oncologists", "basically a surgeon").</summary>
    public const string ExpertiseOverreach = "PR3105";

    /// <summary>Board certification or fellowship training that no recognised board grants, or that a weekend course stands behind.</summary>
    public const string UnrecognizedCertification = "PR3106";

    /// <summary>A treatment or dose instruction for one person's own case (a reply, a DM, "your son's ear").</summary>
    public const string PersonalTreatmentInstruction = "PR3205";

    /// <summary>Judging one person's rash, mole, X-ray or fever from a photo or a description ("that mole is nothing").</summary>
    public const string RemoteFindingAssessment = "PR3206";

    /// <summary>Outcomes promised to everyone, forever or for certain ("works for every patient", "you will never … again").</summary>
    public const string CertainOutcome = "PR3303";

    /// <summary>Health claims contradicted by strong evidence, from a lexicon of topics and their false claims (fluoride, 5G, sunscreen, statins, HRT, measles, raw milk).</summary>
    public const string FalseHealthClaim = "PR3405";

    /// <summary>Reassurance that makes a medication unsafe: stopping it "cold turkey", expiry dates "a scam", withdrawal "overblown".</summary>
    public const string UnsafeMedicationMyth = "PR3406";
}
