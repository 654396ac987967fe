using Microsoft.AspNetCore.Http;
using Preround.Archives;
using Preround.Planning.Queue;
using Preround.Storage;

namespace Preround.Web.Plan;

/// <summary>What the planner, the store and the importers refuse, as a status, a title and a sentence for the user.</summary>
internal static class PlanErrors
{
    public sealed record Refusal(int Status, string Title, string Detail, IDictionary<string, object?>? Extensions = null);

    /// <summary>The refusal for <paramref name="e"/>, or null when it is not one the user can act on (a real fault).</summary>
    public static Refusal? For(Exception e) => e switch
    {
        NotFoundException nf => new(StatusCodes.Status404NotFound, "Not found", nf.Message),
        CoolingOffException hold => new(StatusCodes.Status409Conflict, "Cooling-off hold", hold.Message,
            new Dictionary<string, object?> { ["hold_until"] = hold.HoldUntil, ["hold_reason"] = hold.Reason }),
        BlockFindingsException block => new(StatusCodes.Status409Conflict, "Block findings not accepted",
            block.Message + " Send {\"accept_findings\": true} once you have read them.",
            new Dictionary<string, object?> { ["rules"] = block.Rules }),
        PlanningException p => new(StatusCodes.Status409Conflict, "The plan was not changed", p.Message),
        ArchiveException a => new(StatusCodes.Status400BadRequest, "The history could not be read", a.Message),
        PlanningUploadException u => new(StatusCodes.Status400BadRequest, "The history could not be read", u.Message),
        StorageException s => new(StatusCodes.Status503ServiceUnavailable, "The plan store is not available", s.Message),
        _ => null,
    };
}

/// <summary>Turns planner refusals on the API into problem+json; nothing was changed when one is returned.</summary>
internal sealed class PlanErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (PlanErrors.For(e) is { } r)
        {
            return Results.Problem(detail: r.Detail, statusCode: r.Status, title: r.Title, extensions: r.Extensions);
        }
    }
}
