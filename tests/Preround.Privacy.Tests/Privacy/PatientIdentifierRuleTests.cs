using Preround.Core.Domain;
using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class PatientIdentifierRuleTests
{
    private static readonly PatientIdentifierRule Rule = new();

    [Theory]
    [InlineData("Patient [|MRN 00482913|] was discharged without her insulin script.")]
    [InlineData("My patient on the ward was admitted [|3/3|] and still has no ride home.")]
    [InlineData("My pt's SSN is literally [|123-45-6780|] and she laughed about it.")]
    [InlineData("Pt tried to pay his copay with card [|4539 1488 0343 6467|] and asked me to hold it.")]
    [InlineData("My patient's email is on the whiteboard ([|jdoe1957@gmail.com|]) for the day team.")]
    [InlineData("My patient's wife called from [|555-867-2231|] to say he's asking for me.")]
    public void Invalid_IdentifierInPatientContext(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked);
        Assert.All(findings, f => Assert.Equal(Severity.Block, f.Severity));
    }

    [Theory]
    [InlineData("Flu shot clinic hours this week. Call our front desk at [|(555) 201-4400|] to book.")]
    [InlineData("Questions about the study? Email me at [|a.rivera@example.org|].")]
    public void Invalid_IdentifierOutsidePatientContextIsInfo(string marked)
    {
        var findings = RuleTester.AssertInvalid(Rule, marked);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Theory]
    [InlineData("Heading to Boston for ACC next week (March 28 to 30). Send me your poster number!")]
    [InlineData("About 1 in 3 adults over 65 falls each year.")]
    [InlineData("Happy 90th birthday to my grandpa, who still beats me at chess!")]
    [InlineData("The SSN 078-05-1120 was printed on a wallet insert in 1938 and is void.")]
    [InlineData("Our trial enrolled 1,204 patients across 12 sites.")]
    [InlineData("Last one: a small grumble about the coffee machine on the ward. 3/3")]
    [InlineData("1/4 What I learned on my first month on the ward, in four posts.")]
    public void Valid_NoPatientIdentifier(string text) => RuleTester.AssertValid(Rule, text);
}
