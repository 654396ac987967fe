namespace Preround.Rules;

// Professionalism block (2xxx): venting, disparaging a profession, personal attacks, partisan combat,
// profanity, lifestyle and career oversharing.
public static partial class RuleIds
{
    /// <summary>Mocking patients: derogatory labels, bodies, intelligence or choices.</summary>
    public const string PatientMockery = "PR2001";

    /// <summary>Running down one's own program, hospital, unit or administration in insulting terms.</summary>
    public const string WorkplaceVenting = "PR2002";

    /// <summary>Sweeping put-downs of a profession or specialty.</summary>
    public const string ProfessionPutDown = "PR2101";

    /// <summary>Insults aimed at a named or identifiable person or group.</summary>
    public const string InsultAtPerson = "PR2201";

    /// <summary>Wishing harm or death on someone, or withholding care from them.</summary>
    public const string WishedHarm = "PR2202";

    /// <summary>Partisan slurs and dehumanising political language.</summary>
    public const string PartisanInsult = "PR2301";

    /// <summary>Obscenities, including masked and leetspeak spellings.</summary>
    public const string Profanity = "PR2401";

    /// <summary>Drinking or drugs tied to work: impaired at work, drinking games over clinical events.</summary>
    public const string SubstanceAroundWork = "PR2501";

    /// <summary>Sexualised content next to a clinical identity.</summary>
    public const string SexualisedClinicalIdentity = "PR2502";

    /// <summary>Match communications and rule-bending: rank promises, telling programs where they stand.</summary>
    public const string MatchCommunication = "PR2601";

    /// <summary>Interview questions posted from a program's interview.</summary>
    public const string InterviewQuestionsPosted = "PR2602";

    /// <summary>Quitting without notice, abandoning or faking out of shifts.</summary>
    public const string AbandonedShift = "PR2603";

    /// <summary>Bad-mouthing the current employer while job hunting, or posting confidential contract terms.</summary>
    public const string EmployerBadMouthing = "PR2604";
}
