using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Web.Pages;

/// <summary>The server-rendered pages.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", () => Html(ComposePage.Render(AuthorProfile.Unknown, Platform.X)));
        pages.MapGet("/rules", (Analyzer analyzer) => Html(RulesPage.List(analyzer)));
        pages.MapGet("/rules/{id}", (string id, Analyzer analyzer) =>
            RulesPage.Detail(analyzer, id) is { } page ? Html(page) : Html(RulesPage.NotFound(id), StatusCodes.Status404NotFound));
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
