using Preround.Core.Engine;
using Preround.Planning.Queue;
using Preround.Storage;

namespace Preround.Web.Hosting;

/// <summary>How <c>preround serve</c> runs: where it listens, who may talk to it, and how much it accepts.</summary>
public sealed record WebOptions
{
    /// <summary>The default port (http://127.0.0.1:5000).</summary>
    public const int DefaultPort = 5000;

    /// <summary>Address to listen on: loopback by default. Anything else needs <see cref="AccessToken"/>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>A shared secret every request must carry (cookie set by <c>/?token=…</c>, or <c>Authorization: Bearer …</c>); required off loopback.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The checker to use; the built-in rules when null.</summary>
    public Analyzer? Analyzer { get; init; }

    /// <summary>Largest JSON body the API accepts (a draft is at most 100,000 characters, so 1 MiB leaves room for escapes).</summary>
    public long MaxJsonBytes { get; init; } = 1L << 20;

    /// <summary>How photos are checked (tools, limits); the defaults when null.</summary>
    public Preround.Imaging.ImageCheckOptions? Images { get; init; }

    /// <summary>Most bytes of photos one check may carry (multipart, or base64 in JSON).</summary>
    public long MaxPhotoBytes { get; init; } = 32L << 20;

    /// <summary>Largest archive upload.</summary>
    public long MaxUploadBytes { get; init; } = 512L << 20;

    /// <summary>Archive audits: how many at once, how long reports are kept, zip-bomb limits.</summary>
    public Audit.AuditLimits Audit { get; init; } = new();

    /// <summary>Where saved settings, the calendar and contacts live; nothing is written unless the user saves something.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Where the plan (strategy, queue, contacts) is kept: the same store the CLI uses. Resolved like the CLI's
    /// (<c>PREROUND_DB_CONNECTION</c>, <c>PREROUND_DB</c>, config file, then the default SQLite file) when null.</summary>
    public StorageLocation? Storage { get; init; }

    /// <summary>The user's time zone for the calendar and for times typed into forms; this computer's when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The cooling-off hold for flagged drafts; the default (12 hours) when null.</summary>
    public CoolingOffPolicy? CoolingOff { get; init; }

    /// <summary>Where uploads are spooled while they are read (deleted right after); the system temp folder when null.</summary>
    public string? TempDirectory { get; init; }
}
