using Preround.ArchiveGen;
using Preround.ArchiveGen.Bluesky;
using Preround.Archives.Formats.Bluesky;
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
    [InlineData("x", "x.zip", 3)]
    [InlineData("mastodon", "mastodon", 3)]
    [InlineData("bluesky", "repo.car", 3)]
    [InlineData("bluesky", "bluesky.zip", 3)]
    [InlineData("linkedin", "linkedin.zip", 3)]
    [InlineData("facebook", "facebook.zip", 3)]
    [InlineData("instagram", "instagram.zip", 2)]
    public void EveryGeneratedPost_IsCountedDatedAndAttributed(string platform, string name, int kinds)
    {
        using var dir = new TempDir();
        var path = dir.Path(name);
        var expected = new List<ExpectedPost>();
        var stats = Generate(platform, path, 1500, expected);

        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(expected.Count, posts.Count);
        Assert.Equal(stats.Posts + stats.Deleted, posts.Count);
        Assert.True(stats.Direct > 0, "the generator should have written direct messages to leave out");
        Assert.DoesNotContain(posts, p => p.Text.Contains("DM-ONLY"));
        Assert.Equal(kinds, posts.Select(p => p.Kind).Distinct().Count());

        // Same multiset of (kind, exact time): every post counted once, dated to the tick and told apart by kind.
        static string Key(string kind, DateTimeOffset at) => $"{kind}|{at.UtcTicks}";
        Assert.Equal(expected.Select(e => Key(e.Kind, e.CreatedAt)).Order(StringComparer.Ordinal),
                     posts.Select(p => Key(KindName(p.Kind), p.CreatedAt)).Order(StringComparer.Ordinal));
        Assert.All(posts, p => Assert.Equal(TimeSpan.Zero, p.CreatedAt.Offset));

        // Where a (kind, time) pair is unique, the words must be the ones written (escaping, mojibake and quoting undone).
        var byKey = posts.GroupBy(p => Key(KindName(p.Kind), p.CreatedAt)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var compared = 0;
        foreach (var e in expected)
        {
            if (!byKey.TryGetValue(Key(e.Kind, e.CreatedAt), out var post)) continue;
            compared++;
            Assert.Contains(e.Text, post.Text);
            if (e.Mention is not null) Assert.Contains(e.Mention, post.Mentions);
        }
        Assert.True(compared > expected.Count * 0.9, $"only {compared} of {expected.Count} posts had a unique time");
    }

    private static GenStats Generate(string platform, string path, int count, List<ExpectedPost> expected)
    {
        if (path.EndsWith(".car", StringComparison.Ordinal))
        {
            using var car = new FileStream(path, FileMode.CreateNew);
            return BlueskyWriter.Write(car, Factory(), count, expected);
        }
        using var output = new ArchiveOutput(path);
        switch (platform)
        {
            case "x": return XWriter.Write(output, Factory(), count, expected);
            case "mastodon": return MastodonWriter.Write(output, Factory(), count, expected);
            case "linkedin": return LinkedInWriter.Write(output, Factory(), count, expected);
            case "facebook": return MetaWriter.WriteFacebook(output, Factory(), count, expected);
            case "instagram": return MetaWriter.WriteInstagram(output, Factory(), count, expected);
            default:
                using (var car = output.CreateBinary("repo.car")) return BlueskyWriter.Write(car, Factory(), count, expected);
        }
    }

    private static string KindName(PostKind kind) => kind switch
    {
        PostKind.Original => "original",
        PostKind.Reply => "reply",
        PostKind.Repost => "repost",
        _ => kind.ToString(),
    };

    [Fact]
    public void BlueskyRepository_EveryBlockMatchesItsCidAndTheTreeFollowsTheKeyHashes()
    {
        using var dir = new TempDir();
        var path = dir.Path("repo.car");
        using (var stream = new FileStream(path, FileMode.CreateNew)) BlueskyWriter.Write(stream, Factory(), 3000);

        var car = CarFile.Read(File.ReadAllBytes(path));
        Assert.Null(car.Truncation);
        Assert.Empty(car.Rejected);
        var commit = Assert.IsType<Dictionary<string, object?>>(car.Decode(car.Roots[0]));
        Assert.Equal(BlueskyWriter.Did, commit["did"]);
        Assert.Equal(3L, commit["version"]);
        var records = Mst.Walk(car, (Cid)commit["data"]!, (c, why) => Assert.Fail($"{c}: {why}")).ToList();
        Assert.Equal(records.Select(r => r.Key).Order(StringComparer.Ordinal), records.Select(r => r.Key));
        Assert.Contains(records, r => r.Key == "app.bsky.actor.profile/self");

        // Independently of the generator: every key sits in a node of its own layer, children one layer down.
        var root = (Dictionary<string, object?>)car.Decode((Cid)commit["data"]!)!;
        var rootLayer = records.Max(r => Layer(r.Key));
        var seen = 0;
        CheckNode(car, root, rootLayer, ref seen);
        Assert.Equal(records.Count, seen);
        Assert.True(rootLayer >= 3, $"3,000+ keys should give a tree at least 4 layers deep, got root layer {rootLayer}");
    }

    private static void CheckNode(CarFile car, Dictionary<string, object?> node, int layer, ref int seen)
    {
        Assert.True(layer >= 0);
        if (node["l"] is Cid left) CheckNode(car, (Dictionary<string, object?>)car.Decode(left)!, layer - 1, ref seen);
        var previous = "";
        foreach (Dictionary<string, object?> entry in (List<object?>)node["e"]!)
        {
            var key = previous[..(int)(long)entry["p"]!] + System.Text.Encoding.UTF8.GetString((byte[])entry["k"]!);
            Assert.Equal(layer, Layer(key));
            previous = key;
            seen++;
            if (entry["t"] is Cid right) CheckNode(car, (Dictionary<string, object?>)car.Decode(right)!, layer - 1, ref seen);
        }
    }

    private static int Layer(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        var bits = 0;
        foreach (var b in hash)
        {
            var zeros = b == 0 ? 8 : System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            bits += zeros;
            if (zeros < 8) break;
        }
        return bits / 2;
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
        Assert.True(posts.Count > 400);
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
