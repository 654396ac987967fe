using System.Net;
using System.Text;
using System.Text.Json;
using Preround.Web.Audit;
using Preround.Web.Hosting;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class AuditApiTests : IDisposable
{
    private readonly string _uploads = Directory.CreateTempSubdirectory("preround-web-tests-").FullName;

    private WebAppFactory Factory(AuditLimits? limits = null, long maxUpload = 64L << 20, Preround.Core.Engine.Analyzer? analyzer = null, TimeProvider? clock = null) => new()
    {
        Options = new WebOptions
        {
            Analyzer = analyzer ?? TestRules.Analyzer,
            MaxUploadBytes = maxUpload,
            Audit = (limits ?? new AuditLimits()) with { UploadFolder = _uploads },
        },
        Clock = clock,
    };

    public void Dispose() => Directory.Delete(_uploads, recursive: true);

    [Fact]
    public async Task AnXZipIsAuditedInTheBackgroundWithProgressAndAReportInEveryFormat()
    {
        using var factory = Factory();
        var client = factory.CreateClient();

        var response = await client.Upload("twitter-archive.zip", SyntheticArchives.XZip(), ("role", "resident"));

        await response.HasStatus(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.OriginalString;
        var started = await response.Json();
        Assert.Equal($"/api/audit/{started.GetProperty("id").GetString()}", location);
        Assert.Equal("twitter-archive.zip", started.GetProperty("file").GetString());
        Assert.Equal("resident", started.GetProperty("role").GetString());

        var done = await client.WaitForEnd(location);
        Assert.Equal("done", done.GetProperty("state").GetString());
        var progress = done.GetProperty("progress");
        Assert.Equal(SyntheticArchives.Posts.Length, progress.GetProperty("total").GetInt32());
        Assert.Equal(SyntheticArchives.Posts.Length, progress.GetProperty("checked").GetInt32());
        var result = done.GetProperty("result");
        Assert.Equal(SyntheticArchives.Posts.Length, result.GetProperty("total_posts").GetInt32());
        Assert.Equal(2, result.GetProperty("flagged_posts").GetInt32());
        Assert.Equal(1, result.GetProperty("block_posts").GetInt32());
        Assert.Equal("x", result.GetProperty("formats")[0].GetString());
        // The upload is deleted before the job says it is done.
        Assert.Empty(Directory.EnumerateFileSystemEntries(_uploads));

        var html = await client.GetAsync(done.GetProperty("links").GetProperty("html").GetString());
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<svg", page);
        Assert.Contains("twitter-archive.zip", page);
        Assert.DoesNotContain(_uploads, page);
        Assert.Contains("frame-ancestors 'self'", html.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("script-src", html.Headers.GetValues("Content-Security-Policy").Single());

        var json = await (await client.GetAsync(location + "/report.json")).Json();
        Assert.Equal(SyntheticArchives.Posts.Length, json.GetProperty("posts").GetArrayLength());
        var risky = json.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "1004");
        Assert.Equal("block", risky.GetProperty("verdict").GetString());
        Assert.Equal("twitter-archive.zip", json.GetProperty("summary").GetProperty("source").GetString());

        var csv = await client.GetAsync(location + "/report.csv?download=true");
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("preround-audit-twitter-archive.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SyntheticArchives.Posts.Length + 1, lines.Length);
    }

    [Fact]
    public async Task OneExportedFileIsAuditedToo()
    {
        using var factory = Factory();
        var client = factory.CreateClient();

        var response = await client.Upload("posts.csv", Encoding.UTF8.GetBytes(SyntheticArchives.Csv()), ("platform", "linkedin"));

        await response.HasStatus(HttpStatusCode.Accepted);
        var done = await client.WaitForEnd(response.Headers.Location!.OriginalString);
        Assert.Equal("done", done.GetProperty("state").GetString());
        Assert.Equal(SyntheticArchives.Posts.Length, done.GetProperty("result").GetProperty("total_posts").GetInt32());
        Assert.Equal("generic", done.GetProperty("result").GetProperty("formats")[0].GetString());
    }

    [Fact]
    public async Task AFileNoImporterKnowsIsA422ThatNamesItAndNotThisMachinesPaths()
    {
        using var factory = Factory();

        var response = await factory.CreateClient().Upload("notes.txt", Encoding.UTF8.GetBytes("just some notes\nnothing here"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Json()).GetProperty("detail").GetString()!;
        Assert.StartsWith("notes.txt", detail);
        Assert.Contains("no archive layout recognised", detail);
        Assert.DoesNotContain(_uploads, detail);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_uploads));
    }

    [Fact]
    public async Task AZipBombIsRefusedWithTheImportersReason()
    {
        using var factory = Factory();

        var response = await factory.CreateClient().Upload("archive.zip", SyntheticArchives.ZipBomb());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Json()).GetProperty("detail").GetString()!;
        Assert.Contains("zip bomb", detail);
        Assert.Contains("data/tweets.js", detail);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_uploads));
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsA413AndNothingIsKept()
    {
        using var factory = Factory(maxUpload: 64 * 1024);

        var response = await factory.CreateClient().Upload("archive.zip", new byte[200 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("65,536", (await response.Json()).GetProperty("detail").GetString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_uploads));
    }

    [Fact]
    public async Task JsonInsteadOfAnUploadIsA415()
    {
        using var factory = Factory();

        var response = await factory.CreateClient().PostJson("/api/audit", new { archive = "tweets.js" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("multipart/form-data", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BadFieldsAndMissingFilesAre400sThatSayWhich()
    {
        using var factory = Factory();
        var client = factory.CreateClient();

        var badRole = await client.Upload("tweets.js", Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs()), ("role", "surgeon-general"));
        var noFile = await client.PostAsync("/api/audit", new MultipartFormDataContent { { new StringContent("resident"), "role" } });
        var empty = await client.Upload("tweets.js", []);
        var cut = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"a.zip\"\r\n\r\nPK");
        cut.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        var truncated = await client.PostAsync("/api/audit", cut);

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("Unknown role 'surgeon-general'", (await badRole.Json()).GetProperty("errors").GetProperty("role")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("'archive'", (await noFile.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("tweets.js is empty", (await empty.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal("application/problem+json", truncated.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_uploads));
    }

    [Fact]
    public async Task ARunningAuditHasNoReportYetCanBeCanceledAndIsThenForgotten()
    {
        var (analyzer, gate) = GateRule.Closed();
        using var factory = Factory(analyzer: analyzer);
        var client = factory.CreateClient();
        var location = (await client.Upload("tweets.js", Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs()))).Headers.Location!.OriginalString;

        var report = await client.GetAsync(location + "/report.html");
        var status = await (await client.GetAsync(location)).Json();
        var canceled = await client.DeleteAsync(location);
        gate.Open();
        var after = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.Conflict, report.StatusCode);
        Assert.Contains("still running", (await report.Json()).GetProperty("detail").GetString());
        Assert.Contains(status.GetProperty("state").GetString(), new[] { "reading", "checking" });
        Assert.Equal(HttpStatusCode.NoContent, canceled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains("kept in memory only", (await after.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MoreAuditsThanAllowedAtOnceGet429WithRetryAfter()
    {
        var (analyzer, gate) = GateRule.Closed();
        using var factory = Factory(new AuditLimits { MaxConcurrent = 1 }, analyzer: analyzer);
        var client = factory.CreateClient();
        var tweets = Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs());

        var first = await client.Upload("tweets.js", tweets);
        var second = await client.Upload("tweets.js", tweets);
        gate.Open();
        await client.WaitForEnd(first.Headers.Location!.OriginalString);
        var third = await client.Upload("tweets.js", tweets);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal("10", second.Headers.GetValues("Retry-After").Single());
        Assert.Contains("already running", (await second.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Accepted, third.StatusCode);
    }

    [Fact]
    public async Task AFinishedAuditIsForgottenOnceItsLifetimePasses()
    {
        var clock = new ManualClock();
        using var factory = Factory(new AuditLimits { ResultLifetime = TimeSpan.FromMinutes(30) }, clock: clock);
        var client = factory.CreateClient();
        var location = (await client.Upload("tweets.js", Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs()))).Headers.Location!.OriginalString;
        await client.WaitForEnd(location);

        clock.Advance(TimeSpan.FromMinutes(29));
        var kept = await client.GetAsync(location + "/report.csv");
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await client.GetAsync(location + "/report.csv");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task UnknownAuditsAndReportFormatsAre404Problems()
    {
        using var factory = Factory();
        var client = factory.CreateClient();
        var location = (await client.Upload("tweets.js", Encoding.UTF8.GetBytes(SyntheticArchives.TweetsJs()))).Headers.Location!.OriginalString;
        await client.WaitForEnd(location);

        var unknown = await client.GetAsync("/api/audit/0123456789abcdef");
        var pdf = await client.GetAsync(location + "/report.pdf");
        var forgetUnknown = await client.DeleteAsync("/api/audit/0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Contains("html, json or csv", (await pdf.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, forgetUnknown.StatusCode);
    }
}
