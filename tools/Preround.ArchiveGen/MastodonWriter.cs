using System.Globalization;

namespace Preround.ArchiveGen;

/// <summary>Mastodon outbox.json (with the real duplicate <c>orderedItems</c> quirk) and actor.json.</summary>
public static class MastodonWriter
{
    private const string Actor = "https://example.social/users/drsynthetic";

    public static GenStats Write(ArchiveOutput output, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
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
                    expected?.Add(new ExpectedPost("repost", p.CreatedAt, ""));
                    w.Write($$"""{"id":"{{status}}/activity","type":"Announce","actor":"{{Actor}}","published":"{{published}}","to":["https://www.w3.org/ns/activitystreams#Public"],"cc":["{{Actor}}/followers"],"object":"https://other.example/users/friend/statuses/{{p.Id + 7}}"}""");
                    continue;
                }
                if (p.Direct) direct++;
                else expected?.Add(new ExpectedPost(p.Kind, p.CreatedAt, p.Text));
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
