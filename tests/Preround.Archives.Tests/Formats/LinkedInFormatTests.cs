using Preround.Archives.Formats.LinkedIn;
using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Formats;

public sealed class LinkedInFormatTests
{
    [Fact]
    public void SampleShares_UndoTheParagraphQuotingAndFoldStyledLetters()
    {
        var (posts, archive) = Import.All(Samples.Path("linkedin"));
        using var _ = archive;

        var shares = posts.Where(p => p.Kind != PostKind.Reply).ToList();
        Assert.Equal(5, shares.Count);
        Assert.Equal(3, posts.Count(p => p.Kind == PostKind.Reply));
        var first = shares.Single(p => p.Id == "urn:li:share:7345821826846990338");
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 14, 33, 22, TimeSpan.Zero), first.CreatedAt);
        Assert.StartsWith("I'm off for a 10-day Vipassana meditation program.\n\nWHAT? A 10-day", first.Text);
        Assert.EndsWith("But I won't be replying.", first.Text);
        Assert.DoesNotContain("\"", first.Text);
        Assert.Equal(PostVisibility.Followers, first.Visibility);
        Assert.Equal("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338", first.Url);
    }

    [Fact]
    public void Clean_KeepsQuotesThatAreTheAuthors()
    {
        Assert.Equal("He said \"hi\" today", LinkedInFormat.Clean("He said \"hi\" today"));
        Assert.Equal("patient", LinkedInFormat.Clean("𝗽𝗮𝘁𝗶𝗲𝗻𝘁"));
        Assert.Equal("one\n\ntwo", LinkedInFormat.Clean("one\"\n\"\"\n\"two"));
    }

    [Fact]
    public void UnterminatedQuote_ReportsTheLineAndKeepsEarlierRows()
    {
        using var dir = new TempDir();
        dir.Write("Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" +
                                "2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,\"Hello world\",\"\",\"\",PUBLIC\n" +
                                "2024-01-03 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,\"Never closed,\"\",\"\",PUBLIC\n");
        var (posts, archive) = Import.All(dir.Root);
        using var _ = archive;
        Assert.Equal("Hello world", Assert.Single(posts).Text);
        var note = Assert.Single(archive.Notes, n => n.Level == ImportNoteLevel.Error);
        Assert.Equal("line 3", note.Position);
    }
}
