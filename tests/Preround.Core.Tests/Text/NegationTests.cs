using Preround.Core.Text;

namespace Preround.Core.Tests.Text;

public sealed class NegationTests
{
    [Theory]
    [InlineData("Never post patient photos online", "patient photos", true)]
    [InlineData("Please don't share patient stories", "patient stories", true)]
    [InlineData("I posted patient photos", "patient photos", false)]
    [InlineData("No, patient photos are everywhere", "patient photos", false)]
    [InlineData("Not today. Patient photos are up", "patient photos", false)]
    public void NegatorsReachOnlyAFewWordsInTheSameClause(string text, string phrase, bool negated)
    {
        var t = TextAnalyzer.Analyze(text);
        Assert.Equal(negated, Negation.IsNegated(t, t.Normalized.IndexOf(phrase, StringComparison.Ordinal)));
    }
}
