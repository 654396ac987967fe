using Microsoft.AspNetCore.Http;

namespace Preround.Web.Api;

/// <summary>problem+json answers for requests the client can fix.</summary>
internal static class Problems
{
    public static IResult Create(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>400 with an <c>errors</c> map of field name to messages.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)), title: "The request is not valid");
}
