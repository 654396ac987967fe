using Preround.Core.Domain;
using Preround.Rules.Profanity;
using Preround.Testing;

namespace Preround.Rules.Tests.Profanity;

public sealed class ProfanityRuleTests
{
    private static readonly ProfanityRule Rule = new();

    [Theory]
    [InlineData("Dang, what a shift, but every one of our patients went home safe.")]
    [InlineData("New AF guidelines: DOACs over warfarin for nonvalvular AF.")]
    [InlineData("Our unit has a swear jar and night shift funds it.")]
    [InlineData("Shiitake mushroom allergy is rare but real.")]
    [InlineData("Assessing pain in nonverbal patients: use PAINAD.")]
    [InlineData("Needle prick injuries are underreported.")]
    [InlineData("Our Dick Van Dyke karaoke night was a hit.")]
    [InlineData("**Key point**: wash your hands.")]
    [InlineData("A1c of 7.2 in a 34yo with covid19 history")]
    [InlineData("Heck of a night, crap coffee, hell of a team.")]
    [InlineData("damn printer jammed again, third time today.")]
    [InlineData("New AF on tele, started a drip.")]
    [InlineData("H1N1 and B12 levels, e.g. in the 4am labs; Q&A at 2pm with @sam_rn!!!")]
    [InlineData("*** Section two *** the A.B.C. approach, then s o a p notes.")]
    [InlineData("Finger-prick glucose, then a 5h fast and a1c at 0800.")]
    [InlineData("Pricked my finger on the suture needle, a prick test for my own tetanus status I guess.")]
    [InlineData("Got a needle prick during the line placement, reported it to occupational health.")]
    [InlineData("Hot dog stand outside the hospital is back and the shift is saved.")]
    public void Valid_LooksRiskyButIsFine(string text) => RuleTester.AssertValid(Rule, text);

    [Theory]
    [InlineData("If admin sends one more email I swear I will lose my [|shit|].")]
    [InlineData("[|Bullsh1t|] staffing on 4 East again.")]
    [InlineData("Boards in 3 weeks and I'm [|f***ing|] terrified.")]
    [InlineData("This shift was absolute [|sh*t|].")]
    [InlineData("Post-call and tired [|af|]")]
    [InlineData("Whoever stocked the Pyxis: [|WTF|].")]
    [InlineData("Every [|f🤬cking|] time I sit down.")]
    [InlineData("Kiss my [|a$$|], night float.")]
    [InlineData("Hungover [|af|] on rounds today")]
    [InlineData("[|Fvck|] the new charting update.")]
    [InlineData("Dr. Feld is an arrogant [|prick|].")]
    [InlineData("Still stressing like a [|m0therf*cker|].")]
    [InlineData("Staff parking is $28 a day. Absolute [|horseshit|].")]
    [InlineData("Pay us, [|goddammit|].")]
    [InlineData("Day 12 of nights. [|5h1t|] is getting real.")]
    [InlineData("[|wtaf|] is this new login screen")]
    [InlineData("what the actual [|fck|], pardon my french")]
    [InlineData("Admin can go [|fk|] themselves.")]
    [InlineData("What a pile of [|shite|], this rota.")]
    [InlineData("Double-booked again. [|FFS|].")]
    [InlineData("[|jfc|] who moved the crash cart")]
    [InlineData("[|F.U.C.K.|] the renewal portal.")]
    [InlineData("Total [|s***show|] in triage tonight")]
    [InlineData("Pharm is kicking my [|@ss|] this block")]
    [InlineData("the [|sh*tstorm|] that is open enrollment")]
    [InlineData("[|$#!%|] I missed the deadline")]
    [InlineData("a bunch of overpaid [|tw*ts|] who never saw a patient")]
    [InlineData("filling out the [|f'ing|] incident report again")]
    [InlineData("On hold for three hours. [|Pr!cks|].")]
    [InlineData("Half-[|assed|] handoffs will get someone killed.")]
    [InlineData("ER docs write the most [|dogshit|] scripts I've ever seen 💀")]
    [InlineData("Every anaesthetist on this rota is a lazy [|prick|] who vanishes at induction.")]
    [InlineData("Still ranking them high lol. [|idgaf|]")]
    [InlineData("That policy is [|batshit|] and everyone on nights knows it.")]
    public void Invalid_FlagsExactlyTheMarkedSpan(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Dammit, spilled an entire coffee down my white coat before grand rounds.")]
    [InlineData("'Damnit Jim, I'm a doctor, not a carpenter.' Me, assembling a bunk bed.")]
    public void MildExpletive_IsShownAsInfoOnly(string text)
    {
        var finding = Assert.Single(RuleTester.Run(Rule, text));
        Assert.Equal(Severity.Info, finding.Severity);
    }
}
