using System.Net;
using System.Text.Json;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed class QueueApiTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    private const string CleanDraft = "Three things I check before every night shift handover.";

    private static string Future(int days = 3, int hour = 9) => DateTime.UtcNow.Date.AddDays(days).AddHours(hour).ToString("yyyy-MM-dd HH:mm");

    private async Task<JsonElement> AddAsync(string text, string when, string platform = "bluesky")
    {
        var response = await app.CreateClient().PostJson("/api/plan/queue", new { text, platform, planned_at = when });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Json();
    }

    [Fact]
    public async Task AQueuedDraftIsCheckedStoredAndListedInTheCliShape()
    {
        var when = Future();
        var post = await AddAsync(CleanDraft, when);
        var id = post.GetProperty("id").GetInt64();

        Assert.Equal(["findings", "hold_reason", "hold_until", "id", "note", "planned_at", "platform", "status", "text", "verdict"],
            post.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("queued", post.GetProperty("status").GetString());
        Assert.Equal("ok", post.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("hold_until").ValueKind);
        Assert.Equal(DateTimeOffset.Parse(when + "Z"), post.GetProperty("planned_at").GetDateTimeOffset());

        var client = app.CreateClient();
        var one = await (await client.GetAsync($"/api/plan/queue/{id}")).Json();
        Assert.Equal(CleanDraft, one.GetProperty("text").GetString());
        var list = await (await client.GetAsync("/api/plan/queue")).Json();
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task AVentingDraftIsHeldAndCannotBeMarkedReadyBeforeItsTime()
    {
        var post = await AddAsync("Our frequent flyer is back again tonight.", Future(1));
        var id = post.GetProperty("id").GetInt64();
        var until = post.GetProperty("hold_until").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromHours(11.9), TimeSpan.FromHours(12));
        Assert.Contains("venting", post.GetProperty("hold_reason").GetString());

        var client = app.CreateClient();
        var ready = await client.PostAsync($"/api/plan/queue/{id}/ready", null);

        Assert.Equal(HttpStatusCode.Conflict, ready.StatusCode);
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        var problem = await ready.Json();
        Assert.Equal("Cooling-off hold", problem.GetProperty("title").GetString());
        Assert.Equal(until, problem.GetProperty("hold_until").GetDateTimeOffset());
        Assert.Contains("held until", problem.GetProperty("detail").GetString());
        Assert.Equal("queued", (await (await client.GetAsync($"/api/plan/queue/{id}")).Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/plan/queue/{id}/done", null)).StatusCode);
    }

    [Fact]
    public async Task RewordingAHeldDraftSoItNoLongerVentsLiftsTheHold()
    {
        var id = (await AddAsync("Our frequent flyer is back again tonight.", Future(2))).GetProperty("id").GetInt64();
        var client = app.CreateClient();

        var edited = await client.PatchAsync($"/api/plan/queue/{id}", Json(new { text = "A returning patient reminded me why continuity matters." }));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await edited.Json()).GetProperty("hold_until").ValueKind);
        var ready = await client.PostAsync($"/api/plan/queue/{id}/ready", null);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", (await ready.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task BlockFindingsMustBeAcceptedBeforeReady()
    {
        var id = (await AddAsync("54yo with chest pain taught me a lot today.", Future(4))).GetProperty("id").GetInt64();
        var client = app.CreateClient();

        var refused = await client.PostAsync($"/api/plan/queue/{id}/ready", Json(new { }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("Test.PatientAge", problem.GetProperty("rules")[0].GetString());
        Assert.Contains("accept_findings", problem.GetProperty("detail").GetString());

        var accepted = await client.PostAsync($"/api/plan/queue/{id}/ready", Json(new { accept_findings = true }));
        Assert.Equal("ready", (await accepted.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DoneDropAndDeleteMoveThePostAndAFinishedPostCannotMoveAgain()
    {
        var client = app.CreateClient();
        var a = (await AddAsync(CleanDraft + " (a)", Future(5))).GetProperty("id").GetInt64();
        var b = (await AddAsync(CleanDraft + " (b)", Future(6))).GetProperty("id").GetInt64();

        var done = await client.PostAsync($"/api/plan/queue/{a}/done", Json(new { posted_at = "2030-01-02 10:00" }));
        Assert.Equal("done", (await done.Json()).GetProperty("status").GetString());
        var deleted = await client.DeleteAsync($"/api/plan/queue/{b}");
        Assert.Equal("dropped", (await deleted.Json()).GetProperty("status").GetString());

        var again = await client.PostAsync($"/api/plan/queue/{b}/drop", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already dropped", (await again.Json()).GetProperty("detail").GetString());
        var open = await (await client.GetAsync("/api/plan/queue")).Json();
        Assert.DoesNotContain(open.EnumerateArray(), p => p.GetProperty("id").GetInt64() is var id && (id == a || id == b));
        var finished = await (await client.GetAsync("/api/plan/queue?status=done,dropped")).Json();
        Assert.Contains(finished.EnumerateArray(), p => p.GetProperty("id").GetInt64() == a);
        Assert.Contains(finished.EnumerateArray(), p => p.GetProperty("id").GetInt64() == b);
    }

    [Theory]
    [InlineData("""{"text":"hi","platform":"bluesky"}""", "planned_at", "is required")]
    [InlineData("""{"text":"hi","platform":"myspace","planned_at":"2030-01-01 09:00"}""", "platform", "Valid platforms")]
    [InlineData("""{"text":"hi","platform":"x","planned_at":"next tuesday"}""", "planned_at", "not a date and time")]
    [InlineData("""{"text":"   ","platform":"x","planned_at":"2030-01-01 09:00"}""", "text", "empty")]
    public async Task BadFieldsAreRefusedWithTheFieldAndWhatIsValid(string body, string field, string says)
    {
        var before = await (await app.CreateClient().GetAsync("/api/plan/queue?status=all")).Json();
        var response = await app.CreateClient().PostRaw("/api/plan/queue", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Contains(says, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        var after = await (await app.CreateClient().GetAsync("/api/plan/queue?status=all")).Json();
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
    }

    [Fact]
    public async Task MalformedJsonUnknownIdsAndBadQueriesGetProblemsThatSayWhere()
    {
        var client = app.CreateClient();
        var malformed = await client.PostRaw("/api/plan/queue", "{\"text\": \"hi\",\n \"plannedAt\": 3}");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("line 2", (await malformed.Json()).GetProperty("detail").GetString());

        var missing = await client.GetAsync("/api/plan/queue/987654");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no planned post 987654", (await missing.Json()).GetProperty("detail").GetString());

        var status = await client.GetAsync("/api/plan/queue?status=pending");
        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Contains("queued, ready, done, dropped", (await status.Json()).GetProperty("errors").GetProperty("status")[0].GetString());

        var nothing = await client.PatchAsync("/api/plan/queue/1", Json(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);

        var text = await client.PostAsync("/api/plan/queue", new StringContent("text=hi", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    internal static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
