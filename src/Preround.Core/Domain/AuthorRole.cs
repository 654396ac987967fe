namespace Preround.Core.Domain;

/// <summary>The author's professional role. It decides what counts as a credential claim or as advice beyond one's training.</summary>
public enum AuthorRole
{
    /// <summary>Role not given: rules assume the least credentialed reading only where it is safe to.</summary>
    Unknown,
    Ms1, Ms2, Ms3, Ms4,
    Resident, Fellow, Attending,
    Nurse, Np, Pa, Pharmacist,
    Other,
}

/// <summary>What a role may claim, used by the credential and advice rules.</summary>
public static class AuthorRoleFacts
{
    /// <summary>Medical students of any year.</summary>
    public static bool IsStudent(this AuthorRole role) => role is AuthorRole.Ms1 or AuthorRole.Ms2 or AuthorRole.Ms3 or AuthorRole.Ms4;

    /// <summary>Holds an MD/DO (residents, fellows and attendings).</summary>
    public static bool IsPhysician(this AuthorRole role) => role is AuthorRole.Resident or AuthorRole.Fellow or AuthorRole.Attending;

    /// <summary>Physicians in training: graduated but not yet board certified in their specialty.</summary>
    public static bool IsTrainee(this AuthorRole role) => role is AuthorRole.Resident or AuthorRole.Fellow || role.IsStudent();

    /// <summary>Licensed to treat patients independently or under supervision (everyone but students, other and unknown).</summary>
    public static bool IsLicensedClinician(this AuthorRole role) =>
        role is AuthorRole.Resident or AuthorRole.Fellow or AuthorRole.Attending or AuthorRole.Nurse or AuthorRole.Np or AuthorRole.Pa or AuthorRole.Pharmacist;
}
