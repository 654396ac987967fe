using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Core.Engine;
using Preround.Privacy.Redaction;
using Preround.Web.Hosting;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary><c>POST /api/redact</c>: the safer version of a draft and what stays risky, as <c>preround redact --format json</c> writes it.</summary>
internal static class RedactEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/redact", RedactAsync)
            .WithName("Redact").WithTags("Check")
            .WithSummary("Suggest a safer version of a draft: generalise or remove what could identify a patient, and say what stays risky. Nothing is changed in place.")
            .Accepts<CheckRequest>("application/json")
            .Produces<RedactResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddEndpointFilter<CrossSiteFilter>()
            .DisableAntiforgery();
    }

    private static async Task<IResult> RedactAsync(HttpContext http, Analyzer analyzer, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<CheckRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        if (body!.Images is not null) return Problems.Invalid(new Dictionary<string, string[]> { ["images"] = ["Redaction works on the text only; send the photos to /api/check."] });
        var input = new DraftInput();
        var draft = input.ToDraft(body);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var result = VerifiedRedaction.Run(draft, analyzer);
        return new JsonWriterResult(w => RedactionJson.Write(w, body.Id, result));
    }
}

/// <summary>One change the redaction made.</summary>
public sealed record RedactChangeDto(
    [property: System.Text.Json.Serialization.JsonPropertyName("start")] int Start,
    [property: System.Text.Json.Serialization.JsonPropertyName("length")] int Length,
    [property: System.Text.Json.Serialization.JsonPropertyName("original")] string Original,
    [property: System.Text.Json.Serialization.JsonPropertyName("replacement")] string Replacement,
    [property: System.Text.Json.Serialization.JsonPropertyName("kind")] string Kind);

/// <summary>The answer of <c>POST /api/redact</c>: the same object as <c>preround redact --format json</c>.</summary>
public sealed record RedactResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("id")] string? Id,
    [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
    [property: System.Text.Json.Serialization.JsonPropertyName("changed")] bool Changed,
    [property: System.Text.Json.Serialization.JsonPropertyName("clear")] bool Clear,
    [property: System.Text.Json.Serialization.JsonPropertyName("changes")] IReadOnlyList<RedactChangeDto> Changes,
    [property: System.Text.Json.Serialization.JsonPropertyName("residual")] IReadOnlyList<string> Residual);
