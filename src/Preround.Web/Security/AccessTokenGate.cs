using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Preround.Web.Hosting;
using Preround.Web.Pages;

namespace Preround.Web.Security;

/// <summary>
/// When an access token is configured (required off loopback), every request must carry it: as
/// <c>Authorization: Bearer …</c> (API clients) or as the cookie set when the browser first opens <c>/?token=…</c>.
/// </summary>
internal sealed class AccessTokenGate(RequestDelegate next, WebOptions options)
{
    public const string CookieName = "preround.access";

    // NOTE: the cookie holds a hash of the token, not the token, so a copied cookie jar does not reveal it.
    private readonly byte[]? _expected = options.AccessToken is { Length: > 0 } t ? SHA256.HashData(Encoding.UTF8.GetBytes(t)) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_expected is null || context.Request.Path.StartsWithSegments("/assets"))
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var bearer = request.Headers.Authorization.ToString();
        if (bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(Hash(bearer[7..].Trim()))) { await next(context); return; }
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(FromHex(cookie))) { await next(context); return; }

        if (HttpMethods.IsGet(request.Method) && request.Query.TryGetValue("token", out var given) && Matches(Hash(given.ToString())))
        {
            context.Response.Cookies.Append(CookieName, Convert.ToHexString(_expected), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", Secure = request.IsHttps, IsEssential = true,
            });
            // Drop the token from the address bar and history.
            var query = QueryString.Create(request.Query.Where(q => q.Key != "token").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
            context.Response.Redirect(UriHelper.BuildRelative(request.PathBase, request.Path, query));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"preround\"";
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi"))
        {
            await Results.Problem(
                title: "Access token required",
                detail: "This Preround app was started with an access token. Send it as 'Authorization: Bearer <token>'.",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }
        await Results.Content(Layout.TokenPage(), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }

    private bool Matches(byte[]? candidate) => candidate is not null && CryptographicOperations.FixedTimeEquals(candidate, _expected);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static byte[]? FromHex(string hex)
    {
        try { return Convert.FromHexString(hex); }
        catch (FormatException) { return null; }
    }
}
