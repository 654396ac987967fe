using System.Net;
using System.Text;
using Preround.Planning.Calendar;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed class CalendarApiTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    private static readonly DateTime NextMonth = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(1);

    private async Task EnsureStrategyAsync(int weekly = 3)
    {
        var put = await app.CreateClient().PutAsync("/api/plan/strategy", QueueApiTests.Json(new
        {
            goals = new[] { "patient-education", "networking" }, audiences = new[] { "patients-40-64" }, lane = new[] { "heart failure", "sleep" },
            platforms = new[] { "bluesky" }, weekly_target = weekly, minutes_per_week = 120, role = "nurse", account = "professional",
        }));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task TheCalendarShowsPostsInRangeAndSuggestsSlotsThatFillTheWeeklyTarget()
    {
        await EnsureStrategyAsync();
        var client = app.CreateClient();
        var inside = NextMonth.AddDays(9).AddHours(7);
        var outside = NextMonth.AddMonths(1).AddDays(3).AddHours(7);
        foreach (var when in new[] { inside, outside })
        {
            var r = await client.PostJson("/api/plan/queue", new { text = "Hydration myths, one at a time.", planned_at = when.ToString("yyyy-MM-dd HH:mm") });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        var from = NextMonth.ToString("yyyy-MM-dd");
        var to = NextMonth.AddMonths(1).ToString("yyyy-MM-dd");
        var calendar = await (await client.GetAsync($"/api/plan/calendar?from={from}&to={to}")).Json();

        Assert.Equal(3, calendar.GetProperty("weekly_target").GetInt32());
        var posts = calendar.GetProperty("posts").EnumerateArray().ToList();
        Assert.Single(posts);
        Assert.Equal("bluesky", posts[0].GetProperty("platform").GetString()); // the strategy's first platform
        var slots = calendar.GetProperty("suggested_slots").EnumerateArray().Select(s => s.GetDateTimeOffset()).ToList();
        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.InRange(s, new DateTimeOffset(NextMonth, TimeSpan.Zero), new DateTimeOffset(NextMonth.AddMonths(1), TimeSpan.Zero)));
        // Every full ISO week of the month gets exactly the target, counting the planned post; no day holds two.
        var planned = posts.Select(p => p.GetProperty("planned_at").GetDateTimeOffset()).Concat(slots).ToList();
        foreach (var week in planned.GroupBy(p => System.Globalization.ISOWeek.GetWeekOfYear(p.UtcDateTime)).Skip(1).SkipLast(1))
        {
            Assert.Equal(3, week.Count());
        }
        Assert.Equal(planned.Count, planned.Select(p => p.Date).Distinct().Count());
    }

    [Fact]
    public async Task SlotsUseTheStrategyTargetOrTheOneGiven()
    {
        await EnsureStrategyAsync();
        var client = app.CreateClient();
        var slots = await (await client.GetAsync("/api/plan/slots?weeks=3&time=07:15&weekly=2")).Json();
        Assert.Equal(2, slots.GetProperty("weekly_target").GetInt32());
        Assert.All(slots.GetProperty("slots").EnumerateArray(), s => Assert.Equal(new TimeSpan(7, 15, 0), s.GetDateTimeOffset().UtcDateTime.TimeOfDay));

        var bad = await client.GetAsync("/api/plan/slots?weeks=99&time=7pm");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Json()).GetProperty("errors");
        Assert.Contains("from 1 to 52", errors.GetProperty("weeks")[0].GetString());
        Assert.Contains("08:30", errors.GetProperty("time")[0].GetString());
    }

    [Fact]
    public async Task ExportsAreICalendarAndCsvAndACsvImportQueuesEveryRowOrNone()
    {
        var client = app.CreateClient();
        var csv = "planned_at,platform,text,note\n2031-02-03 08:30,linkedin,Sleep hygiene for night-shift nurses,from the staff meeting\n2031-02-05 08:30,bluesky,Our frequent flyer again,\n";
        var imported = await client.PostAsync("/api/plan/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var rows = (await imported.Json()).EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, rows[1].GetProperty("hold_until").ValueKind);

        var ics = await client.GetAsync("/api/plan/calendar.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var body = await ics.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", body);
        Assert.Contains("Sleep hygiene for night-shift nurses", body.Replace("\r\n ", ""));
        var hidden = await (await client.GetAsync("/api/plan/calendar.ics?no_text=true")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sleep hygiene", hidden);

        var export = await (await client.GetAsync("/api/plan/calendar.csv")).Content.ReadAsStringAsync();
        Assert.StartsWith(string.Join(",", PlanCsv.ExportColumns), export);
        Assert.Contains("Sleep hygiene for night-shift nurses", export);
    }

    [Fact]
    public async Task ABadCsvRowIsNamedByLineAndColumnAndNothingIsImported()
    {
        var client = app.CreateClient();
        var before = (await (await client.GetAsync("/api/plan/queue?status=all")).Json()).GetArrayLength();
        var csv = "planned_at,platform,text\n2031-03-01 08:30,x,Fine row\nsoon,x,Bad time\n";

        var response = await client.PostAsync("/api/plan/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Json()).GetProperty("errors").GetProperty("csv")[0].GetString();
        Assert.Contains("line 3", message);
        Assert.Contains("planned_at", message);
        Assert.Equal(before, (await (await client.GetAsync("/api/plan/queue?status=all")).Json()).GetArrayLength());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostJson("/api/plan/import", new { csv })).StatusCode);
        var notUtf8 = new ByteArrayContent([0x70, 0x6c, 0xff, 0xfe]);
        notUtf8.Headers.ContentType = new("text/csv");
        Assert.Contains("not UTF-8", (await (await client.PostAsync("/api/plan/import", notUtf8)).Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CalendarRangesAreChecked()
    {
        var client = app.CreateClient();
        var backwards = await client.GetAsync("/api/plan/calendar?from=2031-05-01&to=2031-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("after 'from'", (await backwards.Json()).GetProperty("errors").GetProperty("to")[0].GetString());
        var tooLong = await client.GetAsync("/api/plan/calendar?from=2031-01-01&to=2033-01-01");
        Assert.Contains("366 days", (await tooLong.Json()).GetProperty("errors").GetProperty("to")[0].GetString());
        var garbage = await client.GetAsync("/api/plan/calendar?from=yesterday");
        Assert.Contains("not a date", (await garbage.Json()).GetProperty("errors").GetProperty("from")[0].GetString());
    }
}
