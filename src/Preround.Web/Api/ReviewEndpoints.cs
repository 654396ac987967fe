using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Preround.Planning.Review;
using Preround.Web.Hosting;
using Preround.Web.Plan;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary><c>POST /api/plan/review</c>: upload a posting history, get the review (the CLI's <c>plan review --format json</c>).</summary>
internal static class ReviewEndpoints
{
    /// <summary>The form field that carries the archive.</summary>
    public const string FileField = "history";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/plan/review", ReviewAsync).DisableAntiforgery()
            .AddEndpointFilter<CrossSiteFilter>().AddEndpointFilter<PlanErrorFilter>()
            .WithName("Review").WithTags("Plan")
            .WithSummary("Review a posting history (multipart field 'history': any archive `audit` reads) against the strategy and queue; the upload is deleted once read.")
            .AddOpenApiOperationTransformer((op, _, _) =>
            {
                // NOTE: described here rather than with Accepts(), whose content-type matcher would answer a wrong type
                // with the JSON endpoints' 415 message before this handler could name the multipart field.
                op.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { FileField },
                                Properties = new Dictionary<string, IOpenApiSchema>
                                {
                                    [FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The archive: a platform export, a folder's .zip, a CSV or JSONL." },
                                    ["as_of"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Review date (default: now)." },
                                    ["high_profile"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Accounts you know to be high-profile, comma-separated." },
                                    ["archive_format"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Force the format: " + string.Join(", ", Archives.ArchiveImporter.FormatNames) + "." },
                                },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .Produces<ReviewDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ReviewAsync(HttpContext http, PlanData data, WebOptions options)
    {
        var (file, review, problem) = await ReadAsync(http.Request, data, options);
        if (problem is not null) return problem;
        var report = await PlanUpload.ReviewAsync(file!, review!, data, http.RequestAborted);
        var bytes = new MemoryStream();
        ReviewJsonWriter.Write(report, bytes, indented: false);
        return Results.Bytes(bytes.ToArray(), "application/json; charset=utf-8");
    }

    /// <summary>The uploaded history and the review options from a multipart form; a problem saying what is missing or wrong.</summary>
    internal static async Task<(IFormFile? File, ReviewOptions? Options, IResult? Problem)> ReadAsync(HttpRequest request, PlanData data, WebOptions options)
    {
        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Upload the history as multipart/form-data with the archive in a field named '{FileField}'."));
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(PlanUpload.FormLimits(options.MaxUploadBytes), request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            return (null, null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", $"The multipart body could not be read: {e.Message}"));
        }
        var input = new PlanInput(data.Zone);
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0) input.Add(FileField, $"Choose a file: the archive goes in the field '{FileField}' (a platform export .zip or .tar.gz, a folder's .zip, a CSV or JSONL).");
        var asOf = input.Time(form["as_of"], "as_of");
        var format = form["archive_format"].ToString();
        if (format.Length > 0 && !Archives.ArchiveImporter.FormatNames.Contains(format)) input.Add("archive_format", $"Unknown archive format '{(format.Length > 20 ? format[..20] + "…" : format)}'. Valid: {string.Join(", ", Archives.ArchiveImporter.FormatNames)} (or leave it out to detect).");
        var highProfile = form["high_profile"].SelectMany(v => (v ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(h => h.TrimStart('@')).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (highProfile.Count > 200) input.Add("high_profile", "At most 200 high-profile accounts.");
        if (input.HasErrors) return (null, null, Problems.Invalid(input.Errors));
        return (file, new ReviewOptions(highProfile, asOf, format.Length > 0 ? format : null), null);
    }
}
