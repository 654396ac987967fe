namespace Preround.Core.Domain;

/// <summary>Category names exactly as they appear in machine output.</summary>
public static class RuleCategories
{
    public const string Privacy = "privacy";
    public const string ClinicalPhoto = "clinical_photo";
    public const string ConfidentialOther = "confidential_other";
    public const string Venting = "venting";
    public const string DisparageProfession = "disparage_profession";
    public const string PersonalAttack = "personal_attack";
    public const string CoiUndisclosed = "coi_undisclosed";
    public const string CredentialOverreach = "credential_overreach";
    public const string MedicalAdvice = "medical_advice";
    public const string GuaranteeClaim = "guarantee_claim";
    public const string CareerOversharing = "career_oversharing";
    public const string PartisanCombat = "partisan_combat";
    public const string Misinformation = "misinformation";
    public const string Lifestyle = "lifestyle";
    public const string Profanity = "profanity";

    // Added by the platform-fit, spelling, profile and planning work.
    public const string PlatformFit = "platform_fit";
    public const string Attribution = "attribution";
    public const string Spelling = "spelling";
    public const string Profile = "profile";
    public const string Planning = "planning";

    /// <summary>The fifteen risk categories the evaluation set labels.</summary>
    public static IReadOnlyList<string> Risk { get; } =
    [
        Privacy, ClinicalPhoto, ConfidentialOther, Venting, DisparageProfession, PersonalAttack, CoiUndisclosed,
        CredentialOverreach, MedicalAdvice, GuaranteeClaim, CareerOversharing, PartisanCombat, Misinformation,
        Lifestyle, Profanity,
    ];

    /// <summary>Every known category.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Risk, PlatformFit, Attribution, Spelling, Profile, Planning];
}
