using Preround.Archives.Model;
using Preround.Archives.Tests.Support;
using Preround.Archives.Text;

namespace Preround.Archives.Tests.Formats;

public sealed class MetaFormatTests
{
    [Theory]
    [InlineData("tilf\u00c3\u00b8jet", "tilføjet")]
    [InlineData("\u00e2\u0080\u0093", "–")]
    [InlineData("\u00f0\u009f\u0098\u0082", "😂")]
    [InlineData("café", "café")]           // real Latin-1 text is not valid UTF-8 as bytes: kept
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("already ø fine 😂", "already ø fine 😂")]
    public void Mojibake_IsRepairedOnlyWhenItIsMojibake(string input, string expected) => Assert.Equal(expected, Mojibake.Repair(input));

    [Fact]
    public void FacebookSample_PostsAreDatedAndRepaired()
    {
        var (posts, archive) = Import.All(Samples.Path("facebook"));
        using var _ = archive;

        Assert.Equal(["facebook"], archive.Formats);
        Assert.Equal(14, posts.Count);
        Assert.All(posts, p => Assert.Equal(Core.Domain.Platform.Facebook, p.Platform));
        var status = posts.Single(p => p.Text == "fedt med lidt exstra ferie");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1242901624), status.CreatedAt);
        Assert.Contains(posts, p => p.Text.Contains("næsten"));
        Assert.DoesNotContain(posts, p => p.Text.Contains('Ã'));
        Assert.Equal("Sne sne!", posts.Single(p => p.CreatedAt == DateTimeOffset.FromUnixTimeSeconds(1354805114)).Text);
    }

    [Fact]
    public void InstagramSample_SingleAndCarouselCaptionsGpsAndComments()
    {
        var (posts, archive) = Import.All(Samples.Path("instagram"));
        using var _ = archive;

        var single = posts.Single(p => p.SourceFile == "posts_1.2024-layout.json" && p.Text == "Great sem");
        Assert.Equal("EF24-70mm f/2.8L II USM", single.Media.Single().Metadata["lens_model"]);
        Assert.Equal("Un Taxi 🇨🇴", posts.Single(p => p.Id == "posts_1.2024-layout.json#1").Text);
        Assert.Equal(6, posts.Single(p => p.Id == "posts_1.2024-layout.json#1").Media.Count);

        var located = posts.Where(p => p.Location is not null && p.SourceFile == "posts_1.json").ToList();
        Assert.NotEmpty(located);
        Assert.Equal(55.71835, located[0].Location!.Value.Latitude, 4);

        var comments = posts.Where(p => p.Kind == PostKind.Reply).ToList();
        Assert.Equal(5, comments.Count);
        Assert.Contains(comments, c => c.Text == "@dannydonosok what did i tell u about that chedda 🙄" && c.InReplyToAccount == "max_orenstein");
        Assert.Contains(posts, p => p.Text.StartsWith("What did 2017 look like", StringComparison.Ordinal)); // IGTV wrapper item
    }

    [Fact]
    public void InstagramCarousel_TakesTheTopLevelCaptionAndTime()
    {
        var (posts, archive) = Import.All(Samples.Path("instagram", "posts_1.multi-media.json"));
        using var _ = archive;
        var carousel = posts[0];
        Assert.StartsWith("And finally, after a long wait (f… my foot)", carousel.Text);
        Assert.Equal(2, carousel.Media.Count);
    }
}
