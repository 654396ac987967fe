using Preround.Platforms.Twitter;

namespace Preround.Platforms.Tests.Twitter;

public sealed class TweetLengthTests
{
    [Theory]
    [InlineData("\U0001F426\u200D\U0001F525", "phoenix, Emoji 15.1 ZWJ")]
    [InlineData("\U0001F3F3\uFE0F\u200D\u26A7\uFE0F", "transgender flag")]
    [InlineData("\U0001F9D1\u200D\U0001F9D1\u200D\U0001F9D2", "family: adult, adult, child (15.1)")]
    [InlineData("\U0001F642\u200D\u2194\uFE0F", "head shaking horizontally (15.1)")]
    [InlineData("\U0001FAE9", "face with bags under eyes (16.0)")]
    [InlineData("\U0001F1FA\U0001F1F3", "flag: United Nations")]
    [InlineData("#\uFE0F\u20E3", "keycap number sign")]
    [InlineData("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "flag: Scotland (tag sequence)")]
    [InlineData("\U0001F469\U0001F3FD\u200D\u2695\uFE0F", "woman health worker, medium skin tone")]
    public void EveryEmojiSequence_CountsTwo(string emoji, string name)
    {
        Assert.True(TweetLength.Parse(emoji).WeightedLength == 2, name);
        Assert.Equal(3 + 2 + 2, TweetLength.Parse("ok " + emoji + " x").WeightedLength);
    }

    [Fact]
    public void BareCopyrightSign_CountsOneButItsEmojiFormCountsTwo()
    {
        Assert.Equal(1, TweetLength.Parse("\u00A9").WeightedLength);
        Assert.Equal(2, TweetLength.Parse("\u00A9\uFE0F").WeightedLength);
    }

    [Fact]
    public void Url_CountsTwentyThreeWhateverItsLength()
    {
        var r = TweetLength.Parse("See https://www.nejm.org/doi/full/10.1056/NEJMoa2034577?query=featured_home for details");
        Assert.Equal(4 + 23 + 12, r.WeightedLength);
    }

    [Fact]
    public void CjkCharacters_CountTwoEach()
    {
        Assert.Equal(6, TweetLength.Parse("病院へ").WeightedLength);
    }

    [Fact]
    public void OverLongPost_ReportsLastIndexThatFits()
    {
        var text = new string('a', 300);
        var r = TweetLength.Parse(text);
        Assert.False(r.Valid);
        Assert.Equal(279, r.ValidRangeEnd);
    }
}
