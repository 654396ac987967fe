using Preround.ArchiveGen;
using Preround.Archives.Model;
using Preround.Archives.Tests.Support;
using Preround.Core.Domain;

namespace Preround.Archives.Tests;

/// <summary>The synthetic archive generator and the importers must agree: every written post read back, DMs left out.</summary>
public sealed class GeneratedArchiveTests
{
    private static PostFactory Factory() => new(7, new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero), 3);

    [Theory]
    [InlineData("x.zip")]
    [InlineData("x-folder")]
    public void XArchive_EveryTweetIsReadBackAndDirectMessagesAreNot(string name)
    {
        using var dir = new TempDir();
        var path = dir.Path(name);
        GenStats stats;
        using (var output = new ArchiveOutput(path)) stats = XWriter.Write(output, Factory(), 2000);

        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.True(stats.Direct > 0 && stats.Deleted > 0);
        Assert.Equal(stats.Posts + stats.Deleted, posts.Count);
        Assert.Equal(stats.Deleted, posts.Count(p => p.IsDeleted));
        Assert.DoesNotContain(posts, p => p.Text.Contains("DM-ONLY"));
        Assert.Contains(posts, p => p.IsSelfReply);
        Assert.All(posts, p => Assert.InRange(p.CreatedAt, new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(3, posts.Select(p => p.Kind).Distinct().Count());
        Assert.Equal("DrSyntheticMD", archive.Profiles.Single().Handle);
    }

    [Fact]
    public void MastodonArchive_KeepsEveryPublicPostAndLeavesOutDirectMessages()
    {
        using var dir = new TempDir();
        var path = dir.Path("mastodon.zip");
        GenStats stats;
        using (var output = new ArchiveOutput(path)) stats = MastodonWriter.Write(output, Factory(), 1000);
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(stats.Posts, posts.Count);
        Assert.Contains(archive.Notes, n => n.Count == stats.Direct && n.Message.Contains("direct messages"));
    }

    [Theory]
    [InlineData("linkedin", Platform.LinkedIn)]
    [InlineData("facebook", Platform.Facebook)]
    [InlineData("instagram", Platform.Instagram)]
    public void MetaAndLinkedInArchives_ReadBackEveryPostWithRepairedText(string platform, Platform expected)
    {
        using var dir = new TempDir();
        var path = dir.Path(platform + ".zip");
        using (var output = new ArchiveOutput(path))
        {
            switch (platform)
            {
                case "linkedin": LinkedInWriter.Write(output, Factory(), 500); break;
                case "facebook": MetaWriter.WriteFacebook(output, Factory(), 500); break;
                default: MetaWriter.WriteInstagram(output, Factory(), 500); break;
            }
        }
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(500, posts.Count);
        Assert.All(posts, p => Assert.Equal(expected, p.Platform));
        Assert.DoesNotContain(posts, p => p.Text.Contains('Ã') || p.Text.Contains('ð') || p.Text.Contains('"'));
        if (platform == "linkedin") Assert.Contains(posts, p => p.Text.Contains("Why it matters"));
        if (platform == "instagram") Assert.Contains(posts, p => p.Media.Any(m => m.Location is not null));
    }

    [Fact]
    public void Generator_NeverWritesOverAnExistingPath()
    {
        using var dir = new TempDir();
        var existing = dir.Write("taken.zip", "keep me");
        Assert.Throws<IOException>(() => new ArchiveOutput(existing));
        Assert.Equal("keep me", File.ReadAllText(existing));
    }
}
