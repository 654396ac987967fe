using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class KnownPersonAsPatientRuleTests
{
    private static readonly KnownPersonAsPatientRule Rule = new();

    [Theory]
    [InlineData("Just found out [|the patient I've had all week is my daughter's softball coach|]. Small world.")]
    [InlineData("Awkward: [|my neighbor came in|] with a kidney stone at 3am.")]
    [InlineData("Ok I admit I [|peeked at her chart out of curiosity|], she's famous after all.")]
    public void Invalid_AcquaintanceOrSnooping(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("My neighbor asked me about flu shots at the block party.")]
    [InlineData("Never look up a chart you have no care reason to open.")]
    [InlineData("Checked her labs before rounds and they looked great.")]
    public void Valid_NoDisclosure(string text) => RuleTester.AssertValid(Rule, text);
}
