using Preround.Core.Engine;

namespace Preround.Web.Hosting;

/// <summary>
/// The checker in force. Starts as the one <c>preround serve</c> was given; the settings page may switch to the
/// built-in rules plus a policy pack for the rest of this app's run (in memory only), and back.
/// </summary>
internal sealed class ActiveAnalyzer(Func<Analyzer> startup)
{
    private readonly Lazy<Analyzer> _startup = new(startup);
    private volatile Selection? _override;

    private sealed record Selection(Analyzer Analyzer, string Source, int PackRules);

    public Analyzer Current => _override?.Analyzer ?? _startup.Value;

    /// <summary>Where the pack in force came from (a path or an uploaded file's name), or null for the startup checker.</summary>
    public string? PackSource => _override?.Source;

    /// <summary>How many rules the pack in force added.</summary>
    public int PackRules => _override?.PackRules ?? 0;

    public void Use(Analyzer analyzer, string source, int packRules) => _override = new Selection(analyzer, source, packRules);

    public void Reset() => _override = null;
}
