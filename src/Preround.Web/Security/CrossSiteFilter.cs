using Microsoft.AspNetCore.Http;
using Preround.Web.Api;

namespace Preround.Web.Security;

/// <summary>
/// Refuses API calls that a browser marks as coming from another site (<c>Sec-Fetch-Site: cross-site</c>). Together
/// with the JSON-only bodies (which a cross-site form cannot send) this keeps other web pages from using the app.
/// </summary>
internal sealed class CrossSiteFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var site = context.HttpContext.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return ValueTask.FromResult<object?>(Problems.Create(StatusCodes.Status403Forbidden, "Cross-site request refused",
                "The Preround API answers only its own pages and local tools, not pages from other sites."));
        }
        return next(context);
    }
}
