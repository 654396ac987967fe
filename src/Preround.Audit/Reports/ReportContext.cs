using Preround.Archives.Model;
using Preround.Audit.Profile;
using Preround.Core.Domain;

namespace Preround.Audit.Reports;

/// <summary>What a report says about the input besides the posts: where they came from, what was skipped, the bio.</summary>
public sealed record ReportContext
{
    /// <summary>The path that was audited.</summary>
    public required string Source { get; init; }

    /// <summary>The formats recognised.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>The role the posts were checked against.</summary>
    public AuthorProfile Author { get; init; } = AuthorProfile.Unknown;

    /// <summary>What the importers skipped and why.</summary>
    public IReadOnlyList<ImportNote> Notes { get; init; } = [];

    /// <summary>The bio audits, one per profile found.</summary>
    public IReadOnlyList<ProfileAuditResult> Profiles { get; init; } = [];

    /// <summary>When the report was made.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>Formatting shared by the report writers.</summary>
public static class ReportFormat
{
    /// <summary>ISO 8601 in UTC, with fractional seconds only when there are any.</summary>
    public static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
