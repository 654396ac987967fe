using Preround.Core.Domain;
using Preround.Platforms.Threading;

namespace Preround.Platforms.Tests.Threading;

public sealed class ThreadSplitterTests
{
    private const string Clinical =
        "Dr. Patel asked a good question on rounds today. Why do we still dose vancomycin by trough, e.g. 15-20 mg/L, " +
        "when AUC dosing is the guideline? The answer is mostly habit vs. evidence. At St. Mary's we switched last year. " +
        "Start at 2.5 mg/kg adjustments only with pharmacy. Here is the consensus statement https://www.ashp.org/-/media/assets/policy-guidelines/docs/therapeutic-guidelines/vancomycin-consensus-2020.pdf " +
        "and a summary thread from @IDpharmacist worth reading. #IDtwitter #pharmacy\n\n" +
        "Second, about monitoring: levels drawn too early are the most common error we see, and they lead to dose changes " +
        "that are not needed; ask before you adjust. Third, renal function changes fast in sick patients, so recheck often.";

    [Theory]
    [InlineData(Platform.X)]
    [InlineData(Platform.Bluesky)]
    [InlineData(Platform.Mastodon)]
    public void EveryPart_FitsThePlatformWithItsMarker(Platform platform)
    {
        var text = platform == Platform.Mastodon ? string.Join("\n\n", Enumerable.Repeat(Clinical, 2)) : Clinical;
        var parts = ThreadSplitter.Split(text, platform);
        Assert.True(parts.Count > 1);
        foreach (var p in parts)
        {
            Assert.True(p.Fit.Valid, $"part {p.Number} is {p.Fit.Length}/{p.Fit.Limit}: {p.Text}");
            Assert.EndsWith($" {p.Number}/{parts.Count}", p.Text);
        }
    }

    [Fact]
    public void Split_NeverBreaksAfterAbbreviationsOrInsideUrlsMentionsAndTags()
    {
        var parts = ThreadSplitter.Split(Clinical, Platform.X);
        foreach (var p in parts)
        {
            var body = p.Text[..p.Text.LastIndexOf(' ')];
            Assert.False(body.EndsWith("Dr.") || body.EndsWith("e.g.") || body.EndsWith("vs.") || body.EndsWith("St."), body);
            Assert.False(body.EndsWith("2.") , body);
        }
        Assert.Contains(parts, p => p.Text.Contains("https://www.ashp.org/-/media/assets/policy-guidelines/docs/therapeutic-guidelines/vancomycin-consensus-2020.pdf"));
        Assert.Contains(parts, p => p.Text.Contains("@IDpharmacist"));
        Assert.Contains(parts, p => p.Text.Contains("#IDtwitter"));
        // Nothing is lost or reordered.
        var joined = string.Join(" ", parts.Select(p => p.Text[..p.Text.LastIndexOf(' ')]));
        Assert.Equal(Normalize(Clinical), Normalize(joined));
    }

    [Fact]
    public void Split_PrefersSentenceEndsOverCommas()
    {
        var parts = ThreadSplitter.Split(Clinical, Platform.X);
        var endsAtSentence = parts.Take(parts.Count - 1).Count(p => p.Text[..p.Text.LastIndexOf(' ')].TrimEnd().EndsWith('.') || p.Text[..p.Text.LastIndexOf(' ')].TrimEnd().EndsWith('?'));
        Assert.True(endsAtSentence >= (parts.Count - 1) / 2, string.Join("\n", parts.Select(p => p.Text)));
    }

    [Fact]
    public void Split_RepacksWhenThePartCountGainsADigit()
    {
        var text = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Point {i}: keep notes brief, factual and free of identifiers, always."));
        var parts = ThreadSplitter.Split(text, Platform.X);
        Assert.True(parts.Count >= 10, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.True(p.Fit.Valid, p.Text));
        Assert.EndsWith($" 1/{parts.Count}", parts[0].Text);
    }

    [Fact]
    public void Split_KeepsEmojiSequencesWhole()
    {
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        var text = string.Concat(Enumerable.Repeat(family, 200));
        var parts = ThreadSplitter.Split(text, Platform.X);
        Assert.All(parts, p => Assert.Equal(0, p.Text[..p.Text.LastIndexOf(' ')].Length % family.Length));
        Assert.All(parts, p => Assert.True(p.Fit.Valid));
    }

    [Fact]
    public void ShortDraft_StaysOnePartWithoutNumber()
    {
        var parts = ThreadSplitter.Split("Flu shots are in. Come by the clinic.", Platform.X);
        Assert.Single(parts);
        Assert.Equal("Flu shots are in. Come by the clinic.", parts[0].Text);
    }

    private static string Normalize(string s) => string.Join(" ", s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
