using System.Globalization;
using System.Text;

namespace Preround.ArchiveGen;

/// <summary>
/// Facebook (2024 layout) and Instagram "Download your information" JSON, mojibake included: posts, comments (the
/// author's replies), shares on Facebook, and Messenger/Instagram direct messages that the audit must never read.
/// </summary>
public static class MetaWriter
{
    public static GenStats WriteFacebook(ArchiveOutput output, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
    {
        var comments = new StringBuilder("{\"comments_v2\":[\n");
        var messages = new List<GenPost>();
        long written = 0, commentCount = 0;
        using (var w = output.Create("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"))
        {
            w.Write("[\n");
            for (long i = 0; i < count; i++)
            {
                var p = factory.Next(i, count);
                var ts = p.CreatedAt.ToUnixTimeSeconds();
                if (p.Direct) { messages.Add(p); continue; }
                if (p.Kind == "reply")
                {
                    if (commentCount++ > 0) comments.Append(",\n");
                    comments.Append($$$"""  {"timestamp":{{{ts}}},"data":[{"comment":{"timestamp":{{{ts}}},"comment":{{{Json.Mojibake(p.Text)}}},"author":"Dr. Synthetic"}}],"title":{{{Json.Mojibake("Dr. Synthetic replied to Synthetic Friend's comment.")}}}}""");
                    expected?.Add(new ExpectedPost("reply", p.CreatedAt, p.Text));
                    continue;
                }
                if (written++ > 0) w.Write(",\n");
                if (p.Kind == "repost")
                {
                    w.Write($$$"""  {"timestamp":{{{ts}}},"attachments":[{"data":[{"external_context":{"url":"https://example.org/article/{{{p.Id}}}"}}]}],"title":"Dr. Synthetic shared a post."}""");
                    expected?.Add(new ExpectedPost("repost", p.CreatedAt, ""));
                    continue;
                }
                var place = p.Geo is { } g ? (",\"attachments\":[{\"data\":[{\"place\":{\"name\":\"Springfield General Hospital\",\"coordinate\":{\"latitude\":" + (g.Lat).ToString(CultureInfo.InvariantCulture) + ",\"longitude\":" + (g.Lon).ToString(CultureInfo.InvariantCulture) + "}}}]}]") : "";
                w.Write($$$"""  {"timestamp":{{{ts}}},"data":[{"post":{{{Json.Mojibake(p.Text + " ✨")}}}}],"title":{{{Json.Mojibake("Dr. Synthetic updated their status.")}}}{{{place}}}}""");
                expected?.Add(new ExpectedPost("original", p.CreatedAt, p.Text + " ✨"));
            }
            w.Write("\n]");
        }
        using (var w = output.Create("your_facebook_activity/comments_and_reactions/comments.json")) w.Write(comments.Append("\n]}").ToString());
        WriteInbox(output, "your_facebook_activity/messages/inbox/syntheticfriend_1/message_1.json", messages);
        return new GenStats(written + commentCount, 0, messages.Count);
    }

    public static GenStats WriteInstagram(ArchiveOutput output, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
    {
        var comments = new StringBuilder("[\n");
        var messages = new List<GenPost>();
        long written = 0, commentCount = 0;
        using (var w = output.Create("your_instagram_activity/content/posts_1.json"))
        {
            w.Write("[\n");
            for (long i = 0; i < count; i++)
            {
                var p = factory.Next(i, count);
                var ts = p.CreatedAt.ToUnixTimeSeconds();
                if (p.Direct) { messages.Add(p); continue; }
                if (p.Kind == "repost") continue; // Instagram exports have no reposts of others' posts.
                if (p.Kind == "reply")
                {
                    if (commentCount++ > 0) comments.Append(",\n");
                    comments.Append("  {\"media_list_data\":[{\"uri\":\"\"}],\"string_map_data\":{\"Comment\":{\"value\":" + Json.Mojibake(p.Text) + "},\"Media Owner\":{\"value\":\"" + (p.ReplyToUser ?? "dr.synthetic") + "\"},\"Time\":{\"timestamp\":" + ts.ToString(CultureInfo.InvariantCulture) + "}}}");
                    expected?.Add(new ExpectedPost("reply", p.CreatedAt, p.Text));
                    continue;
                }
                if (written++ > 0) w.Write(",\n");
                var exif = p.Geo is { } g
                    ? (",\"media_metadata\":{\"photo_metadata\":{\"exif_data\":[{\"latitude\":" + (g.Lat).ToString(CultureInfo.InvariantCulture) + ",\"longitude\":" + (g.Lon).ToString(CultureInfo.InvariantCulture) + ",\"device_id\":\"SYNTHETIC-DEVICE\",\"date_time_original\":\"2024:05:02 22:47:28\"}]}}")
                    : "";
                w.Write("  {\"media\":[{\"uri\":\"media/posts/" + p.CreatedAt.ToString("yyyyMM", CultureInfo.InvariantCulture) + "/" + (p.Id) + ".jpg\",\"creation_timestamp\":" + (ts) + (exif) + ",\"title\":" + (Json.Mojibake(p.Text + " 🩺")) + ",\"cross_post_source\":{\"source_app\":\"FB\"}}]}");
                expected?.Add(new ExpectedPost("original", p.CreatedAt, p.Text + " 🩺"));
            }
            w.Write("\n]");
        }
        using (var w = output.Create("your_instagram_activity/comments/post_comments_1.json")) w.Write(comments.Append("\n]").ToString());
        WriteInbox(output, "your_instagram_activity/messages/inbox/syntheticfriend_1/message_1.json", messages);
        using (var w = output.Create("personal_information/personal_information/personal_information.json"))
            w.Write("""{"profile_user":[{"media_map_data":{"Profile Photo":{"uri":"media/profile.jpg"}},"string_map_data":{"Username":{"href":"","value":"dr.synthetic","timestamp":0},"Name":{"href":"","value":"Dr. Synthetic","timestamp":0},"Bio":{"href":"","value":"Nurse \u00f0\u009f\u00a9\u00ba | coffee and night shifts","timestamp":0}}}]}""");
        return new GenStats(written + commentCount, 0, messages.Count);
    }

    private static void WriteInbox(ArchiveOutput output, string path, List<GenPost> messages)
    {
        using var w = output.Create(path);
        w.Write("{\"participants\":[{\"name\":\"Synthetic Friend\"},{\"name\":\"Dr. Synthetic\"}],\"messages\":[\n");
        for (var i = 0; i < messages.Count; i++)
        {
            if (i > 0) w.Write(",\n");
            w.Write($$$"""  {"sender_name":"Dr. Synthetic","timestamp_ms":{{{messages[i].CreatedAt.ToUnixTimeMilliseconds()}}},"content":{{{Json.Mojibake("DM-ONLY " + messages[i].Text)}}}}""");
        }
        w.Write("\n],\"title\":\"Synthetic Friend\",\"thread_path\":\"inbox/syntheticfriend_1\"}");
    }
}
