using System.Net;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed class StrategyAndContactsApiTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    [Fact]
    public async Task TheStrategyIsSavedInTheCliStoreAndReadBackWithAdvice()
    {
        var client = app.CreateClient();
        var put = await client.PutAsync("/api/plan/strategy", QueueApiTests.Json(new
        {
            goals = new[] { "research", "practice-growth" }, audiences = new[] { "peers", "trainees" }, lane = new[] { "sepsis, antibiotics" },
            platforms = new[] { "x", "bluesky", "linkedin" }, weekly_target = 5, minutes_per_week = 60, role = "attending", account = "professional", specialty = "infectious disease",
        }));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var got = await (await client.GetAsync("/api/plan/strategy")).Json();
        Assert.Equal(["research", "practice-growth"], got.GetProperty("goals").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["sepsis", "antibiotics"], got.GetProperty("lane").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("attending", got.GetProperty("role").GetString());
        var advice = got.GetProperty("advice").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Contains(advice, a => a.Contains("3 platforms"));
        Assert.Contains(advice, a => a.Contains("150 minutes"));

        // The same file the CLI opens holds it.
        var db = Preround.Storage.PlanningDatabase.Open(new(Preround.Storage.StorageProvider.Sqlite, app.DatabasePath, "test"));
        Assert.Equal(5, (await db.Plans.GetStrategyAsync())!.WeeklyTarget);
    }

    [Fact]
    public async Task ABadStrategyIsRefusedFieldByFieldAndTheOldOneKept()
    {
        var client = app.CreateClient();
        var response = await client.PutAsync("/api/plan/strategy", QueueApiTests.Json(new { goals = new[] { "fame" }, platforms = Array.Empty<string>(), weekly_target = 40 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.Contains("patient-education", errors.GetProperty("goals")[0].GetString());
        Assert.Contains("at least one platform", errors.GetProperty("platforms")[0].GetString());
        Assert.Contains("from 1 to 21", errors.GetProperty("weekly_target")[0].GetString());
    }

    [Fact]
    public async Task ContactsAreAddedListedTouchedAndDue()
    {
        var client = app.CreateClient();
        var added = await client.PostJson("/api/contacts", new { name = "Dr. Ana Ruiz", role = "mentor", handle = "@anaruiz", platform = "bluesky", where_met = "IDWeek", next_follow_up = "2020-01-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var contact = await added.Json();
        var id = contact.GetProperty("id").GetInt64();
        Assert.Equal("anaruiz", contact.GetProperty("handle").GetString());
        Assert.True(contact.GetProperty("due").GetBoolean());
        Assert.Equal("shared", contact.GetProperty("next_step").GetString());

        var due = await (await client.GetAsync("/api/contacts/due")).Json();
        Assert.Contains(due.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);

        var touched = await (await client.PostAsync($"/api/contacts/{id}/touch", QueueApiTests.Json(new { note = "coffee at the poster session", step = "shared" }))).Json();
        Assert.True(touched.GetProperty("flow").GetProperty("shared").GetBoolean());
        Assert.Equal("engaged", touched.GetProperty("next_step").GetString());
        Assert.False(touched.GetProperty("due").GetBoolean());
        Assert.InRange(touched.GetProperty("next_follow_up").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromDays(59), TimeSpan.FromDays(60));

        var list = await (await client.GetAsync("/api/contacts")).Json();
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("name").GetString() == "Dr. Ana Ruiz");
    }

    [Fact]
    public async Task BadContactsAreRefusedAndUnknownOnesAreNotFound()
    {
        var client = app.CreateClient();
        var bad = await client.PostJson("/api/contacts", new { name = " ", role = "boss", next_follow_up = "soonish" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Json()).GetProperty("errors");
        Assert.Contains("required", errors.GetProperty("name")[0].GetString());
        Assert.Contains("peer, mentor, sponsor, collaborator", errors.GetProperty("role")[0].GetString());
        Assert.True(errors.TryGetProperty("next_follow_up", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/contacts/424242")).StatusCode);
        var step = await client.PostAsync("/api/contacts/424242/touch", QueueApiTests.Json(new { step = "hugged" }));
        Assert.Equal(HttpStatusCode.BadRequest, step.StatusCode);
    }
}
