using System.Globalization;

namespace Preround.ArchiveGen;

/// <summary>Mastodon outbox.json (with the real duplicate <c>orderedItems</c> quirk) and actor.json.</summary>
public static class MastodonWriter
{
    private const string Actor = "https://example.social/users/drsynthetic";

    public static GenStats Write(ArchiveOutput output, PostFactory factory, long count)
    {
        long direct = 0;
        using (var w = output.Create("outbox.json"))
        {
            w.Write($$"""{"@context":["https://www.w3.org/ns/activitystreams"],"id":"outbox.json","type":"OrderedCollection","totalItems":{{count}},"orderedItems":[],"orderedItems":[""");
            for (long i = 0; i < count; i++)
            {
                var p = factory.Next(i, count);
                if (i > 0) w.Write(',');
                var published = p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                var status = $"{Actor}/statuses/{p.Id}";
                if (p.Kind == "repost")
                {
                    w.Write($$"""{"id":"{{status}}/activity","type":"Announce","actor":"{{Actor}}","published":"{{published}}","to":["https://www.w3.org/ns/activitystreams#Public"],"cc":["{{Actor}}/followers"],"object":"https://other.example/users/friend/statuses/{{p.Id + 7}}"}""");
                    continue;
                }
                if (p.Direct) direct++;
                var to = p.Direct ? $"[\"https://other.example/users/{p.ReplyToUser ?? "friend"}\"]" : "[\"https://www.w3.org/ns/activitystreams#Public\"]";
                var cc = p.Direct ? "[]" : $"[\"{Actor}/followers\"]";
                var inReply = p.Kind == "reply" ? Json.S(p.Self ? $"{Actor}/statuses/{p.Id - 3}" : $"https://other.example/users/{p.ReplyToUser}/statuses/{p.Id - 3}") : "null";
                var html = "<p>" + System.Net.WebUtility.HtmlEncode(p.Text) + "</p>";
                w.Write("{\"id\":\"" + (status) + "/activity\",\"type\":\"Create\",\"actor\":\"" + (Actor) + "\",\"published\":\"" + (published) + "\",\"to\":" + (to) + ",\"cc\":" + (cc) + ",\"object\":{\"id\":\"" + (status) + "\",\"type\":\"Note\",\"summary\":null,\"inReplyTo\":" + (inReply) + ",\"published\":\"" + (published) + "\",\"url\":\"https://example.social/@drsynthetic/" + (p.Id) + "\",\"attributedTo\":\"" + (Actor) + "\",\"to\":" + (to) + ",\"cc\":" + (cc) + ",\"sensitive\":false,\"content\":" + (Json.S(html)) + ",\"contentMap\":{\"en\":" + (Json.S(html)) + "},\"attachment\":[],\"tag\":[]}}");
            }
            w.Write("]}");
        }
        using (var w = output.Create("actor.json"))
            w.Write("{\"id\":\"" + (Actor) + "\",\"type\":\"Person\",\"preferredUsername\":\"drsynthetic\",\"name\":\"Dr. Synthetic\",\"summary\":\"<p>Pediatrics resident. Teaching, QI and plain-language health.</p>\",\"url\":\"https://example.social/@drsynthetic\",\"attachment\":[{\"type\":\"PropertyValue\",\"name\":\"Pronouns\",\"value\":\"they/them\"}],\"icon\":{\"type\":\"Image\",\"mediaType\":\"image/png\",\"url\":\"avatar.png\"}}");
        return new GenStats(count - direct, 0, direct);
    }
}

/// <summary>LinkedIn Shares.csv (with the per-paragraph quoting quirk) and Comments.csv.</summary>
public static class LinkedInWriter
{
    public static void Write(ArchiveOutput output, PostFactory factory, long count)
    {
        // NOTE: a zip can only have one entry open at a time, so comments are collected first.
        var comments = new System.Text.StringBuilder("Date,Link,Message\n");
        using (var shares = output.Create("Shares.csv"))
        {
        shares.Write("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
        for (long i = 0; i < count; i++)
        {
            var p = factory.Next(i, count);
            var date = p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            if (p.Kind == "reply")
            {
                comments.Append($"{date},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{p.Id},{Csv("Synthetic Friend " + p.Text)}\n");
                continue;
            }
            // Real exports wrap every paragraph of a multi-paragraph post in literal quotes.
            var commentary = $"{p.Text}\"\n\"\"\n\"𝗪𝗵𝘆 𝗶𝘁 𝗺𝗮𝘁𝘁𝗲𝗿𝘀: better care.";
            shares.Write($"{date},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{p.Id},{Csv(commentary)},\"\",\"\",MEMBER_NETWORK\n");
        }
        }
        using var w = output.Create("Comments.csv");
        w.Write(comments.ToString());
    }

    private static string Csv(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}

/// <summary>Facebook (2024 layout) and Instagram "Download your information" JSON, mojibake included.</summary>
public static class MetaWriter
{
    public static void WriteFacebook(ArchiveOutput output, PostFactory factory, long count)
    {
        using var w = output.Create("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json");
        w.Write("[\n");
        for (long i = 0; i < count; i++)
        {
            var p = factory.Next(i, count);
            if (i > 0) w.Write(",\n");
            var ts = p.CreatedAt.ToUnixTimeSeconds();
            var place = p.Geo is { } g ? (",\"attachments\":[{\"data\":[{\"place\":{\"name\":\"Springfield General Hospital\",\"coordinate\":{\"latitude\":" + (g.Lat).ToString(CultureInfo.InvariantCulture) + ",\"longitude\":" + (g.Lon).ToString(CultureInfo.InvariantCulture) + "}}}]}]") : "";
            w.Write($$"""  {"timestamp":{{ts}},"data":[{"post":{{Json.Mojibake(p.Text + " ✨")}}}],"title":{{Json.Mojibake("Dr. Synthetic updated their status.")}}{{place}}}""");
        }
        w.Write("\n]");
    }

    public static void WriteInstagram(ArchiveOutput output, PostFactory factory, long count)
    {
        using (var w = output.Create("your_instagram_activity/content/posts_1.json"))
        {
            w.Write("[\n");
            for (long i = 0; i < count; i++)
            {
                var p = factory.Next(i, count);
                if (i > 0) w.Write(",\n");
                var ts = p.CreatedAt.ToUnixTimeSeconds();
                var exif = p.Geo is { } g
                    ? (",\"media_metadata\":{\"photo_metadata\":{\"exif_data\":[{\"latitude\":" + (g.Lat).ToString(CultureInfo.InvariantCulture) + ",\"longitude\":" + (g.Lon).ToString(CultureInfo.InvariantCulture) + ",\"device_id\":\"SYNTHETIC-DEVICE\",\"date_time_original\":\"2024:05:02 22:47:28\"}]}}")
                    : "";
                w.Write("  {\"media\":[{\"uri\":\"media/posts/" + p.CreatedAt.ToString("yyyyMM", CultureInfo.InvariantCulture) + "/" + (p.Id) + ".jpg\",\"creation_timestamp\":" + (ts) + (exif) + ",\"title\":" + (Json.Mojibake(p.Text + " 🩺")) + ",\"cross_post_source\":{\"source_app\":\"FB\"}}]}");
            }
            w.Write("\n]");
        }
        using (var w = output.Create("personal_information/personal_information/personal_information.json"))
            w.Write("""{"profile_user":[{"media_map_data":{"Profile Photo":{"uri":"media/profile.jpg"}},"string_map_data":{"Username":{"href":"","value":"dr.synthetic","timestamp":0},"Name":{"href":"","value":"Dr. Synthetic","timestamp":0},"Bio":{"href":"","value":"Nurse \u00f0\u009f\u00a9\u00ba | coffee and night shifts","timestamp":0}}}]}""");
    }
}
