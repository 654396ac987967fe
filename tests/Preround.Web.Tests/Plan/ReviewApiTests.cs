using System.Globalization;
using System.Net;
using System.Text;
using Preround.Planning.Review;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Plan;

public sealed class ReviewApiTests(PlanAppFactory app) : IClassFixture<PlanAppFactory>
{
    /// <summary>
    /// A known history: four posts a week for twelve weeks, then one a month; ten of the posts are the same
    /// promotion, and every reply goes to one of three accounts.
    /// </summary>
    internal static string History()
    {
        var b = new StringBuilder("id,created_at,text,kind,in_reply_to\n");
        var start = new DateTime(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);
        var n = 0;
        for (var week = 0; week < 12; week++)
        {
            for (var i = 0; i < 4; i++)
            {
                var text = n % 4 == 0 && n < 40
                    ? "Book your consultation at our new clinic today, link in bio!"
                    : $"Note {n} on sepsis recognition: lactate, capillary refill and mental status, case {n * 7 % 13}.";
                b.Append(CultureInfo.InvariantCulture, $"p{n},{start.AddDays(week * 7 + i * 2):yyyy-MM-ddTHH:mm:ssZ},\"{text}\",original,\n");
                n++;
            }
            b.Append(CultureInfo.InvariantCulture, $"r{week},{start.AddDays(week * 7 + 1):yyyy-MM-ddTHH:mm:ssZ},\"@{(week % 3 == 0 ? "celebdoc" : week % 3 == 1 ? "famousmd" : "bigjournal")} agreed\",reply,{(week % 3 == 0 ? "celebdoc" : week % 3 == 1 ? "famousmd" : "bigjournal")}\n");
        }
        for (var month = 0; month < 4; month++)
        {
            b.Append(CultureInfo.InvariantCulture, $"m{month},{start.AddDays(84 + month * 30):yyyy-MM-ddTHH:mm:ssZ},\"Monthly reflection {month} on antibiotic stewardship.\",original,\n");
        }
        return b.ToString();
    }

    private static MultipartFormDataContent Upload(string content, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "history", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Fact]
    public async Task AnUploadedHistoryComesBackAsTheCliReviewJsonAndTheUploadIsDeleted()
    {
        var history = History();
        var response = await app.CreateClient().PostAsync("/api/plan/review", Upload(history, "history.csv", ("as_of", "2025-08-01 00:00")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();

        // Byte for byte what `plan review --format json` computes for the same file (no strategy, queue or contacts here).
        var path = Path.Combine(app.Folder, "expected.csv");
        await File.WriteAllTextAsync(path, history);
        var (posts, _) = ArchiveHistory.Load(path);
        var expected = ReviewAnalyzer.Analyze(new ReviewInput { History = posts, AsOf = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero), TimeZone = TimeZoneInfo.Utc });
        using var ms = new MemoryStream();
        ReviewJsonWriter.Write(expected, ms, indented: false);
        Assert.Equal(Encoding.UTF8.GetString(ms.ToArray()), body);

        using var json = System.Text.Json.JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("weekly_counts")[0].GetProperty("posts").GetInt32());
        Assert.Contains(root.GetProperty("near_duplicate_groups").EnumerateArray(), g => g.GetArrayLength() == 10);
        Assert.InRange(root.GetProperty("promotional_share").GetDouble(), 0.18, 0.22);
        Assert.Equal(3, root.GetProperty("reply_targets").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("actions").EnumerateArray());
        Assert.Empty(Directory.GetFileSystemEntries(app.UploadFolder));
    }

    [Fact]
    public async Task BadUploadsSayWhatIsWrongAndLeaveNothingBehind()
    {
        var client = app.CreateClient();

        var json = await client.PostAsync("/api/plan/review", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Contains("'history'", (await Api.Http.Json(json)).GetProperty("detail").GetString());

        var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var missing = await client.PostAsync("/api/plan/review", noFile);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await Api.Http.Json(missing)).GetProperty("errors").TryGetProperty("history", out _));

        var corrupt = new MultipartFormDataContent();
        corrupt.Add(new ByteArrayContent([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "history", "x-archive.zip");
        var broken = await client.PostAsync("/api/plan/review", corrupt);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var brokenProblem = await Api.Http.Json(broken);
        Assert.Equal("The history could not be read", brokenProblem.GetProperty("title").GetString());
        Assert.Contains("x-archive.zip", brokenProblem.GetProperty("detail").GetString());
        Assert.DoesNotContain(app.UploadFolder, brokenProblem.GetProperty("detail").GetString());

        var format = await client.PostAsync("/api/plan/review", Upload(History(), "h.csv", ("archive_format", "friendster")));
        Assert.Contains("generic", (await Api.Http.Json(format)).GetProperty("errors").GetProperty("archive_format")[0].GetString());
        Assert.Empty(Directory.GetFileSystemEntries(app.UploadFolder));
    }
}
