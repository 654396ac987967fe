using System.IO.Compression;
using System.Security.Cryptography;
using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Sources;

public sealed class ZipSourceTests
{
    private static string Zip(TempDir dir, string name, params (string Entry, byte[] Content)[] entries)
    {
        var path = dir.Path(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var s = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            s.Write(content);
        }
        return path;
    }

    private static byte[] Utf8(string s) => System.Text.Encoding.UTF8.GetBytes(s);

    [Fact]
    public void XArchiveZip_WithATopFolder_IsReadInPlaceWithoutExtracting()
    {
        using var dir = new TempDir();
        var path = Zip(dir, "twitter-2024.zip",
            ("twitter-2024/data/account.js", Utf8(Synthetic.AccountJs)),
            ("twitter-2024/data/tweets.js", Utf8(Synthetic.TweetsJs(Synthetic.Tweet("1", "one"), Synthetic.Tweet("2", "two")))));
        var before = SHA256.HashData(File.ReadAllBytes(path));
        var listing = Directory.GetFileSystemEntries(dir.Root, "*", SearchOption.AllDirectories).Order().ToArray();

        var (posts, archive) = Import.All(path);
        archive.Dispose();

        Assert.Equal(["1", "2"], posts.Select(p => p.Id));
        Assert.Equal("twitter-2024/data/tweets.js", posts[0].SourceFile);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(listing, Directory.GetFileSystemEntries(dir.Root, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Theory]
    [InlineData("../../evil/tweets.js", "'..'")]
    [InlineData("/etc/tweets.js", "absolute")]
    [InlineData("C:/Windows/tweets.js", "absolute")]
    public void UnsafeEntryPaths_AreLeftOutWithANote(string entry, string reason)
    {
        using var dir = new TempDir();
        var path = Zip(dir, "export.zip",
            (entry, Utf8(Synthetic.TweetsJs(Synthetic.Tweet("666", "evil")))),
            ("data/tweets.js", Utf8(Synthetic.TweetsJs(Synthetic.Tweet("1", "fine")))));
        var (posts, archive) = Import.All(path);
        using var _ = archive;

        Assert.Equal(["1"], posts.Select(p => p.Id));
        var note = Assert.Single(archive.Notes, n => n.Level == ImportNoteLevel.Error);
        Assert.Contains(entry, note.Position);
        Assert.Contains(reason, note.Message);
    }

    [Fact]
    public void EntryWithABombRatio_IsRefused()
    {
        using var dir = new TempDir();
        var bomb = new byte[20 * 1024 * 1024]; // 20 MiB of zeros deflates about 1000:1
        var path = Zip(dir, "export.zip",
            ("data/tweets.js", Utf8(Synthetic.TweetsJs(Synthetic.Tweet("1", "fine")))),
            ("data/tweets-part1.js", bomb));
        var (posts, archive) = Import.All(path);
        using var _ = archive;

        Assert.Equal(["1"], posts.Select(p => p.Id));
        Assert.Contains(archive.Notes, n => n.Position == "entry 'data/tweets-part1.js'" && n.Message.Contains("zip bomb"));
    }

    [Fact]
    public void ZipLargerThanTheTotalCap_IsRefusedAsAWhole()
    {
        using var dir = new TempDir();
        var path = Zip(dir, "export.zip",
            ("data/tweets.js", Utf8(Synthetic.TweetsJs(Synthetic.Tweet("1", "fine")))),
            ("data/tweets_media/1.jpg", RandomNumberGenerator.GetBytes(64 * 1024)));
        var ex = Assert.Throws<ArchiveException>(() => ArchiveImporter.Open(path, new ImportOptions { MaxTotalUncompressedBytes = 32 * 1024 }));
        Assert.Contains("export.zip", ex.Message);
        Assert.Contains("zip bomb", ex.Message);
    }

    [Fact]
    public void CorruptZip_NamesTheFile()
    {
        using var dir = new TempDir();
        var good = Zip(dir, "good.zip", ("data/tweets.js", Utf8(Synthetic.TweetsJs(Synthetic.Tweet("1", "fine")))));
        var bytes = File.ReadAllBytes(good);
        var bad = dir.Write("broken.zip", bytes[..(bytes.Length / 2)]);
        var ex = Assert.Throws<ArchiveException>(() => ArchiveImporter.Open(bad));
        Assert.Contains("broken.zip", ex.Message);
        Assert.Contains("not a readable zip", ex.Message);
    }

    [Fact]
    public void UnknownLayout_ListsWhatWasFoundAndWhatIsExpected()
    {
        using var dir = new TempDir();
        var path = Zip(dir, "photos.zip", ("holiday/beach.jpg", [0xFF, 0xD8, 0xFF]), ("readme.txt", Utf8("hello")));
        var ex = Assert.Throws<ArchiveException>(() => ArchiveImporter.Open(path));
        Assert.Contains("holiday/beach.jpg", ex.Message);
        Assert.Contains("outbox.json", ex.Message);
    }

    [Fact]
    public void MissingPath_SaysSo()
    {
        var ex = Assert.Throws<ArchiveException>(() => ArchiveImporter.Open("/nonexistent/archive.zip"));
        Assert.Contains("no such file", ex.Message);
    }

    [Fact]
    public void FolderOfSeveralExports_ReadsEveryPlatform()
    {
        using var archive = ArchiveImporter.Open(Samples.Root);
        Assert.Equal(["x", "mastodon", "bluesky", "facebook", "instagram", "linkedin"], archive.Formats);
        var posts = archive.Posts.ToList();
        Assert.Equal(6, posts.Select(p => p.Platform).Distinct().Count());
        Assert.Throws<InvalidOperationException>(() => archive.Posts.ToList());
    }
}
