using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Formats;

public sealed class MastodonFormatTests
{
    [Fact]
    public void SampleOutbox_UsesTheFullOrderedItemsAndLeavesOutTheDirectMessage()
    {
        var (posts, archive) = Import.All(Samples.Path("mastodon"));
        using var _ = archive;

        Assert.Equal(8, posts.Count);
        Assert.DoesNotContain(posts, p => p.Visibility == PostVisibility.Direct);
        Assert.Contains(archive.Notes, n => n.Message.Contains("direct messages were left out") && n.Count == 1);
        Assert.Single(posts, p => p.Kind == PostKind.Repost);
        Assert.Equal(3, posts.Count(p => p.Kind == PostKind.Reply));
        Assert.Equal(4, posts.Count(p => p.Kind == PostKind.Original));
        Assert.Single(posts, p => p.Visibility == PostVisibility.Unlisted);
        Assert.Single(posts, p => p.Visibility == PostVisibility.Followers && p.Kind != PostKind.Repost);
    }

    [Fact]
    public void Note_HtmlBecomesTextAndTagsAreKept()
    {
        var (posts, archive) = Import.All(Samples.Path("mastodon", "outbox.json"));
        using var _ = archive;

        var reply = posts.Single(p => p.Id.EndsWith("109309145334822499"));
        Assert.Equal("@mcg 😜", reply.Text);
        Assert.Equal("mcg@social.lol", reply.InReplyToAccount);
        Assert.Equal("https://indieweb.social/@dealingwith/109309145334822499", reply.Url);

        var hashtag = posts.Single(p => p.Text.Contains("#caterday"));
        Assert.Equal("\"#caterday is serious business on Mastodon. Send me a photo of Harley.\"", hashtag.Text);
        Assert.Contains("caterday", hashtag.Hashtags);
        Assert.Equal("photo", hashtag.Media.Single().Type);

        Assert.Equal("Personal website updates...", posts.Single(p => p.ContentWarning == "Personal website updates...").ContentWarning);

        var boost = posts.Single(p => p.Kind == PostKind.Repost);
        Assert.Equal("https://mastodon.social/users/s0mmer/statuses/109440048909776763", boost.RepostOf);
        Assert.Equal("", boost.Text);
    }

    [Fact]
    public void DirectMessages_AreIncludedOnlyWhenAskedFor()
    {
        var (posts, archive) = Import.All(Samples.Path("mastodon"), new ImportOptions { IncludeDirectMessages = true });
        using var _ = archive;
        Assert.Equal(9, posts.Count);
        Assert.Single(posts, p => p.Visibility == PostVisibility.Direct);
    }

    [Fact]
    public void Actor_SummaryHtmlBecomesTheBio()
    {
        using var archive = ArchiveImporter.Open(Samples.Path("mastodon"));
        var profile = archive.Profiles.Single();
        Assert.Equal("dealingwith", profile.Handle);
        Assert.False(string.IsNullOrWhiteSpace(profile.Bio));
        Assert.DoesNotContain("<", profile.Bio);
    }

    [Fact]
    public void TruncatedOutbox_KeepsTheActivitiesBeforeTheCut()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Samples.Path("mastodon", "outbox.json"));
        var cut = text[..text.IndexOf("IANAL", StringComparison.Ordinal)];
        dir.Write("outbox.json", cut);
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;

        Assert.Equal(6, posts.Count);
        var note = Assert.Single(archive.Notes, n => n.Level == ImportNoteLevel.Error);
        Assert.Equal("outbox.json", note.File);
        Assert.StartsWith("line 1, byte ", note.Position);
    }
}
