namespace Preround.Audit.Profile;

/// <summary>Ids of the bio checks. <c>PF</c> keeps them apart from the post rules' <c>PR</c> blocks.</summary>
public static class ProfileRuleIds
{
    public const string EmptyBio = "PF1001";
    public const string OverlongBio = "PF1002";
    public const string CredentialBeyondRole = "PF1003";
    public const string InstitutionOnPersonalAccount = "PF1004";
    public const string ViewsAreMyOwn = "PF1005";
    public const string NoRoleStated = "PF1006";
    public const string NoPhoto = "PF1007";
}
