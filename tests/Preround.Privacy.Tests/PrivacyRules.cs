using Preround.Core.Engine;

namespace Preround.Privacy.Tests;

/// <summary>An analyzer with every rule of the privacy assembly (what BuiltInRules discovers from it).</summary>
internal static class PrivacyRules
{
    private static readonly Lazy<Analyzer> Shared = new(() => new AnalyzerBuilder().AddRules(
        typeof(PrivacyRuleIds).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)).Build());

    public static Analyzer Analyzer => Shared.Value;
}
