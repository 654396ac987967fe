using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Preround.Web.Hosting;

namespace Preround.Web.Security;

/// <summary>
/// Caps request bodies: JSON calls at <see cref="WebOptions.MaxJsonBytes"/>, archive and photo uploads at
/// <see cref="WebOptions.MaxUploadBytes"/>. A declared length over the cap is refused before a byte is read; a
/// chunked body is cut off by the server when it passes the cap.
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next, WebOptions options)
{
    /// <summary>Paths that take uploads.</summary>
    public static bool IsUpload(PathString path) =>
        path.StartsWithSegments("/api/audit") || path.StartsWithSegments("/audit") || path.StartsWithSegments("/api/photo") || Plan.PlanModule.IsUpload(path);

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        // NOTE: a check may carry photos; without them JsonBody still holds a check to the JSON cap.
        var limit = IsUpload(path) ? options.MaxUploadBytes
            : path.Equals("/api/check", StringComparison.OrdinalIgnoreCase) ? options.MaxPhotoBytes * 4 / 3 + options.MaxJsonBytes
            : options.MaxJsonBytes;
        if (context.Request.ContentLength is { } declared && declared > limit)
        {
            await Results.Problem(
                title: "Request too large",
                detail: $"The request body is {declared:N0} bytes; this endpoint accepts at most {limit:N0}.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        await next(context);
    }
}
