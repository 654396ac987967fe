namespace Preround.Rules;

/// <summary>Ids of the learned rules: PRx8xx/PRx9xx, after the hand-written rules of each block.</summary>
public static partial class RuleIds
{
    /// <summary>Learned classifier, LearnedPrivacy.</summary>
    public const string LearnedPrivacy = "PR1801";
    /// <summary>Learned classifier, LearnedClinicalPhoto.</summary>
    public const string LearnedClinicalPhoto = "PR1802";
    /// <summary>Learned classifier, LearnedConfidential.</summary>
    public const string LearnedConfidential = "PR1803";
    /// <summary>Learned classifier, LearnedVenting.</summary>
    public const string LearnedVenting = "PR2901";
    /// <summary>Learned classifier, LearnedDisparageProfession.</summary>
    public const string LearnedDisparageProfession = "PR2902";
    /// <summary>Learned classifier, LearnedPersonalAttack.</summary>
    public const string LearnedPersonalAttack = "PR2903";
    /// <summary>Learned classifier, LearnedCareerOversharing.</summary>
    public const string LearnedCareerOversharing = "PR2904";
    /// <summary>Learned classifier, LearnedPartisanCombat.</summary>
    public const string LearnedPartisanCombat = "PR2905";
    /// <summary>Learned classifier, LearnedLifestyle.</summary>
    public const string LearnedLifestyle = "PR2906";
    /// <summary>Learned classifier, LearnedProfanity.</summary>
    public const string LearnedProfanity = "PR2907";
    /// <summary>Learned classifier, LearnedCoi.</summary>
    public const string LearnedCoi = "PR3901";
    /// <summary>Learned classifier, LearnedCredential.</summary>
    public const string LearnedCredential = "PR3902";
    /// <summary>Learned classifier, LearnedMedicalAdvice.</summary>
    public const string LearnedMedicalAdvice = "PR3903";
    /// <summary>Learned classifier, LearnedGuarantee.</summary>
    public const string LearnedGuarantee = "PR3904";
    /// <summary>Learned classifier, LearnedMisinformation.</summary>
    public const string LearnedMisinformation = "PR3905";
}
