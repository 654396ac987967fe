using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary><c>GET /api/antiforgery</c>: the token a page sends with its requests, and the cookie it pairs with.</summary>
internal static class AntiforgeryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // NOTE: another site cannot read this answer (no CORS), so handing the token to whoever asks is safe.
        endpoints.MapGet(BrowserAntiforgery.TokenPath, (IAntiforgery antiforgery, HttpContext http) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return Results.Json(new AntiforgeryToken(tokens.HeaderName ?? "X-CSRF-TOKEN", tokens.RequestToken!));
            })
            .WithName("Antiforgery").WithTags("Security")
            .WithSummary("A token for the X-CSRF-TOKEN header; browsers must send it with every POST and DELETE (tools without Origin need not).")
            .AddEndpointFilter<CrossSiteFilter>()
            .Produces<AntiforgeryToken>();
    }
}

/// <summary>The antiforgery header name and token.</summary>
public sealed record AntiforgeryToken(string Header, string Token);
