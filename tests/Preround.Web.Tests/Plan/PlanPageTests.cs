using System.Net;
using System.Text.RegularExpressions;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed partial class PlanPageTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    private static string Day(int days) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd");

    private async Task<long> QueueAsync(string text, string when)
    {
        var response = await app.CreateClient().PostJson("/api/plan/queue", new { text, platform = "bluesky", planned_at = when });
        return (await response.Json()).GetProperty("id").GetInt64();
    }

    /// <summary>A client whose form posts carry the page's antiforgery token (and cookie), as a browser's would.</summary>
    private async Task<(HttpClient Client, string Token)> FormClientAsync(string page)
    {
        var client = app.Web.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync(page);
        return (client, TokenField().Match(html).Groups[1].Value);
    }

    [Theory]
    [InlineData("/plan")]
    [InlineData("/plan?view=week")]
    [InlineData("/plan/queue?show=all")]
    [InlineData("/plan/strategy")]
    [InlineData("/plan/review")]
    [InlineData("/plan/contacts")]
    [InlineData("/")]
    public async Task EveryControlOnThePlanPagesHasALabel(string path)
    {
        await QueueAsync("Label check draft.", Day(2) + " 09:00");
        await app.CreateClient().PostJson("/api/contacts", new { name = "Label Check" });
        var html = await app.CreateClient().GetStringAsync(path);

        var labelled = LabelFor().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        var wrapped = WrappedControl().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match control in Control().Matches(html))
        {
            if (control.Value.Contains("type=\"hidden\"")) continue;
            var id = IdAttr().Match(control.Value);
            Assert.True((id.Success && labelled.Contains(id.Groups[1].Value)) || wrapped.Contains(control.Value) || control.Value.Contains("aria-label"),
                $"unlabelled control on {path}: {control.Value}");
        }
        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task MonthAndWeekViewsPutAPostInItsDayWithItsStateAndSuggestSlots()
    {
        await app.CreateClient().PutAsync("/api/plan/strategy", QueueApiTests.Json(new { goals = new[] { "networking" }, platforms = new[] { "bluesky" }, weekly_target = 3 }));
        var day = DateTime.UtcNow.Date.AddDays(7);
        var id = await QueueAsync("Our frequent flyer is back again tonight.", day.ToString("yyyy-MM-dd") + " 10:15");
        var client = app.CreateClient();

        var month = await client.GetStringAsync($"/plan?view=month&date={day:yyyy-MM-dd}");
        var cell = Cell(month, day);
        Assert.Contains($"href=\"/plan/queue/{id}\"", cell);
        Assert.Contains("chip-held", cell);
        Assert.Contains("10:15", cell);
        Assert.Contains("chip-slot", month);
        Assert.Equal(0, GridCells().Matches(month).Count % 7);
        Assert.InRange(GridCells().Matches(month).Count, 28, 42);

        var week = await client.GetStringAsync($"/plan?view=week&date={day:yyyy-MM-dd}");
        Assert.Equal(7, GridCells().Matches(week).Count);
        Assert.Contains("Our frequent flyer is back again tonight.", Cell(week, day));
        Assert.Contains("id=\"view-week\" aria-current=\"page\"", week);
    }

    [Fact]
    public async Task AHeldDraftShowsWhyAndUntilWhenAndTheReadyFormIsRefusedWithTheReason()
    {
        var id = await QueueAsync("Our frequent flyer is back again tonight.", Day(3) + " 08:00");
        var (client, token) = await FormClientAsync("/plan/queue");
        var queue = await client.GetStringAsync("/plan/queue");
        var row = Regex.Match(queue, $"<tr data-post=\"{id}\" data-state=\"held\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Held until", row);
        Assert.Contains("venting", row);
        Assert.Contains($"disabled aria-describedby=\"hold-{id}\"", row);

        var response = await client.PostAsync($"/plan/queue/{id}/ready", new FormUrlEncodedContent([new("__csrf", token)]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("is held until", page);
        Assert.Contains("role=\"alert\"", page);
        Assert.Equal("queued", (await (await app.CreateClient().GetAsync($"/api/plan/queue/{id}")).Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task FormsWithoutTheAntiforgeryTokenChangeNothing()
    {
        var id = await QueueAsync("Clean draft about hand hygiene.", Day(4) + " 08:00");
        var client = app.Web.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync($"/plan/queue/{id}/drop", new FormUrlEncodedContent([new("x", "y")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("security token", await response.Content.ReadAsStringAsync());
        Assert.Equal("queued", (await (await app.CreateClient().GetAsync($"/api/plan/queue/{id}")).Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task QueueActionsAndEditsGoThroughTheQueueService()
    {
        var id = await QueueAsync("Clean draft about sleep on night shifts.", Day(5) + " 08:00");
        var (client, token) = await FormClientAsync($"/plan/queue/{id}");

        var edit = await client.PostAsync($"/plan/queue/{id}/edit", new FormUrlEncodedContent(
            [new("__csrf", token), new("text", "Our frequent flyer is back."), new("platform", "linkedin"), new("planned_at", Day(6) + "T07:45"), new("note", "")]));
        Assert.Equal(HttpStatusCode.SeeOther, edit.StatusCode);
        var post = await (await app.CreateClient().GetAsync($"/api/plan/queue/{id}")).Json();
        Assert.Equal("linkedin", post.GetProperty("platform").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, post.GetProperty("hold_until").ValueKind);

        var bad = await client.PostAsync($"/plan/queue/{id}/edit", new FormUrlEncodedContent(
            [new("__csrf", token), new("text", "Kept text"), new("platform", "linkedin"), new("planned_at", "someday")]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await bad.Content.ReadAsStringAsync();
        Assert.Contains("not a date and time", page);
        Assert.Contains(">Kept text</textarea>", page);

        var drop = await client.PostAsync($"/plan/queue/{id}/drop", new FormUrlEncodedContent([new("__csrf", token)]));
        Assert.Equal("/plan/queue?note=dropped&id=" + id, drop.Headers.Location?.OriginalString);
        Assert.Equal("dropped", (await (await app.CreateClient().GetAsync($"/api/plan/queue/{id}")).Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheStrategyFormSavesWhatPlanInitWouldAndRefusesABadOne()
    {
        var (client, token) = await FormClientAsync("/plan/strategy");
        var saved = await client.PostAsync("/plan/strategy", new FormUrlEncodedContent(
        [
            new("__csrf", token), new("goal", "patient-education"), new("goal", "advocacy"), new("audience", "public"), new("lane", "vaccines, asthma"),
            new("platform", "mastodon"), new("weekly_target", "2"), new("minutes_per_week", "90"), new("role", "pharmacist"), new("account", "professional"), new("specialty", ""),
        ]));
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var strategy = await (await app.CreateClient().GetAsync("/api/plan/strategy")).Json();
        Assert.Equal(["patient-education", "advocacy"], strategy.GetProperty("goals").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("pharmacist", strategy.GetProperty("role").GetString());
        Assert.Contains("value=\"vaccines, asthma\"", await client.GetStringAsync("/plan/strategy"));

        var refused = await client.PostAsync("/plan/strategy", new FormUrlEncodedContent([new("__csrf", token), new("weekly_target", "0")]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one goal", page);
        Assert.Contains("from 1 to 21", page);
        Assert.Equal(2, (await (await app.CreateClient().GetAsync("/api/plan/strategy")).Json()).GetProperty("weekly_target").GetInt32());
    }

    [Fact]
    public async Task ContactsAreAddedAndInteractionsLoggedFromThePage()
    {
        var (client, token) = await FormClientAsync("/plan/contacts");
        var added = await client.PostAsync("/plan/contacts", new FormUrlEncodedContent(
            [new("__csrf", token), new("name", "Priya N."), new("role", "sponsor"), new("handle", "priya"), new("next_follow_up", "2020-02-02")]));
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var page = await client.GetStringAsync("/plan/contacts");
        Assert.Contains("Priya N.", Regex.Match(page, "<ul class=\"owed\" id=\"owed\">(.*?)</ul>", RegexOptions.Singleline).Value);

        var id = (await (await app.CreateClient().GetAsync("/api/contacts")).Json()).EnumerateArray().First(c => c.GetProperty("name").GetString() == "Priya N.").GetProperty("id").GetInt64();
        var touched = await client.PostAsync($"/plan/contacts/{id}/touch", new FormUrlEncodedContent([new("__csrf", token), new("note", "lunch"), new("step", "shared")]));
        Assert.Equal(HttpStatusCode.SeeOther, touched.StatusCode);
        var contact = await (await app.CreateClient().GetAsync($"/api/contacts/{id}")).Json();
        Assert.True(contact.GetProperty("flow").GetProperty("shared").GetBoolean());
        Assert.False(contact.GetProperty("due").GetBoolean());

        var bad = await client.PostAsync("/plan/contacts", new FormUrlEncodedContent([new("__csrf", token), new("name", ""), new("role", "boss")]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("peer, mentor, sponsor, collaborator", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheReviewFormShowsTheChartsAndActionsInThePage()
    {
        var (client, token) = await FormClientAsync("/plan/review");
        var form = new MultipartFormDataContent { { new StringContent(token), "__csrf" } };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(ReviewApiTests.History()));
        form.Add(file, "history", "history.csv");

        var response = await client.PostAsync("/plan/review", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var report = Regex.Match(page, "<section class=\"card review-report\".*?</section>\\s*</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Original posts per ISO week", report);
        Assert.Contains("Promotional share", report);
        Assert.Contains("Share of replies by account", report);
        Assert.Contains("Next actions", report);
        Assert.Contains("class='bar drop'", report);
        // One h1 per page: the embedded report's title steps down under the page's own heading.
        Assert.Single(Regex.Matches(page, "<h1[ >]"));
        Assert.Matches("<h2>[0-9,]+ posts reviewed</h2>", report);
        Assert.Contains("<h3>Next actions</h3>", report);
        Assert.Empty(Directory.GetFileSystemEntries(app.UploadFolder));
    }

    private static string Cell(string html, DateTime day) =>
        Regex.Match(html, $"<td role=\"gridcell\"[^>]*data-date=\"{day:yyyy-MM-dd}\".*?</td>", RegexOptions.Singleline).Value;

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<td role=\"gridcell\"")]
    private static partial Regex GridCells();

    [GeneratedRegex("<label[^>]*\\bfor=\"([^\"]+)\"")]
    private static partial Regex LabelFor();

    [GeneratedRegex("<label[^>]*>\\s*(<(?:input|select|textarea)\\b[^>]*>)")]
    private static partial Regex WrappedControl();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttr();
}
