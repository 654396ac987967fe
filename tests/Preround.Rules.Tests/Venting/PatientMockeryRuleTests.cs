using Preround.Rules.Venting;
using Preround.Testing;

namespace Preround.Rules.Tests.Venting;

public sealed class PatientMockeryRuleTests
{
    private static readonly PatientMockeryRule Rule = new();

    [Theory]
    [InlineData("We stopped calling patients frequent flyers on our unit.")]
    [InlineData("Frequent flyer miles finally paid off: heading to SHM in Orlando.")]
    [InlineData("Love when a family brings donuts for the night shift.")]
    [InlineData("Patients miss follow-ups for real reasons: bus routes, childcare, shift work.")]
    [InlineData("Stupid mistake of the day (mine): I wrote the wrong date on every label.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("Our favorite [|frequent flyer|] is back for the 9th time this month.")]
    [InlineData("The [|sheer stupidity|] I dealt with today from people who cannot read a medication label is unreal.")]
    [InlineData("Monday mood: a [|400-pound guy|] insisting the bed is too small lmao")]
    [InlineData("Triage tonight was 80% [|drug seekers|].")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
