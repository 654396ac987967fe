using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Preround.Archives;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;
using Preround.Planning.Review;
using Preround.Web.Api;
using Preround.Web.Audit;

namespace Preround.Web.Plan;

/// <summary>Uploads for the plan: a CSV of planned posts, and a posting history for the review (kept in a temp file only while it is read).</summary>
internal static class PlanUpload
{
    /// <summary>The most a CSV import may hold (10,000 rows of long drafts).</summary>
    public const long MaxCsvBytes = 16L << 20;

    /// <summary>Reads a CSV body sent as text/csv (or text/plain) in UTF-8.</summary>
    public static async Task<(string? Csv, IResult? Problem)> ReadCsvAsync(HttpRequest request)
    {
        var type = request.ContentType ?? "";
        if (!type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the CSV as the body with 'Content-Type: text/csv'."));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxCsvBytes) return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The CSV is over {MaxCsvBytes:N0} bytes, the most one import accepts."));
            buffer.Write(chunk, 0, read);
        }
        return Decode(buffer.ToArray(), "the body");
    }

    /// <summary>UTF-8 text, or a problem naming the first bad byte.</summary>
    public static (string? Text, IResult? Problem) Decode(byte[] bytes, string what)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Not UTF-8", $"{what} is not UTF-8 text (bad byte at offset {e.Index}); save the CSV as UTF-8 and try again."));
        }
    }

    /// <summary>Checks and queues every row, or none: the problems by line and column when any row is bad.</summary>
    public static async Task<(IReadOnlyList<PlannedPost>? Added, IDictionary<string, string[]>? Errors)> ImportAsync(string csv, PlanData data, CancellationToken ct)
    {
        var (posts, problems) = PlanCsv.Import(new StringReader(csv), data.Zone);
        if (problems.Count > 0)
        {
            var lines = problems.Take(20).Select(p => p.ToString()).ToList();
            if (problems.Count > 20) lines.Add($"… and {problems.Count - 20} more problem(s); nothing was imported.");
            return (null, new Dictionary<string, string[]> { ["csv"] = [.. lines] });
        }
        if (posts.Count == 0) return (null, new Dictionary<string, string[]> { ["csv"] = ["The CSV has a header but no rows to import."] });
        return (await (await data.QueueAsync(ct)).AddManyAsync(posts, ct), null);
    }

    /// <summary>Form limits for uploads: the app's upload cap, files spooled to disk rather than held in memory.</summary>
    public static FormOptions FormLimits(long maxBytes) => new()
    {
        MultipartBodyLengthLimit = maxBytes,
        ValueLengthLimit = 1 << 20,
        ValueCountLimit = 64,
        MemoryBufferThreshold = 64 * 1024,
    };

    /// <summary>
    /// Reviews an uploaded history. The upload is saved under its own name in a private temp folder (the importers
    /// recognise exports such as <c>tweets.js</c> or <c>Shares.csv</c> by name), read, and deleted whatever happens.
    /// </summary>
    /// <exception cref="ArchiveException">The archive is corrupt or not one the importers read (the message names the upload, not the temp path).</exception>
    public static async Task<ReviewReport> ReviewAsync(IFormFile history, ReviewOptions o, PlanData data, CancellationToken ct)
    {
        using var upload = UploadedArchive.Create(history.FileName, data.TempDirectory);
        IReadOnlyList<HistoryPost> posts;
        try
        {
            await using (var file = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await history.CopyToAsync(file, ct);
            }
            var options = o.ArchiveFormat is { Length: > 0 } f ? ImportOptions.Default with { Format = f } : ImportOptions.Default;
            (posts, _) = ArchiveHistory.Load(upload.Path, options);
        }
        catch (ArchiveException e)
        {
            throw new PlanningUploadException(upload.Describe(e.Message), e);
        }
        var (plans, contacts) = await data.ReadAsync(ct);
        return ReviewAnalyzer.Analyze(new ReviewInput
        {
            History = posts,
            AsOf = o.AsOf ?? data.Now,
            Strategy = await plans.GetStrategyAsync(ct),
            Queue = await plans.ListPostsAsync(QueueFilter.Open, ct),
            Contacts = await contacts.ListContactsAsync(ct),
            HighProfileAccounts = o.HighProfile,
            TimeZone = data.Zone,
        });
    }
}

/// <summary>An uploaded history the importers could not read; the message names the upload, never the temp path.</summary>
internal sealed class PlanningUploadException(string message, Exception inner) : Exception(message, inner);

/// <summary>What the user may add to a review upload.</summary>
internal sealed record ReviewOptions(IReadOnlyCollection<string> HighProfile, DateTimeOffset? AsOf, string? ArchiveFormat);
