using System.Net;
using System.Text;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Core.Serialization;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class CheckApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task RiskyDraftComesBackWithSpansVerdictAndFixes()
    {
        var response = await factory.CreateClient().PostJson("/api/check", new { text = TestRules.RiskyDraft, role = "resident", platform = "bluesky" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Json();
        Assert.Equal("block", json.GetProperty("verdict").GetString());
        Assert.Equal("bluesky", json.GetProperty("platform").GetString());
        Assert.Equal("resident", json.GetProperty("role").GetString());
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var age = findings.Single(f => f.GetProperty("rule").GetString() == "Test.PatientAge");
        var start = age.GetProperty("start").GetInt32();
        var length = age.GetProperty("length").GetInt32();
        Assert.Equal("54yo", TestRules.RiskyDraft.Substring(start, length));
        Assert.Equal("54yo", age.GetProperty("match").GetString());
        Assert.Equal("a patient", age.GetProperty("suggestion").GetString());
        Assert.False(string.IsNullOrEmpty(age.GetProperty("rationale").GetString()));
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "Test.Venting" && f.GetProperty("severity").GetString() == "warn");
    }

    [Fact]
    public async Task AnswerIsByteForByteWhatTheCliWritesForTheSameDraft()
    {
        var response = await factory.CreateClient().PostJson("/api/check", new { text = TestRules.RiskyDraft, role = "nurse", account = "personal", id = "d-1" });
        var body = await response.Content.ReadAsStringAsync();

        var expected = TestRules.Analyzer.Check(new Draft(TestRules.RiskyDraft, new AuthorProfile(AuthorRole.Nurse, null, AccountType.Personal)));
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CheckJson.LineOptions.Encoder })) CheckJson.WriteDetailed(w, "d-1", expected);
        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()), body);
    }

    [Fact]
    public async Task CleanDraftIsOkWithNoFindings()
    {
        var json = await (await factory.CreateClient().PostJson("/api/check", new { text = "Grateful for my team after a long shift." })).Json();
        Assert.Equal("ok", json.GetProperty("verdict").GetString());
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task AuthorRoleIsAcceptedAsInBatchFiles()
    {
        var json = await (await factory.CreateClient().PostJson("/api/check", new { text = "hello", author_role = "pharmacist" })).Json();
        Assert.Equal("pharmacist", json.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("""{"text":"x","platform":"myspace"}""", "platform", "Unknown platform 'myspace'")]
    [InlineData("""{"text":"x","role":"surgeon"}""", "role", "Valid roles:")]
    [InlineData("""{"text":"x","account":"corporate"}""", "account", "professional, personal")]
    [InlineData("""{"text":"x","context":"tweet"}""", "context", "post, comment, review-reply")]
    [InlineData("""{"platform":"x"}""", "text", "'text' is required")]
    public async Task BadFieldsGetProblemJsonNamingTheFieldAndTheValidValues(string body, string field, string expected)
    {
        var response = await factory.CreateClient().PostRaw("/api/check", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("""{"text": "x",""", "Malformed JSON", "line 1")]
    [InlineData("""{"text": "x", "plaform": "x"}""", "Malformed JSON", "unknown property 'plaform'")]
    [InlineData("""{"text": 42}""", "Malformed JSON", "$.text")]
    [InlineData("""null""", "Malformed JSON", "JSON null")]
    [InlineData("""[1,2]""", "Malformed JSON", "line 1")]
    [InlineData("", "Empty body", "no body")]
    public async Task MalformedJsonSaysWhereAndWhat(string body, string title, string detail)
    {
        var response = await factory.CreateClient().PostRaw("/api/check", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task NonJsonBodyIsRefusedWith415()
    {
        var response = await factory.CreateClient().PostRaw("/api/check", "text=hello", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Content-Type: application/json"), body);
    }

    [Fact]
    public async Task DraftOverTheCheckersLimitIsA400ThatSaysHowLong()
    {
        var response = await factory.CreateClient().PostJson("/api/check", new { text = new string('a', Draft.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100,001 characters", (await response.Json()).GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task BodyOverTheSizeLimitIsA413BeforeItIsParsed()
    {
        var response = await factory.CreateClient().PostRaw("/api/check", "{\"text\":\"" + new string('a', 1_100_000) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CrossSiteBrowserCallsAreRefused()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new StringContent("""{"text":"hi"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiPathIsAProblemNot200()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
