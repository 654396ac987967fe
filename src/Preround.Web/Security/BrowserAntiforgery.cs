using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Preround.Web.Api;

namespace Preround.Web.Security;

/// <summary>
/// Antiforgery for every state-changing request a browser sends (POST, PUT, PATCH, DELETE): the antiforgery cookie
/// must be matched by the token in the <c>X-CSRF-TOKEN</c> header (the pages' scripts add it to every fetch, see
/// <c>csrf.js</c>) or, for a urlencoded HTML form, in the <c>__csrf</c> field.
/// </summary>
/// <remarks>
/// A request is a browser's when it carries <c>Origin</c> or <c>Sec-Fetch-Site</c>, which browsers add to every
/// POST and scripts cannot remove. Tools such as curl send neither and cannot be the victim of cross-site request
/// forgery (that needs a browser's ambient cookies), so the API stays usable from scripts without a token.
/// </remarks>
internal sealed class BrowserAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>Where pages fetch their token (and the cookie it pairs with).</summary>
    public const string TokenPath = "/api/antiforgery";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || !IsBrowser(request))
        {
            await next(context);
            return;
        }

        // NOTE: a multipart upload is never read just to find a form field; it must carry the header.
        var hasHeader = request.Headers.ContainsKey("X-CSRF-TOKEN");
        var isUrlEncodedForm = MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
                               && media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if ((hasHeader || isUrlEncodedForm) && await antiforgery.IsRequestValidAsync(context))
        {
            await next(context);
            return;
        }
        await Problems.Create(StatusCodes.Status403Forbidden, "Antiforgery token missing or invalid",
            "This request came from a browser without this app's antiforgery token. Reload the page and try again; " +
            "scripts on Preround's own pages add the token to every request.").ExecuteAsync(context);
    }

    private static bool IsBrowser(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Origin) || request.Headers.ContainsKey("Sec-Fetch-Site");
}
