using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Archives;
using Preround.Core.Domain;
using Preround.Web.Audit;
using Preround.Web.Hosting;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary><c>/api/audit</c>: upload an archive, follow the job, fetch the report, cancel or forget it.</summary>
internal static class AuditEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/audit").WithTags("Audit");
        api.AddEndpointFilter<CrossSiteFilter>();
        api.DisableAntiforgery();

        api.MapPost("", StartAsync)
            .WithName("StartAudit").WithSummary("Upload an archive (multipart field 'archive') and start auditing it in the background.")
            .WithDescription("Form fields: role, account, specialty, platform (for generic CSV/JSONL), source (force a format), text_column, date_column, skip_reposts. " +
                             "Answers 202 with the job and its Location; poll it until state is done, failed or canceled.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AuditStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/{id}", (string id, AuditJobs jobs) => jobs.Find(id) is { } job ? Ok(job) : NotFound(id, jobs))
            .WithName("AuditStatus").WithSummary("The job's state and progress (posts read and checked of the total), and its result once done.")
            .Produces<AuditStatus>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id}/report.{format}", (string id, string format, bool? download, AuditJobs jobs, HttpContext http) => Report(id, format, download ?? false, jobs, http))
            .WithName("AuditReport").WithSummary("The finished report as html, json or csv (the same files as preround audit --format).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/{id}", (string id, AuditJobs jobs) => jobs.Forget(id) ? Results.NoContent() : NotFound(id, jobs))
            .WithName("ForgetAudit").WithSummary("Cancel the audit if it is running, and forget it and its report.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> StartAsync(HttpContext http, AuditJobs jobs, WebOptions options)
    {
        // Refuse before reading a byte of a large upload that could not run anyway.
        if (jobs.Busy() is { } busy) return TooMany(http, busy);

        UploadedArchive? upload = null;
        long bytes = 0;
        try
        {
            var (fields, problem) = await MultipartForm.ReadAsync(http.Request, options.MaxUploadBytes, async (field, fileName, _, body) =>
            {
                if (field is not ("archive" or "file"))
                    return Problems.Create(StatusCodes.Status400BadRequest, "Unexpected file", $"The file field '{field}' is not known; send the archive as 'archive'.");
                if (upload is not null)
                    return Problems.Create(StatusCodes.Status400BadRequest, "One archive per upload", "The upload holds more than one file; send one archive (a .zip of the export, or one exported file).");
                upload = UploadedArchive.Create(fileName, options.Audit.UploadFolder);
                await using var target = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                var (copied, tooLarge) = await MultipartForm.CopyAsync(body, target, options.MaxUploadBytes, http.RequestAborted);
                bytes = copied;
                return tooLarge;
            });
            if (problem is not null) return problem;
            if (upload is null)
                return Problems.Create(StatusCodes.Status400BadRequest, "No archive", "Attach the archive as the multipart file field 'archive' (a .zip of the export, or one exported file such as tweets.js or outbox.json).");
            if (bytes == 0) return Problems.Create(StatusCodes.Status400BadRequest, "Empty file", $"{upload.FileName} is empty.");

            var (author, import, checkReposts, errors) = ReadFields(fields!, options);
            if (errors.HasErrors) return Problems.Invalid(errors.Errors);

            // Refuse what the importers cannot open (unknown layout, corrupt zip, zip bomb) now, with what and where.
            try
            {
                using var probe = ArchiveImporter.Open(upload.Path, import);
            }
            catch (ArchiveException e)
            {
                return Problems.Create(StatusCodes.Status422UnprocessableEntity, "The archive cannot be audited", upload.Describe(e.Message));
            }

            var job = jobs.Start(new AuditRequest(upload, import, checkReposts), author);
            upload = null; // the job owns (and deletes) it now
            if (job is null) return TooMany(http, jobs.Busy() ?? "The most audits this app runs at once are running; try again shortly.");
            return new LocatedResult($"/api/audit/{job.Id}", Results.Json(AuditShapes.Status(job), Json, statusCode: StatusCodes.Status202Accepted));
        }
        finally
        {
            upload?.Dispose();
        }
    }

    private static (AuthorProfile Author, ImportOptions Import, bool CheckReposts, DraftInput Errors) ReadFields(Dictionary<string, string> fields, WebOptions options)
    {
        string? Get(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var input = new DraftInput();
        var author = new AuthorProfile(input.Role(Get("role")), input.Specialty(Get("specialty")), input.Account(Get("account")));
        Platform? platform = Get("platform") is { } p ? input.Platform(p) : null;
        var source = Get("source");
        if (source is not null && !ArchiveImporter.FormatNames.Contains(source, StringComparer.OrdinalIgnoreCase) && !source.Equals("twitter", StringComparison.OrdinalIgnoreCase))
            input.Errors["source"] = [$"Unknown archive format '{(source.Length > 40 ? source[..40] + "…" : source)}'. Valid formats: {string.Join(", ", ArchiveImporter.FormatNames)}."];
        var skip = Get("skip_reposts");
        if (skip is not null && skip is not ("true" or "false" or "on" or "off" or "1" or "0"))
            input.Errors["skip_reposts"] = ["'skip_reposts' is true or false."];
        var import = new ImportOptions
        {
            Format = source,
            TextColumn = Get("text_column"),
            DateColumn = Get("date_column"),
            Platform = platform,
            MaxTotalUncompressedBytes = options.Audit.MaxUncompressedBytes,
            MaxDocumentBytes = options.Audit.MaxDocumentBytes,
        };
        return (author, import, skip is not ("true" or "on" or "1"), input);
    }

    private static IResult Ok(AuditJob job) => Results.Json(AuditShapes.Status(job), Json);

    private static IResult NotFound(string id, AuditJobs jobs) => Problems.Create(StatusCodes.Status404NotFound, "No such audit",
        $"No audit '{(id.Length > 40 ? id[..40] + "…" : id)}': it was never started, was forgotten, or finished more than {jobs.Limits.ResultLifetime.TotalMinutes:0} minutes ago. Audits are kept in memory only.");

    private static IResult TooMany(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = "10";
        return Problems.Create(StatusCodes.Status429TooManyRequests, "Too many audits", detail);
    }

    private static IResult Report(string id, string format, bool download, AuditJobs jobs, HttpContext http)
    {
        if (jobs.Find(id) is not { } job) return NotFound(id, jobs);
        if (job.State != AuditState.Done || job.Report is null)
        {
            var where = job.State switch
            {
                AuditState.Failed => $"it failed: {job.Error}",
                AuditState.Canceled => "it was canceled",
                _ => $"it is still running ({job.Checked:N0} of {(job.Total is { } t ? t.ToString("N0") : "?")} posts checked)",
            };
            return Problems.Create(StatusCodes.Status409Conflict, "No report yet", $"The audit of {job.FileName} has no report: {where}.");
        }
        if (AuditShapes.Report(job.Report, format.ToLowerInvariant()) is not { } report)
            return Problems.Create(StatusCodes.Status404NotFound, "Unknown report format", $"'{(format.Length > 20 ? format[..20] : format)}' is not a report format; use html, json or csv.");
        if (report.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            // NOTE: the report is a self-contained document with inline styles and no script. It gets its own policy
            // (no script at all) and may be framed by this app's audit page only.
            http.Response.Headers.ContentSecurityPolicy = ReportPolicy;
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
        }
        return new CompressedFileResult(report.Text, report.ContentType, download ? report.DownloadName : null);
    }

    /// <summary>The policy for the framed report: inline styles and data: images only; nothing runs, nothing is fetched.</summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin";

    /// <summary>Sets Location on an inner result.</summary>
    private sealed class LocatedResult(string location, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }

    /// <summary>Streams a report, decompressing as it goes.</summary>
    private sealed class CompressedFileResult(CompressedText text, string contentType, string? downloadName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = contentType;
            response.ContentLength = text.Length;
            if (downloadName is not null)
                response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = downloadName, DispositionType = "attachment" }.ToString();
            await using var stream = text.OpenRead();
            await stream.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }
}
