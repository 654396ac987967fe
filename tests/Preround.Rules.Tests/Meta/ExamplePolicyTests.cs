using Preround.Core.Policy;
using Preround.Testing;

namespace Preround.Rules.Tests.Meta;

/// <summary>The example institutional policy in docs/ parses and its rules hold to their own examples.</summary>
public sealed class ExamplePolicyTests
{
    [Fact]
    public void DocumentedExamplePolicyAndPacksAreValid()
    {
        var dir = RepoPaths.InRepo("docs", "examples", "mercy-policy");
        var policy = PolicyDocument.Parse(File.ReadAllText(Path.Combine(dir, ".preround.yml")), ".preround.yml");
        Assert.Equal(["rules/"], policy.Packs);
        var files = Directory.GetFiles(Path.Combine(dir, "rules"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var d in RulePackLoader.Parse(File.ReadAllText(file), file))
            {
                var rule = new DataRule(d, trusted: false);
                foreach (var v in d.Examples.Valid) RuleTester.AssertValid(rule, v);
                foreach (var i in d.Examples.Invalid) RuleTester.AssertInvalid(rule, i);
            }
        }
    }
}
