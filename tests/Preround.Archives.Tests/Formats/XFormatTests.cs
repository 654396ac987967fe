using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Formats;

public sealed class XFormatTests
{
    [Fact]
    public void SampleArchive_IsImportedWithEveryTweetClassified()
    {
        var (posts, archive) = Import.All(Samples.Path("x"));
        using var _ = archive;

        Assert.Equal(["x"], archive.Formats);
        Assert.Equal(11, posts.Count); // 10 tweets + 1 deleted tweet
        Assert.Single(posts, p => p.Kind == PostKind.Repost);
        Assert.Equal(4, posts.Count(p => p.Kind == PostKind.Reply));
        Assert.Equal(6, posts.Count(p => p.Kind == PostKind.Original));
        Assert.Single(posts, p => p.IsDeleted);
    }

    [Fact]
    public void Tweet_FieldsAreReadFromStringsAndHtmlIsUnescaped()
    {
        var (posts, archive) = Import.All(Samples.Path("x", "tweets.js"));
        using var _ = archive;

        var reply = posts.Single(p => p.Id == "1582825767519809536");
        Assert.Equal(new DateTimeOffset(2022, 10, 19, 20, 7, 25, TimeSpan.Zero), reply.CreatedAt);
        Assert.Equal(PostKind.Reply, reply.Kind);
        Assert.Equal("sharon000", reply.InReplyToAccount);
        Assert.Equal("1582702502297755653", reply.InReplyToId);
        Assert.Equal(["sharon000", "lorenzwalthert", "krlmlr"], reply.Mentions);
        Assert.Equal(1, reply.LikeCount);
        Assert.Equal("https://x.com/i/web/status/1582825767519809536", reply.Url);

        var escaped = posts.Single(p => p.Id == "1241521531345178626");
        Assert.Contains(" > cleanchat", escaped.Text);
        Assert.DoesNotContain("&gt;", escaped.Text);

        var retweet = posts.Single(p => p.Id == "1477817865344479233");
        Assert.Equal(PostKind.Repost, retweet.Kind);
        Assert.Equal("szpak", retweet.RepostOf);

        var geotagged = posts.Single(p => p.Id == "500745738054541312");
        Assert.NotNull(geotagged.Location);
        Assert.Equal(45.52848497, geotagged.Location!.Value.Latitude, 6);
        Assert.Equal(-122.57943241, geotagged.Location.Value.Longitude, 6);

        Assert.Equal("video", posts.Single(p => p.Id == "1533261720847716352").Media.Single().Type);
        Assert.Equal("photo", posts.Single(p => p.Id == "1552679756239441920").Media.Single().Type);
        Assert.Contains("/status/", posts.Single(p => p.Id == "1477881173091123200").QuotedUrl);
    }

    [Fact]
    public void DeletedTweet_KeepsItsDeletionDate()
    {
        var (posts, archive) = Import.All(Samples.Path("x", "deleted-tweets.js"));
        using var _ = archive;
        var deleted = Assert.Single(posts);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 16, 43, 7, TimeSpan.Zero), deleted.DeletedAt);
    }

    [Fact]
    public void SelfReply_IsRecognisedFromTheAccountId()
    {
        using var dir = new TempDir();
        dir.Write("data/account.js", Synthetic.AccountJs);
        dir.Write("data/tweets.js", Synthetic.TweetsJs(
            Synthetic.Tweet("10", "Thread about night float 1/2"),
            Synthetic.Tweet("11", "2/2 sleep matters", replyToId: "10", replyToUser: "4242", replyToName: "DrExampleMD"),
            Synthetic.Tweet("12", "@someone agreed", replyToId: "9", replyToUser: "77", replyToName: "someone")));
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;

        Assert.True(posts.Single(p => p.Id == "11").IsSelfReply);
        Assert.False(posts.Single(p => p.Id == "12").IsSelfReply);
        Assert.Equal("DrExampleMD", archive.Profiles.Single().Handle);
    }

    [Fact]
    public void DirectMessages_AreNeverRead()
    {
        using var dir = new TempDir();
        dir.Write("data/tweets.js", Synthetic.TweetsJs(Synthetic.Tweet("1", "public words")));
        dir.Write("data/direct-messages.js", """
            window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "1-2", "messages" : [
              { "messageCreate" : { "text" : "PRIVATE-DM-TEXT", "createdAt" : "2022-10-19T20:07:25.000Z", "id" : "99" } } ] } } ]
            """);
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;

        Assert.Equal(["1"], posts.Select(p => p.Id));
        Assert.DoesNotContain(posts, p => p.Text.Contains("PRIVATE-DM-TEXT"));
        Assert.Contains(archive.Notes, n => n.File.EndsWith("direct-messages.js") && n.Level == ImportNoteLevel.Info);
    }

    [Fact]
    public void OlderArchive_WithUnwrappedItemsInTweetJs_IsRead()
    {
        using var dir = new TempDir();
        dir.Write("data/tweet.js", """
            window.YTD.tweet.part0 = [ { "id_str" : "5", "full_text" : "old style", "created_at" : "Sat Aug 16 20:47:42 +0000 2014", "retweet_count" : "0", "favorite_count" : "2" } ]
            """);
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;
        var post = Assert.Single(posts);
        Assert.Equal("old style", post.Text);
        Assert.Equal(2, post.LikeCount);
    }

    [Fact]
    public void TruncatedTweetsJs_KeepsTheTweetsBeforeTheCutAndSaysWhere()
    {
        using var dir = new TempDir();
        var full = Synthetic.TweetsJs(Synthetic.Tweet("1", "first"), Synthetic.Tweet("2", "second"), Synthetic.Tweet("3", "third"));
        var cut = full[..(full.IndexOf("\"third\"", StringComparison.Ordinal) - 20)];
        dir.Write("data/tweets.js", cut);
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;

        Assert.Equal(["1", "2"], posts.Select(p => p.Id));
        var note = Assert.Single(archive.Notes, n => n.Level == ImportNoteLevel.Error);
        Assert.Equal("data/tweets.js", note.File);
        Assert.StartsWith("line ", note.Position);
        Assert.Contains("2 items", note.Message);
    }

    [Fact]
    public void JsFileWithoutTheYtdAssignment_IsNotRecognisedAsX()
    {
        using var dir = new TempDir();
        var path = dir.Write("tweets.js", "alert('not an archive')");
        var ex = Assert.Throws<ArchiveException>(() => ArchiveImporter.Open(path));
        Assert.Contains("tweets.js", ex.Message);
    }

    [Fact]
    public void Profile_BioIsHtmlDecodedAndAvatarNoted()
    {
        using var dir = new TempDir();
        dir.Write("data/profile.js", Synthetic.ProfileJs);
        dir.Write("data/tweets.js", Synthetic.TweetsJs());
        using var archive = ArchiveImporter.Open(dir.Root);
        var profile = archive.Profiles.Single();
        Assert.Equal("Internal medicine resident & coffee person. Views are my own.", profile.Bio);
        Assert.True(profile.HasAvatar);
        Assert.Equal("Springfield", profile.Location);
    }
}
