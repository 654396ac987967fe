using System.CommandLine;
using Preround.Core.Domain;

namespace Preround.Cli.Infrastructure;

/// <summary>The options every command that checks text shares: who, where, which policy.</summary>
internal sealed class DraftOptions
{
    public Option<string?> Role { get; } = new("--role") { Description = "Author role: " + string.Join(", ", WireNames.RoleNames) + " (default unknown)" };
    public Option<string?> Platform { get; } = new("--platform", "-p") { Description = "Target platform: " + string.Join(", ", WireNames.PlatformNames) + " (default x)" };
    public Option<string?> Account { get; } = new("--account") { Description = "Account type: professional (default) or personal" };
    public Option<string?> Specialty { get; } = new("--specialty") { Description = "Author specialty, e.g. cardiology" };
    public Option<string?> Context { get; } = new("--context") { Description = "What the text is: post (default), comment, or review-reply" };
    public Option<string[]> Policy { get; } = new("--policy") { Description = "Policy file or folder of rule packs (repeatable); otherwise .preround.yml is looked up from the working folder" };

    public void AddTo(Command command)
    {
        command.Options.Add(Role);
        command.Options.Add(Platform);
        command.Options.Add(Account);
        command.Options.Add(Specialty);
        command.Options.Add(Context);
        command.Options.Add(Policy);
    }

    /// <summary>The profile and platform given, with errors that list the valid values.</summary>
    public (AuthorProfile Author, Platform Platform, DraftContext Context) Read(ParseResult result) =>
        Parse(result.GetValue(Role), result.GetValue(Platform), result.GetValue(Account), result.GetValue(Specialty), result.GetValue(Context));

    public static (AuthorProfile Author, Platform Platform, DraftContext Context) Parse(string? role, string? platform, string? account, string? specialty, string? context)
    {
        var r = AuthorRole.Unknown;
        if (role is not null && !WireNames.TryParseRole(role, out r))
            throw new UsageException($"Unknown role '{role}'. Valid roles: {string.Join(", ", WireNames.RoleNames)}.");
        var p = Core.Domain.Platform.X;
        if (platform is not null && !WireNames.TryParsePlatform(platform, out p))
            throw new UsageException($"Unknown platform '{platform}'. Valid platforms: {string.Join(", ", WireNames.PlatformNames)}.");
        var a = AccountType.Professional;
        if (account is not null && !WireNames.TryParseAccount(account, out a))
            throw new UsageException($"Unknown account type '{account}'. Valid account types: professional, personal.");
        var c = DraftContext.Post;
        if (context is not null)
        {
            if (!WireNames.TryParseContext(context, out var parsed))
                throw new UsageException($"Unknown context '{context}'. Valid contexts: post, comment, review-reply.");
            c = parsed.Value;
        }
        return (new AuthorProfile(r, string.IsNullOrWhiteSpace(specialty) ? null : specialty.Trim(), a), p, c);
    }
}
