using Microsoft.AspNetCore.Http;
using Preround.Core.Engine;

namespace Preround.Web.Security;

/// <summary>Maps exceptions that reach the exception handler to a status: the client's fault is a 4xx, not a 500.</summary>
internal static class ProblemStatus
{
    public static int For(Exception e) => e switch
    {
        // Kestrel's "request body too large" (413), malformed requests (400) and the like carry their own status.
        BadHttpRequestException bad => bad.StatusCode,
        DraftRejectedException => StatusCodes.Status400BadRequest,
        OperationCanceledException => 499,
        _ => StatusCodes.Status500InternalServerError,
    };
}
