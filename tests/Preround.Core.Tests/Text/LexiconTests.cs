using Preround.Core.Text;

namespace Preround.Core.Tests.Text;

public sealed class LexiconTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TermsMatchWholeWordsWithWildcardsAndFlexibleSpacing(bool nonBacktracking)
    {
        var regex = Lexicon.Compile(["nurs*", "board certified", "#ad"], nonBacktracking);
        var text = "nursing and board-certified #ad but not #adventure or unursed";
        var found = Lexicon.Spans(regex, text).Select(s => text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(["nursing", "board-certified", "#ad"], found);
    }
}
