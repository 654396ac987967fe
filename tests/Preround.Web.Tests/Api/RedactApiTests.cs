using System.Net;
using System.Text;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Core.Serialization;
using Preround.Privacy.Redaction;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class RedactApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Identifying = "A 54-year-old man in bed 4 at St Mary's came in at 3am with chest pain.";

    [Fact]
    public async Task TheAnswerIsTheCliRedactJsonForTheSameDraft()
    {
        var response = await factory.CreateClient().PostJson("/api/redact", new { text = Identifying, role = "resident", id = "d1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = VerifiedRedaction.Run(new Draft(Identifying, new AuthorProfile(AuthorRole.Resident)), TestRules.Analyzer);
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CheckJson.LineOptions.Encoder })) RedactionJson.Write(w, "d1", expected);
        Assert.Equal(Encoding.UTF8.GetString(buffer.ToArray()), await response.Content.ReadAsStringAsync());

        var json = await response.Json();
        Assert.True(json.GetProperty("changed").GetBoolean());
        Assert.NotEqual(Identifying, json.GetProperty("text").GetString());
        Assert.NotEmpty(json.GetProperty("changes").EnumerateArray());
        foreach (var change in json.GetProperty("changes").EnumerateArray())
        {
            // Each change points at what it replaced in the original.
            Assert.Equal(change.GetProperty("original").GetString(), Identifying.Substring(change.GetProperty("start").GetInt32(), change.GetProperty("length").GetInt32()));
        }
    }

    [Fact]
    public async Task ABenignDraftComesBackUnchanged()
    {
        var json = await (await factory.CreateClient().PostJson("/api/redact", new { text = "Grateful for my team tonight." })).Json();

        Assert.False(json.GetProperty("changed").GetBoolean());
        Assert.Equal("Grateful for my team tonight.", json.GetProperty("text").GetString());
        Assert.Empty(json.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task BadRequestsAreProblemsThatSayWhat()
    {
        var client = factory.CreateClient();

        var missing = await client.PostJson("/api/redact", new { role = "resident" });
        var badPlatform = await client.PostJson("/api/redact", new { text = "hi", platform = "myspace" });
        var photos = await client.PostJson("/api/redact", new { text = "hi", images = new[] { new { name = "a.jpg", data = "AAAA" } } });
        var form = await client.PostRaw("/api/redact", "text=hi", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("'text' is required", (await missing.Json()).GetProperty("detail").GetString());
        Assert.Contains("Unknown platform 'myspace'", (await badPlatform.Json()).GetProperty("errors").GetProperty("platform")[0].GetString());
        Assert.Contains("/api/check", (await photos.Json()).GetProperty("errors").GetProperty("images")[0].GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }
}
