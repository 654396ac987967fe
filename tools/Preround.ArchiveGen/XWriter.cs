using System.Globalization;

namespace Preround.ArchiveGen;

/// <summary>An X "Download an archive" layout: data/manifest.js, account.js, profile.js, tweets.js, deleted-tweets.js, like.js, direct-messages.js.</summary>
public static class XWriter
{
    private const string AccountId = "4242424242";
    private const string UserName = "DrSyntheticMD";

    /// <summary>Writes <paramref name="count"/> posts; returns how many are public tweets, deleted tweets and direct messages.</summary>
    public static GenStats Write(ArchiveOutput output, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
    {
        var deleted = new List<GenPost>();
        var dms = new List<GenPost>();
        long written = 0;
        using (var w = output.Create("data/tweets.js"))
        {
            w.Write("window.YTD.tweets.part0 = [ ");
            for (long i = 0; i < count; i++)
            {
                var post = factory.Next(i, count);
                if (post.Direct) { dms.Add(post); continue; }
                // NOTE: deleted tweets are still in the archive (deleted-tweets.js) and the audit reports them.
                expected?.Add(new ExpectedPost(post.Kind, post.CreatedAt, post.Text));
                if (i % 97 == 5) { deleted.Add(post); continue; }
                if (written++ > 0) w.Write(", ");
                Tweet(w, post, deletedAt: null);
            }
            w.Write(" ]");
        }
        using (var w = output.Create("data/deleted-tweets.js"))
        {
            w.Write("window.YTD.deleted_tweets.part0 = [ ");
            for (var i = 0; i < deleted.Count; i++)
            {
                if (i > 0) w.Write(", ");
                Tweet(w, deleted[i], deleted[i].CreatedAt.AddDays(3));
            }
            w.Write(" ]");
        }
        using (var w = output.Create("data/direct-messages.js"))
        {
            w.Write("window.YTD.direct_messages.part0 = [ ");
            for (var i = 0; i < dms.Count; i++)
            {
                if (i > 0) w.Write(", ");
                w.Write($$"""
                    {
                      "dmConversation" : {
                        "conversationId" : "{{AccountId}}-77",
                        "messages" : [ { "messageCreate" : { "recipientId" : "77", "text" : {{Json.S("DM-ONLY " + dms[i].Text)}}, "senderId" : "{{AccountId}}", "id" : "{{dms[i].Id}}", "createdAt" : "{{dms[i].CreatedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}}" } } ]
                      }
                    }
                    """);
            }
            w.Write(" ]");
        }
        using (var w = output.Create("data/account.js"))
            w.Write($$"""
                window.YTD.account.part0 = [ {
                  "account" : {
                    "email" : "synthetic@example.com",
                    "createdVia" : "web",
                    "username" : "{{UserName}}",
                    "accountId" : "{{AccountId}}",
                    "createdAt" : "2014-02-03T04:05:06.000Z",
                    "accountDisplayName" : "Dr. Synthetic"
                  }
                } ]
                """);
        using (var w = output.Create("data/profile.js"))
            w.Write("""
                window.YTD.profile.part0 = [
                  {
                    "profile" : {
                      "description" : {
                        "bio" : "MD | Internal medicine resident at Springfield General Hospital. Dog mom, wine lover. Views are my own.",
                        "website" : "https://t.co/synthetic",
                        "location" : "Springfield"
                      },
                      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/synthetic.jpg"
                    }
                  }
                ]
                """);
        using (var w = output.Create("data/like.js"))
            w.Write("""window.YTD.like.part0 = [ { "like" : { "tweetId" : "1", "fullText" : "someone else's words", "expandedUrl" : "https://twitter.com/i/web/status/1" } } ]""");
        using (var w = output.Create("data/manifest.js"))
            w.Write($$"""
                window.__THAR_CONFIG = {
                  "userInfo" : { "accountId" : "{{AccountId}}", "userName" : "{{UserName}}", "displayName" : "Dr. Synthetic" },
                  "archiveInfo" : { "sizeBytes" : "0", "generationDate" : "{{DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}}", "isPartialArchive" : false, "maxPartSizeBytes" : "53687091200" },
                  "dataTypes" : {
                    "tweets" : { "mediaDirectory" : "data/tweets_media", "files" : [ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "{{written}}" } ] },
                    "deletedTweets" : { "files" : [ { "fileName" : "data/deleted-tweets.js", "globalName" : "YTD.deleted_tweets.part0", "count" : "{{deleted.Count}}" } ] },
                    "directMessages" : { "files" : [ { "fileName" : "data/direct-messages.js", "globalName" : "YTD.direct_messages.part0", "count" : "{{dms.Count}}" } ] }
                  }
                }
                """);
        using (var w = output.Create("Your archive.html")) w.Write("<!DOCTYPE html><title>Your archive</title><p>Synthetic archive.</p>");
        return new GenStats(written, deleted.Count, dms.Count);
    }

    private static void Tweet(TextWriter w, GenPost p, DateTimeOffset? deletedAt)
    {
        var id = p.Id.ToString(CultureInfo.InvariantCulture);
        var created = p.CreatedAt.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture);
        var mentions = p.ReplyToUser is not null
            ? $$"""[ { "name" : "Synthetic Friend", "screen_name" : "{{p.ReplyToUser}}", "indices" : [ "0", "{{p.ReplyToUser.Length + 1}}" ], "id_str" : "77", "id" : "77" } ]"""
            : p.Kind == "repost" ? $$"""[ { "name" : "Synthetic Friend", "screen_name" : "{{p.Text[4..p.Text.IndexOf(':')]}}", "indices" : [ "3", "{{p.Text.IndexOf(':')}}" ], "id_str" : "78", "id" : "78" } ]""" : "[ ]";
        var reply = p.Kind == "reply"
            ? $"""
                  "in_reply_to_status_id_str" : "{p.Id - 3}",
                  "in_reply_to_status_id" : "{p.Id - 3}",
                  "in_reply_to_user_id" : "{(p.Self ? AccountId : "77")}",
                  "in_reply_to_user_id_str" : "{(p.Self ? AccountId : "77")}",
                  "in_reply_to_screen_name" : "{(p.Self ? UserName : p.ReplyToUser)}",
              """
            : "";
        var media = p.Media
            ? $$"""
                  "extended_entities" : { "media" : [ { "expanded_url" : "https://twitter.com/{{UserName}}/status/{{id}}/photo/1", "indices" : [ "0", "23" ], "url" : "https://t.co/synthetic", "media_url" : "http://pbs.twimg.com/media/synthetic.jpg", "id_str" : "{{id}}1", "id" : "{{id}}1", "media_url_https" : "https://pbs.twimg.com/media/synthetic.jpg", "sizes" : { "large" : { "w" : "2048", "h" : "1536", "resize" : "fit" } }, "type" : "photo", "display_url" : "pic.twitter.com/synthetic" } ] },
              """
            : "";
        var geo = p.Geo is { } g
            ? string.Create(CultureInfo.InvariantCulture, $$"""
                  "coordinates" : { "type" : "Point", "coordinates" : [ "{{g.Lon}}", "{{g.Lat}}" ] },
                  "geo" : { "type" : "Point", "coordinates" : [ "{{g.Lat}}", "{{g.Lon}}" ] },
              """)
            : "";
        var encoded = Json.S(p.Text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"));
        w.Write($$"""
            {
                "tweet" : {
                  "edit_info" : { "initial" : { "editTweetIds" : [ "{{id}}" ], "editableUntil" : "{{p.CreatedAt.AddHours(1).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}}", "editsRemaining" : "5", "isEditEligible" : true } },
                  "retweeted" : false,
                  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
                  "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : {{mentions}}, "urls" : [ ] },
                  "display_text_range" : [ "0", "{{p.Text.Length}}" ],
                  "favorite_count" : "{{p.Likes}}",
              {{reply}}    "id_str" : "{{id}}",
                  "truncated" : false,
                  "retweet_count" : "{{p.Reposts}}",
                  "id" : "{{id}}",
              {{geo}}{{media}}    "created_at" : "{{created}}",
                  "favorited" : false,
                  "full_text" : {{encoded}},
                  "lang" : "en"{{(deletedAt is { } d ? $",\n      \"deleted_at\" : \"{d.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture)}\"" : "")}}
                }
              }
            """);
    }
}
