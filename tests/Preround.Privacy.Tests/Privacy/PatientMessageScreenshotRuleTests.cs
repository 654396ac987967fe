using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class PatientMessageScreenshotRuleTests
{
    private static readonly PatientMessageScreenshotRule Rule = new();

    [Theory]
    [InlineData("[|[screenshot: patient portal message from a patient complaining about her weight]|] This is why I drink.")]
    [InlineData("[|A patient just messaged me on MyChart:|] \"is it normal?\" I'm dying.")]
    public void Invalid_PatientMessageShared(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Portal messages are up 40% since 2020; here is how our clinic triages them.")]
    [InlineData("[screenshot: the FDA's public safety notice on the recall]")]
    [InlineData("Never screenshot a patient's message, even to vent.")]
    public void Valid_NoPatientMessage(string text) => RuleTester.AssertValid(Rule, text);
}
