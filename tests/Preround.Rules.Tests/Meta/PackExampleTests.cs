using Preround.Core.Policy;
using Preround.Rules;
using Preround.Testing;

namespace Preround.Rules.Tests.Meta;

/// <summary>Every built-in YAML rule's own examples: valid ones give nothing, invalid ones flag exactly the marked span.</summary>
public sealed class PackExampleTests
{
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var d in BuiltInRules.PackDefinitions())
        {
            foreach (var v in d.Examples.Valid) data.Add(d.Id, v, false);
            foreach (var i in d.Examples.Invalid) data.Add(d.Id, i, true);
        }
        if (data.Count == 0) data.Add("none", "", false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void PackRuleHoldsToItsOwnExample(string id, string example, bool invalid)
    {
        if (id == "none") return;
        var d = BuiltInRules.PackDefinitions().Single(x => x.Id == id);
        // Role-conditioned rules state their role in the 'when' block; examples run as the first listed role.
        var role = d.When.Roles.Count > 0 ? d.When.Roles.Min() : Core.Domain.AuthorRole.Unknown;
        var platform = d.When.Platforms.Count > 0 ? d.When.Platforms.Min() : Core.Domain.Platform.X;
        var account = d.When.Accounts.Count > 0 ? d.When.Accounts.Min() : Core.Domain.AccountType.Professional;
        var context = d.When.Contexts.Count > 0 ? d.When.Contexts.Min() : Core.Domain.DraftContext.Post;
        var rule = new DataRule(d, trusted: true, compiled: false);
        if (invalid) RuleTester.AssertInvalid(rule, example, role, platform, account, context);
        else RuleTester.AssertValid(rule, example, role, platform, account, context);
    }

    [Fact]
    public void EveryPackRuleCarriesValidAndInvalidExamples()
    {
        var missing = BuiltInRules.PackDefinitions().Where(d => d.Examples.Valid.Count == 0 || d.Examples.Invalid.Count == 0).Select(d => d.Id).ToList();
        Assert.True(missing.Count == 0, "rules without both valid and invalid examples: " + string.Join(", ", missing));
    }
}
