using Preround.Core.Domain;

namespace Preround.Archives;

/// <summary>How to read an archive: limits that protect the machine, and hints for formats that cannot tell on their own.</summary>
public sealed record ImportOptions
{
    /// <summary>Most bytes all entries of a zip may expand to together (default 8 GiB). A zip that claims or produces more is refused as a likely zip bomb.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Largest uncompressed-to-compressed ratio accepted for an entry larger than <see cref="RatioCheckThresholdBytes"/> (default 200).</summary>
    // NOTE: real exports compress 5-30x (JSON) and ~1x (photos); zip bombs reach 1000x and more.
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are not ratio-checked: tiny files of repeated bytes compress very well legitimately.</summary>
    public long RatioCheckThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest single JSON or CSV file read whole into memory (default 1 GiB).</summary>
    public long MaxDocumentBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Include direct messages found inside an outbox (Mastodon). Off by default: a DM is not part of the public trail and reading it needs consent.</summary>
    public bool IncludeDirectMessages { get; init; }

    /// <summary>Generic CSV/JSONL: the column or property holding the post text; null to guess (<c>text</c>, <c>content</c>, …).</summary>
    public string? TextColumn { get; init; }

    /// <summary>Generic CSV/JSONL: the column or property holding the date; null to guess (<c>date</c>, <c>created_at</c>, …).</summary>
    public string? DateColumn { get; init; }

    /// <summary>Generic CSV/JSONL: the platform the posts were published on, when the file has no <c>platform</c> column.</summary>
    public Platform? Platform { get; init; }

    /// <summary>Force a format by name (<c>x</c>, <c>mastodon</c>, <c>bluesky</c>, <c>facebook</c>, <c>instagram</c>, <c>linkedin</c>, <c>generic</c>) instead of detecting it.</summary>
    public string? Format { get; init; }

    /// <summary>Defaults.</summary>
    public static ImportOptions Default { get; } = new();
}
