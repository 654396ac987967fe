using System.Net;
using System.Text;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Security;

public sealed class AntiforgeryTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static HttpRequestMessage BrowserPost(string path, string json, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        return request;
    }

    [Theory]
    [InlineData("/api/check")]
    [InlineData("/api/redact")]
    [InlineData("/api/fit")]
    public async Task ABrowserPostWithoutTheTokenIsRefused(string path)
    {
        var response = await factory.CreateClient().SendAsync(BrowserPost(path, """{"text":"hi"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("antiforgery", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABrowserPostWithTheCookieAndHeaderTokenIsServed()
    {
        var client = factory.CreateClient();
        var token = (await (await client.GetAsync("/api/antiforgery")).Json()).GetProperty("token").GetString();

        var response = await client.SendAsync(BrowserPost("/api/check", """{"text":"hi"}""", token));
        var forged = await client.SendAsync(BrowserPost("/api/check", """{"text":"hi"}""", "not-the-token"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task ABrowserUploadWithoutTheTokenIsRefusedBeforeItIsRead()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/audit") { Content = Uploads.Form("archive", "tweets.js", Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs())) };
        request.Headers.Add("Origin", "http://localhost");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ToolsWithoutABrowsersHeadersNeedNoToken()
    {
        var response = await factory.CreateClient().PostJson("/api/check", new { text = "hi" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
