using Preround.Core.Domain;
using Preround.Rules.DisparageProfession;
using Preround.Testing;

namespace Preround.Rules.Tests.DisparageProfession;

public sealed class ProfessionSweepingClaimRuleTests
{
    private static readonly ProfessionSweepingClaimRule Rule = new();

    [Theory]
    [InlineData("Our pharmacists can't be thanked enough: they caught three dosing errors this week.")]
    [InlineData("Nurses aren't just order-takers; they are the reason my patients are safe overnight.")]
    [InlineData("NPs can't prescribe schedule II drugs in our state without a collaborating physician.")]
    [InlineData("People who say surgeons don't listen have never worked with ours.")]
    [InlineData("Nurses are just as tired as residents after a 12, so bring coffee for everyone.")]
    [InlineData("A 2022 study found that physicians don't know the cost of most of the tests they order.")]
    [InlineData("Midwives are basically the first line of maternity care in most countries, and the outcomes show it.")]
    public void Valid_PraiseScopeRebuttalOrEvidence(string text) => RuleTester.AssertValid(Rule, text);

    [Fact]
    public void Valid_JokeAboutOwnProfession() =>
        RuleTester.AssertValid(Rule, "Pharmacists are basically caffeine dispensers by 4pm, me included.", AuthorRole.Pharmacist);

    [Theory]
    [InlineData("Every day I fix dosing errors. [|Doctors can't do math|], news at 11.")]
    [InlineData("[|Hospitalists are just expensive discharge|] planners. Prove me wrong.")]
    [InlineData("[|Ortho bros don't know what|] a medication list is.")]
    [InlineData("[|Psych consults are where common sense goes to die|].")]
    [InlineData("[|Dermatology is just pimple popping|] for people with high scores.")]
    [InlineData("Honestly [|prescribers couldn't write a sig|] if their lives depended on it.")]
    public void Invalid_TrivialisedIncompetentOrWorthless(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Fact]
    public void Invalid_OtherProfessionMockedByNurse() =>
        RuleTester.AssertInvalid(Rule, "Honestly, [|physios do nothing but|] walk patients to the door.", AuthorRole.Nurse);
}
