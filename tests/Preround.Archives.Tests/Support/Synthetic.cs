namespace Preround.Archives.Tests.Support;

/// <summary>Synthetic export files in the exact layouts of the samples; every person and post here is invented.</summary>
internal static class Synthetic
{
    public static string Tweet(string id, string text, string createdAt = "Wed Oct 19 20:07:25 +0000 2022", string? replyToId = null, string? replyToUser = null, string? replyToName = null) =>
        $$"""
        {
          "tweet" : {
            "retweeted" : false,
            "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
            "display_text_range" : [ "0", "{{text.Length}}" ],
            "favorite_count" : "3",
            {{(replyToId is null ? "" : $"\"in_reply_to_status_id_str\" : \"{replyToId}\", \"in_reply_to_user_id_str\" : \"{replyToUser}\", \"in_reply_to_screen_name\" : \"{replyToName}\",")}}
            "id_str" : "{{id}}",
            "truncated" : false,
            "retweet_count" : "1",
            "id" : "{{id}}",
            "created_at" : "{{createdAt}}",
            "favorited" : false,
            "full_text" : "{{text}}",
            "lang" : "en"
          }
        }
        """;

    public static string TweetsJs(params string[] tweets) => "window.YTD.tweets.part0 = [ " + string.Join(", ", tweets) + " ]";

    public const string AccountJs = """
        window.YTD.account.part0 = [ {
          "account" : {
            "email" : "dr.example@example.com",
            "createdVia" : "web",
            "username" : "DrExampleMD",
            "accountId" : "4242",
            "createdAt" : "2015-01-01T00:00:00.000Z",
            "accountDisplayName" : "Dr. Example"
          }
        } ]
        """;

    public const string ProfileJs = """
        window.YTD.profile.part0 = [
          {
            "profile" : {
              "description" : {
                "bio" : "Internal medicine resident &amp; coffee person. Views are my own.",
                "website" : "",
                "location" : "Springfield"
              },
              "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/abc.jpg"
            }
          }
        ]
        """;
}
