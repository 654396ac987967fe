using Preround.Core.Text;

namespace Preround.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void StyledLettersAreFoldedAndMapBackToTheOriginalSpan()
    {
        // Mathematical bold letters are surrogate pairs: two UTF-16 units each.
        var t = TextAnalyzer.Analyze("I am 𝐛𝐨𝐚𝐫𝐝 certified");
        var i = t.Normalized.IndexOf("board", StringComparison.Ordinal);
        Assert.True(i >= 0, t.Normalized);
        var span = t.ToOriginal(i, 5);
        Assert.Equal("𝐛𝐨𝐚𝐫𝐝", t.Original.Substring(span.Start, span.Length));
    }

    [Fact]
    public void CamelCaseHashtagsAreSplitIntoWords()
    {
        var t = TextAnalyzer.Analyze("Love this #NursesOfTikTok and #ICUNurse life");
        Assert.Contains("#nurses of tik tok", t.Normalized);
        Assert.Contains("#icu nurse", t.Normalized);
        var i = t.Normalized.IndexOf("tik tok", StringComparison.Ordinal);
        Assert.Equal("TikTok", t.OriginalText(new(i, 7)));
    }

    [Fact]
    public void LeetspeakIsFoldedOnlyInTheDeobfuscatedTwin()
    {
        var t = TextAnalyzer.Analyze("Bullsh1t staffing, a$$ covered, A1c 7.2, 34yo, covid19");
        Assert.Contains("bullshit", t.Deobfuscated);
        Assert.Contains("ass covered", t.Deobfuscated);
        Assert.Contains("a1c", t.Deobfuscated);
        Assert.Contains("34yo", t.Deobfuscated);
        Assert.Contains("covid19", t.Deobfuscated);
        Assert.Contains("bullsh1t", t.Normalized);
        Assert.Equal(t.Normalized.Length, t.Deobfuscated.Length);
    }

    [Fact]
    public void TypographicQuotesAndInvisibleCharactersAreFolded()
    {
        var t = TextAnalyzer.Analyze("don’t s\u200Bhit");
        Assert.Equal("don't shit", t.Normalized);
        var i = t.Normalized.IndexOf("shit", StringComparison.Ordinal);
        Assert.Equal("s\u200Bhit", t.OriginalText(new(i, 4)));
    }

    [Fact]
    public void SentencesDoNotBreakOnAbbreviationsOrDecimals()
    {
        var t = TextAnalyzer.Analyze("Dr. Chen gave 2.5 mg at St. Mary's vs. placebo. Then we left! New line\nnext");
        Assert.Equal(4, t.Sentences.Count);
        Assert.StartsWith("dr. chen gave 2.5 mg at st. mary's vs. placebo.", t.Normalized.Substring(t.Sentences[0].Start, t.Sentences[0].Length));
    }

    [Fact]
    public void TokensKnowUrlsMentionsHashtagsAndEmoji()
    {
        var t = TextAnalyzer.Analyze("Read https://example.org/a. @DrLee #ad 🩺👩‍⚕️ ok");
        var kinds = t.Tokens.Select(x => x.Kind).ToList();
        Assert.Equal([TokenKind.Word, TokenKind.Url, TokenKind.Punctuation, TokenKind.Mention, TokenKind.Hashtag, TokenKind.Emoji, TokenKind.Emoji, TokenKind.Word], kinds);
        Assert.Equal("https://example.org/a", t.TextOf(t.Tokens[1]));
    }

    [Theory]
    [InlineData("\uD83D x")]          // a high surrogate without its low half (JSON input can carry one)
    [InlineData("\uD83D\uD83D\uDE00")] // two high surrogates, then a low one
    [InlineData("ok \uD83D")]         // a high surrogate at the very end
    [InlineData("\uDE00 ok")]         // a low surrogate alone
    [InlineData("🩺\u200D\uD83D x")]  // a joiner followed by half an emoji
    public void LoneSurrogatesAreTokenisedWithoutThrowing(string text)
    {
        var t = TextAnalyzer.Analyze(text);
        Assert.Equal(text.Length, t.ToOriginal(new Preround.Core.Domain.TextSpan(0, t.Normalized.Length)).End);
    }
}
