namespace Preround.Rules;

// Rules added by the data/accuracy work (session 3): target-and-stance judgements generalised from
// corpus/weak-categories.jsonl.
public static partial class RuleIds
{
    /// <summary>A whole profession characterised by a sweeping claim about its worth or competence.</summary>
    public const string ProfessionSweepingClaim = "PR2103";
}
