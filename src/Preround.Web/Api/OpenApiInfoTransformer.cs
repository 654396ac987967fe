using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Preround.Web.Api;

/// <summary>Title and description of the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
internal sealed class OpenApiInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Preround local API",
            Version = "v1",
            Description = "Check a clinician's draft before posting, measure it for each platform, split it into a thread. " +
                          "Served on this machine only; answers use the same JSON shapes as the preround CLI. Errors are application/problem+json.",
        };
        return Task.CompletedTask;
    }
}
