using Preround.Rules.PartisanCombat;
using Preround.Testing;

namespace Preround.Rules.Tests.PartisanCombat;

public sealed class PartisanContemptRuleTests
{
    private static readonly PartisanContemptRule Rule = new();

    [Theory]
    [InlineData("Whatever your party, please vote on Tuesday. Polls open at 7am.")]
    [InlineData("Republican and Democratic senators co-sponsored the insulin cap. Bipartisan wins are possible.")]
    [InlineData("Snowflakes in the forecast! Drive carefully tonight.")]
    [InlineData("Woke up at 4am to the cat screaming.")]
    [InlineData("I disagree with the governor's budget: it cuts rural obstetric funding by 18%. Useless to pretend otherwise, here's the data and the county figures.")]
    [InlineData("Republicans and Democrats both voted for the bill. Clowns at the children's ward party were a hit.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Conservatives are knuckle-dragging cavemen|] who ban books.")]
    [InlineData("[|Woke commies|] ruined medicine.")]
    [InlineData("Republicans [|don't care if your kids die|], they only care about tax cuts.")]
    [InlineData("Every [|MAGA moron|] voted for this.")]
    [InlineData("[|Leftists have turned public health into a religion and the faithful will swallow anything. Brainwashed|] sheep.")]
    [InlineData("[|Libs cried about masks for 2 years and now want to lecture me about bodily autonomy? Spare me, hypocrites|] 🤡")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
