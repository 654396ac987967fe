using Preround.Core.Engine;

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
}
