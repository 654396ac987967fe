using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Imaging;
using Preround.Core.Serialization;
using Preround.Platforms.Fit;
using Preround.Platforms.Threading;
using Preround.Web.Hosting;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary>The REST API under <c>/api</c>: check, fit, thread and the rule list.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").DisableAntiforgery();
        api.AddEndpointFilter<CrossSiteFilter>();

        api.MapPost("/check", CheckAsync)
            .WithName("Check").WithTags("Check").WithSummary("Check a draft: findings with spans, why and fix, and the verdict.")
            .Accepts<CheckRequest>("application/json", "multipart/form-data")
            .Produces<CheckResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/fit", FitAsync)
            .WithName("Fit").WithTags("Platforms").WithSummary("Measure a draft the way a platform counts it; every platform when none is given.")
            .Accepts<FitRequest>("application/json")
            .Produces<FitResponse>(StatusCodes.Status200OK, "application/json")
            .Produces<FitAllResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/thread", ThreadAsync)
            .WithName("Thread").WithTags("Platforms").WithSummary("Split a long draft into a numbered thread whose every part fits.")
            .Accepts<ThreadRequest>("application/json")
            .Produces<ThreadResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/rules", (Analyzer analyzer) => Results.Ok(RuleList(analyzer)))
            .WithName("Rules").WithTags("Rules").WithSummary("Every rule: id, category, severity in force, title, rationale.")
            .Produces<IReadOnlyList<RuleDto>>();
    }

    internal static IReadOnlyList<RuleDto> RuleList(Analyzer analyzer) =>
        analyzer.Rules.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RuleDto(r.Id, r.Category, (analyzer.Policy.SeverityFor(r) ?? r.DefaultSeverity).Name(), analyzer.Policy.IsEnabled(r), r.Title, r.HelpUri, r.Rationale))
            .ToList();

    private static async Task<IResult> CheckAsync(HttpContext http, Analyzer analyzer, WebOptions options, ImageChecker photos)
    {
        if (PhotoCheck.IsMultipart(http.Request)) return await PhotoCheck.MultipartAsync(http, analyzer, options, photos);
        var (body, problem) = await JsonBody.ReadAsync<CheckRequest>(http.Request, options.MaxPhotoBytes * 4 / 3 + options.MaxJsonBytes, options.MaxJsonBytes);
        if (problem is not null) return problem;
        if (body!.Images is { Count: > 0 }) return PhotoCheck.FromJson(body, analyzer, options, photos);
        var input = new DraftInput();
        var draft = input.ToDraft(body);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var result = analyzer.Check(draft);
        return new JsonWriterResult(w => CheckJson.WriteDetailed(w, body.Id, result));
    }

    private static async Task<IResult> FitAsync(HttpContext http, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<FitRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new DraftInput();
        var text = input.Text(body!.Text);
        var context = input.Context(body.Context);
        var platform = body.Platform is null ? (Platform?)null : input.Platform(body.Platform);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        if (platform is { } one)
        {
            var fit = PlatformCounter.Measure(text, one, null, context, body.ContentWarning);
            return new JsonWriterResult(w => FitShapes.Write(w, fit));
        }
        var all = Enum.GetValues<Platform>().Select(p => PlatformCounter.Measure(text, p, null, context, p == Platform.Mastodon ? body.ContentWarning : null)).ToList();
        return new JsonWriterResult(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("platforms");
            foreach (var fit in all) FitShapes.Write(w, fit);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> ThreadAsync(HttpContext http, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<ThreadRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new DraftInput();
        var text = input.Text(body!.Text);
        var platform = input.Platform(body.Platform);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var parts = ThreadSplitter.Split(text, platform, null, body.Numbered ?? true);
        return new JsonWriterResult(w => FitShapes.Write(w, platform, parts));
    }
}
