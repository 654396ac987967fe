using System.Text.Json;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed class PlanOpenApiTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    [Fact]
    public async Task EveryPlanEndpointIsDescribed()
    {
        var paths = (await (await app.CreateClient().GetAsync("/openapi/v1.json")).Json()).GetProperty("paths");

        foreach (var (path, method) in new[]
                 {
                     ("/api/plan/queue", "get"), ("/api/plan/queue", "post"), ("/api/plan/queue/{id}", "get"), ("/api/plan/queue/{id}", "patch"),
                     ("/api/plan/queue/{id}", "delete"), ("/api/plan/queue/{id}/ready", "post"), ("/api/plan/queue/{id}/done", "post"),
                     ("/api/plan/queue/{id}/drop", "post"), ("/api/plan/import", "post"), ("/api/plan/calendar", "get"), ("/api/plan/calendar.ics", "get"),
                     ("/api/plan/calendar.csv", "get"), ("/api/plan/slots", "get"), ("/api/plan/strategy", "get"), ("/api/plan/strategy", "put"),
                     ("/api/contacts", "get"), ("/api/contacts", "post"), ("/api/contacts/due", "get"), ("/api/contacts/{id}", "get"),
                     ("/api/contacts/{id}/touch", "post"), ("/api/plan/review", "post"),
                 })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path}");
        }
        var upload = paths.GetProperty("/api/plan/review").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data");
        Assert.True(upload.GetProperty("schema").GetProperty("properties").TryGetProperty("history", out _));
    }

    [Fact]
    public async Task PlannedPostAndContactSchemasNameExactlyTheFieldsWritten()
    {
        var client = app.CreateClient();
        var schemas = (await (await client.GetAsync("/openapi/v1.json")).Json()).GetProperty("components").GetProperty("schemas");
        var post = await (await client.PostJson("/api/plan/queue", new { text = TestRules.RiskyDraft, platform = "x", planned_at = "2032-01-01 09:00" })).Json();
        var contact = await (await client.PostJson("/api/contacts", new { name = "Sam" })).Json();

        Assert.Equal(Names(schemas.GetProperty("PlannedPostDto")), post.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Names(schemas.GetProperty("QueuedFindingDto")), post.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Names(schemas.GetProperty("ContactDto")), contact.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Names(schemas.GetProperty("ContactFlowDto")), contact.GetProperty("flow").EnumerateObject().Select(p => p.Name).Order());
    }

    private static IOrderedEnumerable<string> Names(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
}
