using System.Diagnostics.CodeAnalysis;

namespace Preround.Core.Domain;

/// <summary>The lower-case names used on the command line, in JSON and in YAML for the domain enums.</summary>
public static class WireNames
{
    private static readonly Dictionary<string, AuthorRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ms1"] = AuthorRole.Ms1, ["ms2"] = AuthorRole.Ms2, ["ms3"] = AuthorRole.Ms3, ["ms4"] = AuthorRole.Ms4,
        ["resident"] = AuthorRole.Resident, ["fellow"] = AuthorRole.Fellow, ["attending"] = AuthorRole.Attending,
        ["nurse"] = AuthorRole.Nurse, ["np"] = AuthorRole.Np, ["pa"] = AuthorRole.Pa, ["pharmacist"] = AuthorRole.Pharmacist,
        ["other"] = AuthorRole.Other, ["unknown"] = AuthorRole.Unknown,
    };

    private static readonly Dictionary<string, Platform> Platforms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = Platform.X, ["bluesky"] = Platform.Bluesky, ["mastodon"] = Platform.Mastodon, ["threads"] = Platform.Threads,
        ["linkedin"] = Platform.LinkedIn, ["instagram"] = Platform.Instagram, ["facebook"] = Platform.Facebook, ["tiktok"] = Platform.TikTok,
    };

    public static IReadOnlyCollection<string> RoleNames => Roles.Keys;
    public static IReadOnlyCollection<string> PlatformNames => Platforms.Keys;
    public static IReadOnlyCollection<string> AccountNames { get; } = ["professional", "personal"];
    public static IReadOnlyCollection<string> SeverityNames { get; } = ["info", "warn", "block"];

    public static bool TryParseRole(string? s, out AuthorRole role)
    {
        role = AuthorRole.Unknown;
        return s is not null && Roles.TryGetValue(s.Trim(), out role);
    }

    public static bool TryParsePlatform(string? s, out Platform platform)
    {
        platform = Platform.X;
        // "twitter" is what many people still call X.
        if (string.Equals(s?.Trim(), "twitter", StringComparison.OrdinalIgnoreCase)) return true;
        return s is not null && Platforms.TryGetValue(s.Trim(), out platform);
    }

    public static bool TryParseAccount(string? s, out AccountType account)
    {
        account = AccountType.Professional;
        switch (s?.Trim().ToLowerInvariant())
        {
            case "professional": return true;
            case "personal": account = AccountType.Personal; return true;
            default: return false;
        }
    }

    public static bool TryParseSeverity(string? s, out Severity severity)
    {
        severity = Severity.Warn;
        switch (s?.Trim().ToLowerInvariant())
        {
            case "info": case "suggestion": severity = Severity.Info; return true;
            case "warn": case "warning": severity = Severity.Warn; return true;
            case "block": case "error": severity = Severity.Block; return true;
            default: return false;
        }
    }

    public static bool TryParseContext(string? s, [NotNullWhen(true)] out DraftContext? context)
    {
        context = s?.Trim().ToLowerInvariant() switch
        {
            "post" => DraftContext.Post,
            "comment" => DraftContext.Comment,
            "review-reply" or "review_reply" => DraftContext.ReviewReply,
            _ => null,
        };
        return context is not null;
    }

    public static string Name(this AuthorRole role) => role.ToString().ToLowerInvariant();
    public static string Name(this Platform platform) => platform.ToString().ToLowerInvariant();
    public static string Name(this AccountType account) => account.ToString().ToLowerInvariant();
    public static string Name(this Severity severity) => severity.ToString().ToLowerInvariant();
    public static string Name(this Verdict verdict) => verdict.ToString().ToLowerInvariant();
    public static string Name(this DraftContext context) => context == DraftContext.ReviewReply ? "review-reply" : context.ToString().ToLowerInvariant();
}
