namespace Preround.Core.Domain;

/// <summary>Who is posting: role, optional specialty and account type.</summary>
public sealed record AuthorProfile(AuthorRole Role = AuthorRole.Unknown, string? Specialty = null, AccountType Account = AccountType.Professional)
{
    /// <summary>An author about whom nothing is known.</summary>
    public static AuthorProfile Unknown { get; } = new();
}
