using Microsoft.AspNetCore.Http;

namespace Preround.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows only this origin (no inline script or style, no
/// framing, no other hosts), no MIME sniffing, no referrer, and no caching of pages that may show a draft.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy; <c>'self'</c> for everything the app loads, nothing else.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var h = response.Headers;
            // NOTE: an endpoint may set a stricter document of its own (the framed audit report); it keeps it.
            if (string.IsNullOrEmpty(h.ContentSecurityPolicy)) h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(h.XFrameOptions)) h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Cross-Origin-Resource-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!((HttpContext)state).Request.Path.StartsWithSegments("/assets"))
            {
                // Pages and API answers may carry draft text: keep them out of any cache.
                h.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
