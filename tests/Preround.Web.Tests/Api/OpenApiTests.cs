using System.Text.Json;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class OpenApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task DocumentDescribesEveryApiEndpoint()
    {
        var doc = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).Json();

        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/check", "/api/fit", "/api/thread" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), path);
            Assert.True(post.GetProperty("responses").TryGetProperty("400", out _), path);
        }
        Assert.True(paths.GetProperty("/api/rules").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task CheckSchemaNamesExactlyTheFieldsTheApiWrites()
    {
        var client = factory.CreateClient();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        var answer = await (await client.PostJson("/api/check", new { text = TestRules.RiskyDraft })).Json();

        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.Equal(Names(schemas.GetProperty("CheckResponse")), answer.EnumerateObject().Select(p => p.Name).Order());
        var finding = answer.GetProperty("findings")[0];
        // Every field written is documented (replacement and help are optional and may be absent).
        Assert.Empty(finding.EnumerateObject().Select(p => p.Name).Except(Names(schemas.GetProperty("FindingDto"))));
    }

    [Fact]
    public async Task ThreadSchemaNamesExactlyTheFieldsTheApiWrites()
    {
        var client = factory.CreateClient();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        var answer = await (await client.PostJson("/api/thread", new { text = new string('a', 20) + " " + string.Join(" ", Enumerable.Repeat("word", 80)) })).Json();

        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.Equal(Names(schemas.GetProperty("ThreadResponse")), answer.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Names(schemas.GetProperty("ThreadPartDto")), answer.GetProperty("parts")[0].EnumerateObject().Select(p => p.Name).Order());
    }

    private static IOrderedEnumerable<string> Names(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
}
