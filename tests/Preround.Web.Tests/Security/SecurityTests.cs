using System.Net;
using System.Text;
using Preround.Core.Domain;
using Preround.Web.Hosting;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Security;

public sealed class SecurityTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/rules")]
    [InlineData("/assets/app.css")]
    public async Task EveryResponseCarriesASelfOnlyContentSecurityPolicy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task AnswersThatMayHoldADraftAreNeverCached()
    {
        var response = await factory.CreateClient().PostJson("/api/check", new { text = "hello" });

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task OnLoopbackAForeignHostNameIsRefused()
    {
        // A page on another site can point its own name at 127.0.0.1 (DNS rebinding); such requests must not be answered.
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void ListeningOffLoopbackWithoutATokenIsRefused(string host)
    {
        var e = Assert.Throws<WebSetupException>(() => PreroundApp.CreateHostBuilder(new WebOptions { Host = host }));
        Assert.Contains("--token", e.Message);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("::1")]
    [InlineData("[::1]")]
    [InlineData("localhost")]
    public void LoopbackNeedsNoToken(string host) => Assert.NotNull(PreroundApp.CreateHostBuilder(new WebOptions { Host = host }));

    [Fact]
    public void OffLoopbackWithALongEnoughTokenIsAllowed() =>
        Assert.NotNull(PreroundApp.CreateHostBuilder(new WebOptions { Host = "0.0.0.0", AccessToken = "0123456789abcdef0123" }));

    [Fact]
    public void AShortTokenIsRefused() =>
        Assert.Contains("16 characters", Assert.Throws<WebSetupException>(() => PreroundApp.CreateHostBuilder(new WebOptions { AccessToken = "secret" })).Message);

    [Fact]
    public async Task DraftTextNeverReachesTheLogsEvenAtTraceLevel()
    {
        const string marker = "Zqxjv-unique-patient-marker";
        var client = factory.CreateClient();
        await client.PostJson("/api/check", new { text = $"{marker} 54yo frequent flyer" });
        await client.PostRaw("/api/check", "{\"text\": \"" + marker + "\", \"bogus\": 1}");
        await client.PostRaw("/api/check", "{\"text\": \"" + marker);
        await client.PostRaw("/api/check", "text=" + marker, "text/plain");
        await client.PostJson("/api/thread", new { text = string.Join(" ", Enumerable.Repeat(marker, 40)), platform = "x" });
        await client.PostJson("/api/check", new { text = marker + new string('a', Draft.MaxLength) });

        Assert.NotEmpty(factory.Logs);
        var leaks = factory.Logs.Where(line => line.Contains(marker, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}

public sealed class AccessTokenTests : IDisposable
{
    private const string Token = "tok-0123456789abcdef";
    private readonly WebAppFactory _factory = new() { Options = new WebOptions { Analyzer = TestRules.Analyzer, AccessToken = Token } };

    [Fact]
    public async Task ApiWithoutTheTokenIs401ProblemJson()
    {
        var response = await _factory.CreateClient().PostJson("/api/check", new { text = "hi" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiWithTheBearerTokenAnswers()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);

        Assert.Equal(HttpStatusCode.OK, (await client.PostJson("/api/check", new { text = "hi" })).StatusCode);
    }

    [Fact]
    public async Task WrongBearerTokenIsRefused()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJson("/api/check", new { text = "hi" })).StatusCode);
    }

    [Fact]
    public async Task BrowserOpeningTheTokenLinkGetsACookieAndACleanAddress()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var first = await client.GetAsync("/?token=" + Token);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location!.OriginalString);
        var cookie = first.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token, cookie);

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Compose", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageWithoutTheTokenAsksForIt()
    {
        var response = await _factory.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Access token required", html);
        Assert.Contains("<label for=\"token\">", html);
    }

    public void Dispose() => _factory.Dispose();
}
