namespace Preround.Rules;

// Stance rules (session 4): a target (workplace, patients as a group, a profession) with a construction that carries
// a negative evaluation without an insult word (irony, rhetorical questions, put-down comparisons).
public static partial class RuleIds
{
    /// <summary>Sarcasm, rhetorical jabs and mock praise aimed at the workplace or at patients as a group.</summary>
    public const string SarcasticVenting = "PR2004";

    /// <summary>Competence put-downs of a profession or specialty: "couldn't X if...", "even a student could...".</summary>
    public const string CompetenceJab = "PR2104";

    /// <summary>A self-given title beyond the author's role (student specialist, resident consultant, PA surgeon).</summary>
    public const string RoleTitleClaim = "PR3107";

    /// <summary>A claim against medical consensus on a settled question (vaccines and autism, antibiotics for viruses...).</summary>
    public const string ConsensusTopicClaim = "PR3407";

    /// <summary>Venting from converging evidence: exasperation, bad faith attributed to the workplace, lectures at patients.</summary>
    public const string ExasperatedVenting = "PR2005";
}
