using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Core.Engine;
using Preround.Web.Hosting;
using Preround.Web.Security;
using Preround.Web.Settings;

namespace Preround.Web.Api;

/// <summary><c>/api/policy</c>: which policy pack is in force; validate a pack; use one for this app's run, or go back.</summary>
internal static class PolicyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/policy").WithTags("Settings").DisableAntiforgery();
        api.AddEndpointFilter<CrossSiteFilter>();

        api.MapGet("", (ActiveAnalyzer active) => Results.Json(Status(active), JsonBody.Options))
            .WithName("Policy").WithSummary("The policy pack in force (null: the one preround serve started with) and the number of rules.")
            .Produces<PolicyStatus>();

        api.MapPost("/validate", async (HttpContext http, WebOptions options) =>
            {
                var (loaded, problem, error) = await ReadAsync(http, options);
                if (problem is not null) return problem;
                return Results.Json(new PolicyValidation(error is null, loaded?.Kind, loaded?.PackRules ?? 0, error is null ? [] : [Error(error)]), JsonBody.Options);
            })
            .WithName("ValidatePolicy").WithSummary("Check a .preround.yml policy or a rule pack (given as text, or as a path on this computer) without using it.")
            .Accepts<PolicyRequest>("application/json").Produces<PolicyValidation>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPut("", async (HttpContext http, WebOptions options, ActiveAnalyzer active) =>
            {
                var (loaded, problem, error) = await ReadAsync(http, options);
                if (problem is not null) return problem;
                if (error is not null)
                    return Results.Problem(title: "The policy pack is not valid", detail: $"{error.File}:{error.Line}:{error.Column}: {error.Message}",
                        statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?> { ["errors"] = new[] { Error(error) } });
                active.Use(loaded!.Analyzer, Source(http), loaded.PackRules);
                return Results.Json(Status(active), JsonBody.Options);
            })
            .WithName("UsePolicy").WithSummary("Use the built-in rules plus this policy or pack for every check until the app stops (nothing is saved).")
            .Accepts<PolicyRequest>("application/json").Produces<PolicyStatus>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete("", (ActiveAnalyzer active) =>
            {
                active.Reset();
                return Results.NoContent();
            })
            .WithName("ResetPolicy").WithSummary("Go back to the policy preround serve started with.")
            .Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<(PolicyPack.Loaded? Loaded, IResult? Problem, PolicyPack.Problem? Error)> ReadAsync(HttpContext http, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<PolicyRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return (null, problem, null);
        var hasPath = !string.IsNullOrWhiteSpace(body!.Path);
        if (hasPath == (body.Yaml is not null))
            return (null, Problems.Invalid(new Dictionary<string, string[]> { ["yaml"] = ["Give either 'yaml' (the file's text, with 'name') or 'path' (a file on this computer), not both."] }), null);
        var name = string.IsNullOrWhiteSpace(body.Name) ? "uploaded.preround.yml" : Path.GetFileName(body.Name.Trim());
        http.Items[SourceKey] = hasPath ? body.Path!.Trim() : name;
        var (loaded, error) = hasPath ? PolicyPack.FromPath(body.Path!.Trim()) : PolicyPack.FromText(body.Yaml!, name, null);
        return (loaded, null, error);
    }

    private const string SourceKey = "preround.policy.source";

    private static string Source(HttpContext http) => http.Items[SourceKey] as string ?? "uploaded";

    private static PolicyError Error(PolicyPack.Problem p) => new(p.File, p.Line, p.Column, p.Message);

    private static PolicyStatus Status(ActiveAnalyzer active)
    {
        var analyzer = active.Current;
        return new PolicyStatus(active.PackSource, active.PackRules, analyzer.Rules.Count, analyzer.Rules.Count(r => analyzer.Policy.IsEnabled(r)));
    }
}

/// <summary>Body of the policy calls: the pack's text and name, or its path on this computer.</summary>
public sealed record PolicyRequest
{
    [Description("The policy or pack's YAML text (an uploaded file).")]
    public string? Yaml { get; init; }

    [Description("The uploaded file's name, used in error positions.")]
    public string? Name { get; init; }

    [Description("Or: the path of a .preround.yml or pack file on this computer.")]
    public string? Path { get; init; }
}

/// <summary>A problem in a pack, as file:line:column.</summary>
public sealed record PolicyError(string File, int Line, int Column, string Message);

/// <summary>The answer of <c>POST /api/policy/validate</c>.</summary>
public sealed record PolicyValidation(bool Valid, string? Kind, int PackRules, IReadOnlyList<PolicyError> Errors);

/// <summary>The policy in force.</summary>
public sealed record PolicyStatus(string? Pack, int PackRules, int Rules, int Enabled);
