namespace Preround.Rules;

// Conduct rules added for generalisation: compositional (target x stance x frame) rather than phrase lists.
public static partial class RuleIds
{
    /// <summary>Contempt or piled-up exasperation aimed at patients and the public.</summary>
    public const string PatientContempt = "PR2003";

    /// <summary>A profession or specialty as a group next to contempt.</summary>
    public const string ProfessionContempt = "PR2102";

    /// <summary>An identifiable person next to name-calling or contempt.</summary>
    public const string TargetedContempt = "PR2203";

    /// <summary>A wish or call for physical harm to someone.</summary>
    public const string HarmWish = "PR2204";

    /// <summary>A political side next to contempt or dehumanising words.</summary>
    public const string PartisanContempt = "PR2302";

    /// <summary>Alcohol or drugs next to the clinical uniform or work time.</summary>
    public const string SubstanceWithClinicalIdentity = "PR2503";

    /// <summary>Career moves made public that hurt one's standing: rank lists, secret job hunts, skipped shifts, warnings to applicants.</summary>
    public const string CareerIndiscretion = "PR2605";

    /// <summary>Internal, legal or unreleased matters: M&amp;M cases, pending lawsuits, peer review, unblinded data, exam items.</summary>
    public const string InternalMatter = "PR1251";

    /// <summary>A duty of confidence acknowledged in the post and broken in the same breath ("they told us not to share, but...").</summary>
    public const string ConfidenceBroken = "PR1252";
}
