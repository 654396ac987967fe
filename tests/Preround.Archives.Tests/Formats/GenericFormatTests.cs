using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Formats;

public sealed class GenericFormatTests
{
    [Fact]
    public void Csv_WithGuessedColumns_IsRead()
    {
        using var dir = new TempDir();
        var path = dir.Write("posts.csv", "id,date,text,platform\n1,2023-03-01T10:00:00Z,\"Long call, again\",mastodon\n2,1700000000,second,\n");
        var (posts, archive) = Import.All(path, new ImportOptions { Platform = Core.Domain.Platform.LinkedIn });
        using var _ = archive;

        Assert.Equal(["generic"], archive.Formats);
        Assert.Equal(2, posts.Count);
        Assert.Equal("Long call, again", posts[0].Text);
        Assert.Equal(Core.Domain.Platform.Mastodon, posts[0].Platform);
        Assert.Equal(Core.Domain.Platform.LinkedIn, posts[1].Platform);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), posts[1].CreatedAt);
    }

    [Fact]
    public void Csv_WithNamedColumns_UsesThem()
    {
        using var dir = new TempDir();
        var path = dir.Write("export.csv", "when,words,kind\n2022-05-06 07:08:09,hello there,reply\n");
        var (posts, archive) = Import.All(path, new ImportOptions { TextColumn = "words", DateColumn = "when" });
        using var _ = archive;
        var post = Assert.Single(posts);
        Assert.Equal("hello there", post.Text);
        Assert.Equal(PostKind.Reply, post.Kind);
        Assert.Equal(new DateTimeOffset(2022, 5, 6, 7, 8, 9, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public void JsonLines_BadLinesAreSkippedWithTheirLineNumber()
    {
        using var dir = new TempDir();
        var path = dir.Write("posts.jsonl", "{\"text\":\"one\",\"created_at\":\"2024-01-01T00:00:00Z\"}\n{not json\n{\"text\":\"three\",\"created_at\":\"nope\"}\n{\"text\":\"four\",\"created_at\":\"2024-01-04T00:00:00Z\"}\n");
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Equal(["one", "four"], posts.Select(p => p.Text));
        Assert.Contains(archive.Notes, n => n.Position!.StartsWith("line 2") && n.Level == ImportNoteLevel.Skipped);
        Assert.Contains(archive.Notes, n => n.Message.Contains("1 rows had no readable date"));
    }

    [Fact]
    public void CsvWithoutADateColumn_SaysSo()
    {
        using var dir = new TempDir();
        var path = dir.Write("notes.csv", "text,author\nhello,me\n");
        var (posts, archive) = Import.All(path);
        using var _ = archive;
        Assert.Empty(posts);
        Assert.Contains(archive.Notes, n => n.Message.Contains("--date-column"));
    }
}
