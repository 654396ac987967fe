namespace Preround.Web.Audit;

/// <summary>How much archive auditing the web app takes on at once, and how long it keeps results.</summary>
public sealed record AuditLimits
{
    /// <summary>Audits running at the same time; another upload gets 429 until one finishes (each already uses every core).</summary>
    public int MaxConcurrent { get; init; } = 2;

    /// <summary>Audits kept in memory (running and finished); the oldest finished one is forgotten to make room.</summary>
    public int MaxRetained { get; init; } = 8;

    /// <summary>How long a finished audit's report stays downloadable; then it is forgotten.</summary>
    public TimeSpan ResultLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Most bytes an uploaded zip may expand to (the importers' zip-bomb guard). Lower than the CLI's default: an upload
    /// comes through a browser, and a real export of a few hundred MiB expands to a few GiB at most.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 4L << 30;

    /// <summary>Where uploads are held while they are read (a private folder per upload); the system's temporary folder when null.</summary>
    public string? UploadFolder { get; init; }

    /// <summary>Largest single JSON or CSV document inside an upload that is read whole.</summary>
    public long MaxDocumentBytes { get; init; } = 512L << 20;
}
