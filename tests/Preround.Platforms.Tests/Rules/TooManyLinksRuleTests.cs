using Preround.Core.Domain;
using Preround.Platforms.Rules;
using Preround.Testing;

namespace Preround.Platforms.Tests.Rules;

public sealed class TooManyLinksRuleTests
{
    private static readonly TooManyLinksRule Rule = new();

    [Theory]
    [InlineData("Reading list: a.org b.org c.org d.org e.org", Platform.Threads)]
    [InlineData("Reading list: a.org b.org c.org d.org e.org f.org g.org", Platform.X)]
    public void Valid_WithinTheLinkCapOrNoCap(string text, Platform platform) => RuleTester.AssertValid(Rule, text, platform: platform);

    [Theory]
    [InlineData("Reading list: a.org b.org c.org d.org e.org [|https://f.org/x g.org|]", Platform.Threads)]
    public void Invalid_FlagsTheLinksPastTheCap(string marked, Platform platform) =>
        RuleTester.AssertInvalid(Rule, marked, platform: platform);
}
