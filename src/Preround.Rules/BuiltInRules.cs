using System.Collections.Concurrent;
using System.Reflection;
using Preround.Core.Engine;
using Preround.Core.Policy;

namespace Preround.Rules;

/// <summary>The rules Preround ships: code rules from each area and the built-in YAML packs.</summary>
public static class BuiltInRules
{
    private static readonly ConcurrentDictionary<bool, Lazy<Analyzer>> Defaults = new();

    /// <summary>Adds every built-in rule. Safe to call more than once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="compiledPatterns">Compile data-rule patterns to IL: slower to start, faster per draft. Use for batches.</param>
    public static AnalyzerBuilder UseBuiltInRules(this AnalyzerBuilder builder, bool compiledPatterns = true) =>
        builder.UseOnce("preround.builtin", b =>
        {
            // NOTE: the learned rules go last: each defers to what the hand-written rules and packs already reported.
            var code = CodeRules().ToList();
            b.AddRules(code.Where(r => r is not Learned.LearnedCategoryRule));
            b.AddRules(PackRules(compiledPatterns));
            b.AddRules(code.Where(r => r is Learned.LearnedCategoryRule));
        });

    /// <summary>An analyzer with every built-in rule and no policy overrides, shared and thread-safe.</summary>
    public static Analyzer CreateAnalyzer(bool compiledPatterns = true) =>
        Defaults.GetOrAdd(compiledPatterns, c => new Lazy<Analyzer>(() => new AnalyzerBuilder().UseBuiltInRules(c).Build())).Value;

    /// <summary>The built-in YAML packs' definitions (for docs and example tests).</summary>
    public static IReadOnlyList<DataRuleDefinition> PackDefinitions() => LoadPacks().ToList();

    private static IEnumerable<Rule> CodeRules()
    {
        // NOTE: code rules are found by reflection over this assembly and the area assemblies so that adding
        // a rule is adding a file. Order is by id so that runs are deterministic.
        var assemblies = new[] { typeof(BuiltInRules).Assembly }
            .Concat(AreaAssemblies())
            .Distinct();
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t) && t != typeof(DataRule) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);
    }

    private static IEnumerable<Assembly> AreaAssemblies()
    {
        // Referenced area libraries that carry rules of their own (privacy, platform fit).
        foreach (var name in new[] { "Preround.Privacy", "Preround.Platforms" })
        {
            Assembly? a = null;
            try { a = Assembly.Load(name); } catch (FileNotFoundException) { }
            if (a is not null) yield return a;
        }
    }

    private static IEnumerable<Rule> PackRules(bool compiled) => LoadPacks().Select(d => new DataRule(d, trusted: true, compiled));

    private static IEnumerable<DataRuleDefinition> LoadPacks()
    {
        var asm = typeof(BuiltInRules).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            foreach (var d in RulePackLoader.Parse(reader.ReadToEnd(), "builtin:" + name)) yield return d;
        }
    }
}
