using System.Text;
using System.Text.RegularExpressions;
using Preround.Core.Engine;
using Preround.Core.Policy;
using Preround.Rules;

namespace Preround.Web.Settings;

/// <summary>A policy file or rule pack, loaded on top of the built-in rules; problems carry file, line and column.</summary>
internal static partial class PolicyPack
{
    /// <summary>Largest policy or pack file read (real ones are a few KiB).</summary>
    public const int MaxBytes = 1 << 20;

    public sealed record Loaded(Analyzer Analyzer, string Kind, int PackRules);

    /// <summary>A problem in a pack: where and what.</summary>
    public sealed record Problem(string File, int Line, int Column, string Message);

    /// <summary>Reads a policy or pack from disk (and, for a policy, the packs it names, relative to it).</summary>
    public static (Loaded? Pack, Problem? Error) FromPath(string path)
    {
        if (ReadFile(path, out var text) is { } problem) return (null, problem);
        return FromText(text!, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads a policy or pack from text; <paramref name="baseDir"/> is null for an upload, which cannot name other packs.</summary>
    public static (Loaded? Pack, Problem? Error) FromText(string text, string source, string? baseDir)
    {
        try
        {
            var builder = new AnalyzerBuilder().UseBuiltInRules(compiledPatterns: true);
            var count = 0;
            string kind;
            if (LooksLikePolicy(text))
            {
                kind = "policy";
                var doc = PolicyDocument.Parse(text, source);
                foreach (var pack in doc.Packs)
                {
                    if (baseDir is null)
                        return (null, new Problem(source, 1, 1, $"the policy names the pack '{pack}'; packs are files beside the policy, so give the policy's path instead of uploading it."));
                    foreach (var file in PackFiles(Path.GetFullPath(Path.Combine(baseDir, pack))))
                    {
                        if (ReadFile(file, out var packText) is { } missing) return (null, missing);
                        foreach (var definition in RulePackLoader.Parse(packText!, file)) { builder.AddRule(new DataRule(definition, trusted: false)); count++; }
                    }
                }
                builder.UsePolicy(doc.Policy);
            }
            else
            {
                kind = "pack";
                foreach (var definition in RulePackLoader.Parse(text, source)) { builder.AddRule(new DataRule(definition, trusted: false)); count++; }
            }
            return (new Loaded(builder.Build(), kind, count), null);
        }
        catch (RulePackException e)
        {
            return (null, new Problem(e.Source, e.Line, e.Column, e.Problem));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or RegexParseException)
        {
            return (null, new Problem(source, 1, 1, e.Message));
        }
    }

    private static IEnumerable<string> PackFiles(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [path];

    private static Problem? ReadFile(string path, out string? text)
    {
        text = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new Problem(path, 0, 0, Directory.Exists(path) ? "is a folder; give the .preround.yml file (its packs may be folders)." : "no such file.");
            if (info.Length > MaxBytes) return new Problem(path, 0, 0, $"is {info.Length:N0} bytes; a policy or pack is at most {MaxBytes:N0}.");
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
            return null;
        }
        catch (DecoderFallbackException)
        {
            return new Problem(path, 0, 0, "is not UTF-8 text.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem(path, 0, 0, $"cannot be read ({e.Message.TrimEnd('.')}).");
        }
    }

    // NOTE: the same test as the CLI's: a policy has 'packs:' or a 'rules:' mapping at the top; a pack has a rule or a 'rules:' list.
    private static bool LooksLikePolicy(string text) => PolicyKeys().IsMatch(text) || RulesMapping().IsMatch(text);

    [GeneratedRegex(@"^packs\s*:", RegexOptions.Multiline)]
    private static partial Regex PolicyKeys();

    [GeneratedRegex(@"^rules\s*:\s*(#.*)?\r?\n(\s*#.*\r?\n)*\s+[A-Za-z][\w.]*\s*:", RegexOptions.Multiline)]
    private static partial Regex RulesMapping();
}
