using System.IO.Compression;
using System.Text;

namespace Preround.Web.Tests.Support;

/// <summary>Archives made up for the tests, in the real export layouts; every post and person here is invented.</summary>
internal static class SyntheticArchives
{
    /// <summary>Posts of an invented resident: two trip the test rules (one block, one warn), the rest are benign.</summary>
    public static readonly (string Id, string Text, string Date)[] Posts =
    [
        ("1001", "Grateful for a quiet night on the wards and a team that looks out for each other.", "Wed Jan 11 20:07:25 +0000 2023"),
        ("1002", "Our frequent flyer is back again tonight.", "Mon Feb 13 21:10:00 +0000 2023"),
        ("1003", "Reminder to drink water on long shifts. Your kidneys will thank you.", "Fri Mar 17 08:00:00 +0000 2023"),
        ("1004", "54yo with chest pain came in at 3am, what a night.", "Sat Apr 22 03:30:00 +0000 2023"),
        ("1005", "Journal club this week: sleep debt and decision making. Good discussion.", "Tue May 16 18:45:00 +0000 2023"),
    ];

    public static string TweetsJs() =>
        "window.YTD.tweets.part0 = [ " + string.Join(", ", Posts.Select(p => $$"""
            { "tweet" : { "id_str" : "{{p.Id}}", "id" : "{{p.Id}}", "created_at" : "{{p.Date}}", "full_text" : "{{p.Text}}",
              "display_text_range" : [ "0", "{{p.Text.Length}}" ], "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
              "favorite_count" : "1", "retweet_count" : "0", "retweeted" : false, "favorited" : false, "truncated" : false, "lang" : "en" } }
            """)) + " ]";

    /// <summary>An X archive zip (data/tweets.js) in memory.</summary>
    public static byte[] XZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "data/tweets.js", TweetsJs());
            Add(zip, "data/account.js", """
                window.YTD.account.part0 = [ { "account" : { "username" : "DrInventedMD", "accountId" : "4242", "createdAt" : "2015-01-01T00:00:00.000Z", "accountDisplayName" : "Dr. Invented" } } ]
                """);
        }
        return buffer.ToArray();
    }

    /// <summary>A zip whose tweets.js claims to expand over 1,000-fold: how zip bombs look.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("data/tweets.js", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 8; i++) stream.Write(zeros);
        }
        return buffer.ToArray();
    }

    /// <summary>A generic CSV export with text and date columns.</summary>
    public static string Csv() =>
        "text,date\r\n" + string.Concat(Posts.Select(p => $"\"{p.Text}\",2023-0{p.Id[^1]}-15T10:00:00Z\r\n"));

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
