using Preround.Core.Domain;
using Preround.Core.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Preround.Core.Policy;

/// <summary>
/// A <c>.preround.yml</c> policy: rule packs to load (paths relative to the file) and rule settings
/// (<c>off</c>, or a severity, by rule id or category).
/// </summary>
/// <example>
/// <code>
/// packs: [rules/]
/// rules:
///   PR2101: off
///   venting: block
///   PR1003: { severity: warn }
/// </code>
/// </example>
public sealed record PolicyDocument(IReadOnlyList<string> Packs, RulePolicy Policy, string Source)
{
    /// <summary>Parses a policy file's text.</summary>
    /// <exception cref="RulePackException">Malformed YAML or an unknown setting, with line and column.</exception>
    public static PolicyDocument Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new RulePackException(source, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + e.Message.Split('\n')[0]);
        }
        if (stream.Documents.Count == 0) return new PolicyDocument([], RulePolicy.Default, source);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw RulePackLoader.Error(source, stream.Documents[0].RootNode, "a policy must be a mapping with 'packs' and/or 'rules'");
        }
        var packs = new List<string>();
        var settings = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in root.Children)
        {
            var key = RulePackLoader.Scalar(source, k, "key");
            switch (key)
            {
                case "packs":
                    var items = v is YamlSequenceNode seq ? seq.Children : [v];
                    packs.AddRange(items.Select(i => RulePackLoader.Scalar(source, i, "packs")));
                    break;
                case "rules":
                    if (v is not YamlMappingNode rules) throw RulePackLoader.Error(source, v, "'rules' must map rule ids or categories to off, info, warn or block");
                    foreach (var (rk, rv) in rules.Children)
                    {
                        settings[RulePackLoader.Scalar(source, rk, "rule id")] = ParseSetting(source, rv);
                    }
                    break;
                default:
                    throw RulePackLoader.Error(source, k, $"unknown key '{key}' (known: packs, rules)");
            }
        }
        return new PolicyDocument(packs, new RulePolicy(settings), source);
    }

    private static RuleSetting ParseSetting(string source, YamlNode node)
    {
        if (node is YamlScalarNode s)
        {
            var value = (s.Value ?? "").Trim().ToLowerInvariant();
            if (value is "off" or "false" or "disabled" or "none") return new RuleSetting(Enabled: false);
            if (value is "on" or "true" or "enabled") return new RuleSetting();
            if (WireNames.TryParseSeverity(value, out var sev)) return new RuleSetting(Severity: sev);
            throw RulePackLoader.Error(source, node, $"'{s.Value}' is not one of off, on, info, warn, block");
        }
        if (node is YamlMappingNode m)
        {
            var enabled = true;
            Severity? severity = null;
            foreach (var (k, v) in m.Children)
            {
                var key = RulePackLoader.Scalar(source, k, "key");
                var value = RulePackLoader.Scalar(source, v, key);
                switch (key)
                {
                    case "enabled":
                        enabled = value.Trim().ToLowerInvariant() is "true" or "yes" or "on";
                        break;
                    case "severity":
                        if (!WireNames.TryParseSeverity(value, out var sev)) throw RulePackLoader.Error(source, v, $"severity '{value}' is not one of info, warn, block");
                        severity = sev;
                        break;
                    default:
                        throw RulePackLoader.Error(source, k, $"unknown key '{key}' (known: enabled, severity)");
                }
            }
            return new RuleSetting(enabled, severity);
        }
        throw RulePackLoader.Error(source, node, "a rule setting is off, a severity, or { enabled, severity }");
    }
}
