using Preround.Core.Domain;

namespace Preround.Web.Api;

/// <summary>Turns request fields into domain values, collecting one message per bad field (listing the valid values).</summary>
internal sealed class DraftInput
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors;

    public string Text(string? text, string field = "text")
    {
        if (text is null)
        {
            _errors[field] = ["'text' is required: the draft to check."];
            return "";
        }
        if (text.Length > Draft.MaxLength)
        {
            _errors[field] = [$"The draft is {text.Length:N0} characters; at most {Draft.MaxLength:N0} are accepted. Split it or check it in parts."];
        }
        return text;
    }

    public AuthorRole Role(string? value, string field = "role")
    {
        if (value is null) return AuthorRole.Unknown;
        if (WireNames.TryParseRole(value, out var role)) return role;
        _errors[field] = [$"Unknown role '{Clip(value)}'. Valid roles: {string.Join(", ", WireNames.RoleNames)}."];
        return AuthorRole.Unknown;
    }

    public Platform Platform(string? value, string field = "platform")
    {
        if (value is null) return Core.Domain.Platform.X;
        if (WireNames.TryParsePlatform(value, out var platform)) return platform;
        _errors[field] = [$"Unknown platform '{Clip(value)}'. Valid platforms: {string.Join(", ", WireNames.PlatformNames)}."];
        return Core.Domain.Platform.X;
    }

    public AccountType Account(string? value, string field = "account")
    {
        if (value is null) return AccountType.Professional;
        if (WireNames.TryParseAccount(value, out var account)) return account;
        _errors[field] = [$"Unknown account type '{Clip(value)}'. Valid account types: professional, personal."];
        return AccountType.Professional;
    }

    public DraftContext Context(string? value, string field = "context")
    {
        if (value is null) return DraftContext.Post;
        if (WireNames.TryParseContext(value, out var context)) return context.Value;
        _errors[field] = [$"Unknown context '{Clip(value)}'. Valid contexts: post, comment, review-reply."];
        return DraftContext.Post;
    }

    public string? Specialty(string? value, string field = "specialty")
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length > 100) _errors[field] = ["The specialty is longer than 100 characters."];
        return value.Trim();
    }

    /// <summary>The draft a check or redact request describes (check <see cref="HasErrors"/> before using it).</summary>
    public Draft ToDraft(CheckRequest body)
    {
        var text = Text(body.Text);
        var role = body.Role is not null ? Role(body.Role) : Role(body.AuthorRole, "author_role");
        return new Draft(text, new AuthorProfile(role, Specialty(body.Specialty), Account(body.Account)), Platform(body.Platform), Context(body.Context));
    }

    // NOTE: a bad value is quoted back so the user sees the typo, but clipped: these fields are never the draft.
    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
