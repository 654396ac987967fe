namespace Preround.Core.Engine;

/// <summary>
/// A check over one draft. Rules are stateless and thread-safe: everything per-draft lives in the
/// <see cref="RuleContext"/>. A rule reports spans and message arguments; the engine fills in id, category and severity.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's metadata, declared first in each rule's file.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Looks at the draft and reports what it finds through <see cref="RuleContext.Report"/>.</summary>
    public abstract void Analyze(RuleContext context);
}
