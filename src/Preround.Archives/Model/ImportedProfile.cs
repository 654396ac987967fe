using Preround.Core.Domain;

namespace Preround.Archives.Model;

/// <summary>The account's public profile as the archive records it: what a committee sees first.</summary>
public sealed record ImportedProfile
{
    /// <summary>The platform of the account.</summary>
    public required Platform Platform { get; init; }

    /// <summary>User name or handle, without a leading @.</summary>
    public string? Handle { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The bio as plain text (HTML removed, mojibake repaired); null when the archive has none.</summary>
    public string? Bio { get; init; }

    /// <summary>The website field, when any.</summary>
    public string? Website { get; init; }

    /// <summary>The location field, when any.</summary>
    public string? Location { get; init; }

    /// <summary>Extra profile fields (Mastodon "PropertyValue" pairs), name to value as plain text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];

    /// <summary>True when a profile photo is set, false when the archive shows none, null when it does not say.</summary>
    public bool? HasAvatar { get; init; }

    /// <summary>The platform's account id (X account id, DID, actor URI).</summary>
    public string? AccountId { get; init; }
}
