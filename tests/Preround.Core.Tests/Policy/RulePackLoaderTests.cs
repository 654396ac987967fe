using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Policy;
using Preround.Testing;

namespace Preround.Core.Tests.Policy;

public sealed class RulePackLoaderTests
{
    private const string UnitNames = """
        id: Mercy.UnitNames
        title: Unit names place a patient
        category: privacy
        severity: block
        terms: [4 east, pod c, the bird cage]
        message: "'{match}' names a unit; consider 'our unit'."
        rationale: Colleagues and families know which unit is which.
        suggestion: our unit
        examples:
          valid: ["Proud of our unit today"]
          invalid: ["Rough night on [|4 East|] again"]
        """;

    [Fact]
    public void ExistenceRuleFlagsTermsAndCarriesItsMetadata()
    {
        var rule = new DataRule(RulePackLoader.Parse(UnitNames, "mercy.yaml").Single());
        var findings = RuleTester.AssertInvalid(rule, "Rough night on [|4 East|] again, then [|Pod C|]");
        Assert.All(findings, f =>
        {
            Assert.Equal("Mercy.UnitNames", f.RuleId);
            Assert.Equal(Severity.Block, f.Severity);
            Assert.Equal("our unit", f.Suggestion);
        });
        Assert.Equal("'4 East' names a unit; consider 'our unit'.", findings[0].Message);
    }

    [Fact]
    public void PackExamplesHoldForTheirOwnRule()
    {
        var d = RulePackLoader.Parse(UnitNames, "mercy.yaml").Single();
        var rule = new DataRule(d);
        foreach (var v in d.Examples.Valid) RuleTester.AssertValid(rule, v);
        foreach (var i in d.Examples.Invalid) RuleTester.AssertInvalid(rule, i);
    }

    [Theory]
    [InlineData("id: X.Y\ncategory: privacy\nseverity: blok\nterms: [a]\nmessage: m\nrationale: r\n", 3, "severity 'blok' is not one of info, warn, block")]
    [InlineData("id: X.Y\ncategory: privacy\nterms: [a]\nmessage: m\n", 1, "missing required key 'rationale'")]
    [InlineData("id: X.Y\ncategory: privacy\nterms: [a]\nmessage: m\nrationale: r\ncolour: red\n", 6, "unknown key 'colour'")]
    [InlineData("id: X.Y\ncategory: privacy\npattern: '(unclosed'\nmessage: m\nrationale: r\n", 3, "not a valid regular expression")]
    [InlineData("id: X.Y\ncategory: [privacy\n", 3, "not valid YAML")]
    [InlineData("id: X.Y\ncategory: privacy\nterms: [a]\nmessage: m\nrationale: r\nwhen: {roles: [surgeon]}\n", 6, "'surgeon' is not a valid value for 'roles'")]
    public void MalformedPacksFailWithFileLineAndWhatIsWrong(string yaml, int line, string problem)
    {
        var e = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(yaml, "org/pack.yaml"));
        Assert.Equal("org/pack.yaml", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void ProximityRuleNeedsBothSidesWithinTheWindow()
    {
        var yaml = """
            id: Org.AgeNearDx
            category: privacy
            near: { first: [yo, year old], second: [sarcoma, percreta], within: 3 }
            message: "'{match}' ties an age to a diagnosis."
            rationale: r
            """;
        var rule = new DataRule(RulePackLoader.Parse(yaml, "p.yaml").Single());
        RuleTester.AssertInvalid(rule, "a 19 [|yo with ewing sarcoma|] today");
        RuleTester.AssertValid(rule, "a 19 yo student came to talk about her summer plans and later sarcoma research");
    }

    [Fact]
    public void CooccurrenceConditionsExceptionsAndNegationAllApply()
    {
        var yaml = """
            id: Org.StudentExpert
            category: credential_overreach
            signals:
              - [expert]
              - [trust me, take it from me]
            when: { roles: [students] }
            unless: [not an expert]
            message: "'{match}' claims expertise."
            rationale: r
            """;
        var rule = new DataRule(RulePackLoader.Parse(yaml, "p.yaml").Single());
        RuleTester.AssertInvalid(rule, "Trust me, I am an [|expert|] on this", AuthorRole.Ms2);
        RuleTester.AssertValid(rule, "Trust me, I am an expert on this", AuthorRole.Attending);
        RuleTester.AssertValid(rule, "Trust me, I am not an expert on this", AuthorRole.Ms2);
    }

    [Fact]
    public void OrganisationPatternsRunWithoutCatastrophicBacktracking()
    {
        var yaml = "id: Org.Evil\ncategory: venting\npattern: '(a+)+$'\nmessage: m\nrationale: r\n";
        var rule = new DataRule(RulePackLoader.Parse(yaml, "p.yaml").Single(), trusted: false);
        var text = new string('a', 5000) + "!";
        var findings = RuleTester.Run(rule, text);
        Assert.Empty(findings);
    }
}
