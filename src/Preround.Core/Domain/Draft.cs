namespace Preround.Core.Domain;

/// <summary>A post as the author would publish it, with who writes it and where.</summary>
/// <param name="Text">The text exactly as written. Spans in findings are UTF-16 offsets into it.</param>
/// <param name="Author">Role, specialty and account type.</param>
/// <param name="Platform">The target network.</param>
/// <param name="Context">An original post, a comment, or a reply to a patient review.</param>
public sealed record Draft(string Text, AuthorProfile Author, Platform Platform = Platform.X, DraftContext Context = DraftContext.Post)
{
    /// <summary>The longest draft the engine accepts; longer input is refused with a clear error rather than risk a slow check.</summary>
    public const int MaxLength = 100_000;

    /// <summary>Convenience for tests and quick checks.</summary>
    public static Draft Of(string text, AuthorRole role = AuthorRole.Unknown, Platform platform = Platform.X) =>
        new(text, new AuthorProfile(role), platform);
}
