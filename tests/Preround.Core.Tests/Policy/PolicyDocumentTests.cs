using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Policy;

namespace Preround.Core.Tests.Policy;

public sealed class PolicyDocumentTests
{
    private static readonly RuleDescriptor Venting = new("PR2001", "t", "m", RuleCategories.Venting, Severity.Warn, "r");
    private static readonly RuleDescriptor Other = new("PR2002", "t", "m", RuleCategories.Venting, Severity.Warn, "r");

    [Fact]
    public void RuleSettingsDisableAndRegradeByIdOrCategory()
    {
        var doc = PolicyDocument.Parse("packs: [rules/]\nrules:\n  PR2001: off\n  venting: block\n", ".preround.yml");
        Assert.Equal(["rules/"], doc.Packs);
        Assert.False(doc.Policy.IsEnabled(Venting));
        Assert.True(doc.Policy.IsEnabled(Other));
        Assert.Equal(Severity.Block, doc.Policy.SeverityFor(Other));
    }

    [Fact]
    public void UnknownSettingIsReportedWithItsLine()
    {
        var e = Assert.Throws<RulePackException>(() => PolicyDocument.Parse("rules:\n  PR2001: loud\n", ".preround.yml"));
        Assert.Equal(2, e.Line);
        Assert.Contains("'loud' is not one of off, on, info, warn, block", e.Message);
    }
}
