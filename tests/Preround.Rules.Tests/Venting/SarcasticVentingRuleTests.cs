using Preround.Rules.Venting;
using Preround.Testing;

namespace Preround.Rules.Tests.Venting;

public sealed class SarcasticVentingRuleTests
{
    private static readonly SarcasticVentingRule Rule = new();

    [Theory]
    [InlineData("Love how our respiratory therapists run the vent teaching for the new interns. Absolute legends.")]
    [InlineData("So glad to finally see the trust funding a second night registrar. Thank you to everyone who pushed.")]
    [InlineData("Why do we even use the term 'frequent flyer'? Let's retire it.")]
    [InlineData("Dear admin: the badge readers lock night staff out of the break room. Ticket #4412 is open.")]
    [InlineData("Nothing says winter like the first bronchiolitis wave. Stock up on suction catheters.")]
    [InlineData("Another resident who stayed late to teach me suturing. This program spoils its students.")]
    [InlineData("Our rota is brutal this month. Raised it with medical staffing and they're reworking it.")]
    [InlineData("Nobody is out of touch here: management finally listened to the nurses' council.")]
    public void Valid_PraiseFixesAndTalkAboutWords(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("[|Love how the trust found money for a new logo but not for a second night reg.|] Priorities.")]
    [InlineData("[|Nothing says 'we value our residents' like the program cancelling the wellness half-day.|] Again.")]
    [InlineData("[|Why do we even bother with incident reports on this ward?|] Nobody reads them.")]
    [InlineData("[|So glad admin scheduled a mandatory resilience seminar at 7am after nights.|]")]
    [InlineData("Our residency 'listening session' was 45 minutes of the PD talking. [|Peak listening.|]")]
    [InlineData("[|Our department is run by people who have never set foot on a shift.|]")]
    [InlineData("[|Another family member who thinks shouting at the desk makes the scanner go faster.|]")]
    [InlineData("[|Imagine being so entitled you demand a private room for a sprained ankle.|] Patients are exhausting.")]
    [InlineData("Someone from quality improvement walked onto the unit with a clipboard. [|Bunch of box-tickers.|]")]
    public void Invalid_SarcasmAtTheWorkplaceOrPatients(string marked) => RuleTester.AssertInvalid(Rule, marked);
}
