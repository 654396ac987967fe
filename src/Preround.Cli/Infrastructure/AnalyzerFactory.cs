using System.Text.RegularExpressions;
using Preround.Core.Engine;
using Preround.Core.Policy;
using Preround.Platforms.Rules;
using Preround.Platforms.Spelling;
using Preround.Rules;

namespace Preround.Cli.Infrastructure;

/// <summary>Builds the checker from the built-in rules plus the policies and packs found on disk.</summary>
internal static partial class AnalyzerFactory
{
    private static readonly string[] PolicyNames = [".preround.yml", ".preround.yaml"];

    /// <param name="policyPaths">Files or folders given with <c>--policy</c>.</param>
    /// <param name="compiledPatterns">True for batches (faster per draft), false for a single check (faster start).</param>
    /// <param name="workingDirectory">Where to start looking for <c>.preround.yml</c> when no policy is given.</param>
    /// <param name="preloadSpelling">The command checks text now: start loading the spelling dictionaries (when the policy keeps the rule on).</param>
    public static Analyzer Create(IReadOnlyList<string> policyPaths, bool compiledPatterns, string? workingDirectory = null, bool preloadSpelling = false)
    {
        var paths = policyPaths.Count > 0 ? policyPaths : FindPolicyUpward(workingDirectory ?? Directory.GetCurrentDirectory());
        if (paths.Count == 0)
        {
            // NOTE: no policy, so the spelling rule will run: its dictionaries load while the rules are built.
            if (preloadSpelling) SpellChecker.Preload();
            return BuiltInRules.CreateAnalyzer(compiledPatterns);
        }
        var builder = new AnalyzerBuilder().UseBuiltInRules(compiledPatterns);
        foreach (var path in paths) Load(builder, path, depth: 0);
        var analyzer = builder.Build();
        foreach (var rule in analyzer.Rules)
        {
            if (preloadSpelling && rule.Id == PlatformRuleIds.Misspelling && analyzer.Policy.IsEnabled(rule)) SpellChecker.Preload();
        }
        return analyzer;
    }

    private static List<string> FindPolicyUpward(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var name in PolicyNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate)) return [candidate];
            }
        }
        return [];
    }

    private static void Load(AnalyzerBuilder builder, string path, int depth)
    {
        if (depth > 8) throw new UsageException($"{path}: policies include each other too deeply (more than 8 levels).");
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var f in files) Load(builder, f, depth + 1);
            return;
        }
        if (!File.Exists(path)) throw new UsageException($"{path}: no such policy file or folder.");
        var text = InputReader.ReadFile(path);
        if (LooksLikePolicy(text))
        {
            var doc = PolicyDocument.Parse(text, path);
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(path))!;
            foreach (var pack in doc.Packs) Load(builder, Path.GetFullPath(Path.Combine(baseDir, pack)), depth + 1);
            builder.UsePolicy(doc.Policy);
            return;
        }
        foreach (var definition in RulePackLoader.Parse(text, path))
        {
            builder.AddRule(new DataRule(definition, trusted: false));
        }
    }

    // A policy has 'packs:' or a 'rules:' mapping at the top; a pack has a rule or a 'rules:' list.
    private static bool LooksLikePolicy(string text) => PolicyKeys().IsMatch(text) || RulesMapping().IsMatch(text);

    [GeneratedRegex(@"^packs\s*:", RegexOptions.Multiline)]
    private static partial Regex PolicyKeys();

    [GeneratedRegex(@"^rules\s*:\s*(#.*)?\r?\n(\s*#.*\r?\n)*\s+[A-Za-z][\w.]*\s*:", RegexOptions.Multiline)]
    private static partial Regex RulesMapping();
}
