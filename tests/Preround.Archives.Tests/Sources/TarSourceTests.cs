using System.Formats.Tar;
using System.IO.Compression;
using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Sources;

public sealed class TarSourceTests
{
    private static string TarGz(TempDir dir, params (string Name, string Content)[] entries)
    {
        var path = dir.Path("archive-20221209.tar.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, content) in entries)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)) };
            tar.WriteEntry(entry);
        }
        return path;
    }

    [Fact]
    public void OlderMastodonTarGz_IsReadInMemory()
    {
        using var dir = new TempDir();
        var outbox = File.ReadAllText(Samples.Path("mastodon", "outbox.json"));
        var path = TarGz(dir, ("outbox.json", outbox), ("actor.json", File.ReadAllText(Samples.Path("mastodon", "actor.json"))), ("media_attachments/a.png", "PNG"));
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(["mastodon"], archive.Formats);
        Assert.Equal(8, posts.Count);
        Assert.Equal("dealingwith", archive.Profiles.Single().Handle);
    }

    [Fact]
    public void TarEntryClimbingOut_IsLeftOut()
    {
        using var dir = new TempDir();
        var path = TarGz(dir, ("../outbox.json", "{}"), ("outbox.json", File.ReadAllText(Samples.Path("mastodon", "outbox.json"))));
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(8, posts.Count);
        Assert.Contains(archive.Notes, n => n.Level == ImportNoteLevel.Error && n.Message.Contains("'..'"));
    }
}
