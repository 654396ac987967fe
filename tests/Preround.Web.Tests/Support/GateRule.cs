using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Web.Tests.Support;

/// <summary>A rule that holds every check until the test opens the gate: lets a test see an audit while it runs.</summary>
internal sealed class GateRule : Rule
{
    private static readonly RuleDescriptor Rule = new("Test.Gate", "Gate", "gate", RuleCategories.Planning, Severity.Info, "Holds checks for tests.", false);

    private readonly ManualResetEventSlim _open = new(false);

    public override RuleDescriptor Descriptor => Rule;

    public void Open() => _open.Set();

    public override void Analyze(RuleContext context) => _open.Wait(TimeSpan.FromSeconds(30));

    /// <summary>The test rules plus a closed gate.</summary>
    public static (Analyzer Analyzer, GateRule Gate) Closed()
    {
        var gate = new GateRule();
        var analyzer = new AnalyzerBuilder().AddRules(TestRules.CreateRules()).AddRule(gate).Build();
        return (analyzer, gate);
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
