using System.Globalization;
using System.Text.RegularExpressions;
using Preround.Core.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Preround.Core.Policy;

/// <summary>
/// Reads YAML rule packs into validated <see cref="DataRuleDefinition"/>s. A file holds one rule, a
/// <c>rules:</c> list, or several documents. Every error names the file, line, column and key.
/// </summary>
// NOTE: Core does no I/O: callers read the file and pass its text and path.
public static class RulePackLoader
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "id", "title", "category", "severity", "confidence", "kind", "extends", "message", "rationale", "suggestion", "terms",
        "pattern", "near", "signals", "scope", "when", "unless", "negation", "deobfuscate", "examples", "description", "link",
    };

    /// <summary>Parses every rule in a pack file.</summary>
    /// <exception cref="RulePackException">The YAML is malformed or a rule is invalid.</exception>
    public static IReadOnlyList<DataRuleDefinition> Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new RulePackException(source, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + FirstLine(e.Message));
        }
        var rules = new List<DataRuleDefinition>();
        foreach (var doc in stream.Documents)
        {
            if (doc.RootNode is not YamlMappingNode root)
            {
                throw Error(source, doc.RootNode, "a rule pack must be a mapping (a rule, or 'rules:' with a list of rules)");
            }
            if (TryGet(root, "rules", out var list))
            {
                if (list is not YamlSequenceNode seq) throw Error(source, list, "'rules' must be a list");
                foreach (var item in seq)
                {
                    if (item is not YamlMappingNode m) throw Error(source, item, "each entry of 'rules' must be a mapping");
                    rules.Add(ParseRule(m, source));
                }
            }
            else
            {
                rules.Add(ParseRule(root, source));
            }
        }
        var duplicate = rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw new RulePackException(source, second.Line, 1, $"id '{duplicate.Key}' is declared twice");
        }
        return rules;
    }

    private static DataRuleDefinition ParseRule(YamlMappingNode node, string source)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = Scalar(source, key, "key");
            if (!KnownKeys.Contains(name))
            {
                throw Error(source, key, $"unknown key '{name}' (known: {string.Join(", ", KnownKeys.Order())})");
            }
        }
        var id = RequiredScalar(node, "id", source);
        if (!Regex.IsMatch(id, @"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)?$"))
        {
            throw Error(source, Get(node, "id")!, $"id '{id}' must look like 'PR2001' or 'Pack.RuleName'");
        }
        var category = RequiredScalar(node, "category", source);
        var severityText = OptionalScalar(node, "severity", source) ?? "warn";
        if (!WireNames.TryParseSeverity(severityText, out var severity))
        {
            throw Error(source, Get(node, "severity")!, $"severity '{severityText}' is not one of info, warn, block");
        }
        var confidence = 0.8;
        if (OptionalScalar(node, "confidence", source) is { } c)
        {
            if (!double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out confidence) || confidence is < 0 or > 1)
            {
                throw Error(source, Get(node, "confidence")!, $"confidence '{c}' must be a number from 0 to 1");
            }
        }
        var kindText = OptionalScalar(node, "kind", source) ?? OptionalScalar(node, "extends", source) ?? InferKind(node);
        var kind = kindText.ToLowerInvariant() switch
        {
            "existence" or "lexicon" => DataRuleKind.Existence,
            "pattern" => DataRuleKind.Pattern,
            "proximity" => DataRuleKind.Proximity,
            "cooccurrence" or "co-occurrence" or "occurrence" => DataRuleKind.Cooccurrence,
            _ => throw Error(source, Get(node, "kind") ?? Get(node, "extends") ?? node, $"kind '{kindText}' is not one of existence, pattern, proximity, cooccurrence"),
        };

        SignalDefinition? match = null, first = null, second = null;
        var within = 0;
        var signals = new List<SignalDefinition>();
        switch (kind)
        {
            case DataRuleKind.Existence:
                match = new SignalDefinition(RequiredList(node, "terms", source), null);
                break;
            case DataRuleKind.Pattern:
                match = new SignalDefinition([], RequiredScalar(node, "pattern", source));
                ValidatePattern(source, Get(node, "pattern")!, match.Pattern!);
                break;
            case DataRuleKind.Proximity:
                var near = Get(node, "near") as YamlMappingNode ?? throw Error(source, node, "a proximity rule needs 'near:' with 'first', 'second' and 'within'");
                first = ParseSignal(source, Get(near, "first") ?? throw Error(source, near, "'near' needs 'first'"));
                second = ParseSignal(source, Get(near, "second") ?? throw Error(source, near, "'near' needs 'second'"));
                var w = OptionalScalar(near, "within", source) ?? "5";
                if (!int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out within) || within is < 1 or > 50)
                {
                    throw Error(source, Get(near, "within") ?? near, $"within '{w}' must be a whole number of words from 1 to 50");
                }
                break;
            case DataRuleKind.Cooccurrence:
                var list = Get(node, "signals") as YamlSequenceNode ?? throw Error(source, node, "a cooccurrence rule needs 'signals:' with two or more term lists or patterns");
                foreach (var s in list) signals.Add(ParseSignal(source, s));
                if (signals.Count < 2) throw Error(source, list, "'signals' needs at least two entries");
                break;
        }

        var scope = OptionalScalar(node, "scope", source) ?? "sentence";
        if (scope is not ("sentence" or "post")) throw Error(source, Get(node, "scope")!, $"scope '{scope}' is not one of sentence, post");
        var message = RequiredScalar(node, "message", source);
        var rationale = RequiredScalar(node, "rationale", source);
        return new DataRuleDefinition(
            id,
            OptionalScalar(node, "title", source) ?? id,
            category,
            severity,
            confidence,
            kind,
            message,
            rationale,
            OptionalScalar(node, "suggestion", source),
            match,
            first,
            second,
            within,
            signals,
            scope == "sentence",
            ParseWhen(source, Get(node, "when")),
            Get(node, "unless") is { } u ? ParseSignal(source, u) : null,
            Bool(source, node, "negation", true),
            Bool(source, node, "deobfuscate", false),
            ParseExamples(source, node),
            source,
            (int)node.Start.Line);
    }

    private static string InferKind(YamlMappingNode node) =>
        Get(node, "terms") is not null ? "existence"
        : Get(node, "pattern") is not null ? "pattern"
        : Get(node, "near") is not null ? "proximity"
        : Get(node, "signals") is not null ? "cooccurrence"
        : "existence";

    private static SignalDefinition ParseSignal(string source, YamlNode node)
    {
        switch (node)
        {
            case YamlSequenceNode seq:
                return new SignalDefinition(seq.Select(n => Scalar(source, n, "term")).ToList(), null);
            case YamlMappingNode map:
                var terms = Get(map, "terms") is YamlSequenceNode t ? t.Select(n => Scalar(source, n, "term")).ToList() : [];
                var pattern = Get(map, "pattern") is { } p ? Scalar(source, p, "pattern") : null;
                if (terms.Count == 0 && pattern is null) throw Error(source, map, "a signal needs 'terms' or 'pattern'");
                if (pattern is not null) ValidatePattern(source, Get(map, "pattern")!, pattern);
                return new SignalDefinition(terms, pattern);
            case YamlScalarNode s:
                return new SignalDefinition([s.Value ?? ""], null);
            default:
                throw Error(source, node, "expected a list of terms or a mapping with 'terms' or 'pattern'");
        }
    }

    private static void ValidatePattern(string source, YamlNode at, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            throw Error(source, at, $"pattern is not a valid regular expression: {FirstLine(e.Message)}");
        }
    }

    private static RuleConditions ParseWhen(string source, YamlNode? node)
    {
        if (node is null) return RuleConditions.Any;
        if (node is not YamlMappingNode map) throw Error(source, node, "'when' must be a mapping of roles, not_roles, platforms, accounts, contexts");
        var roles = new HashSet<AuthorRole>();
        var notRoles = new HashSet<AuthorRole>();
        var platforms = new HashSet<Platform>();
        var accounts = new HashSet<AccountType>();
        var contexts = new HashSet<DraftContext>();
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(source, k, "key");
            var values = v is YamlSequenceNode seq ? seq.Children : [v];
            foreach (var item in values)
            {
                var s = Scalar(source, item, key);
                var ok = key switch
                {
                    "roles" or "role" => AddParsed(roles, s, WireNames.TryParseRole, ExpandRoleGroup),
                    "not_roles" => AddParsed(notRoles, s, WireNames.TryParseRole, ExpandRoleGroup),
                    "platforms" or "platform" => AddParsed<Platform>(platforms, s, WireNames.TryParsePlatform, null),
                    "accounts" or "account" => AddParsed<AccountType>(accounts, s, WireNames.TryParseAccount, null),
                    "contexts" or "context" => WireNames.TryParseContext(s, out var ctx) && contexts.Add(ctx.Value) | true,
                    _ => throw Error(source, k, $"unknown condition '{key}' (known: roles, not_roles, platforms, accounts, contexts)"),
                };
                if (!ok)
                {
                    var valid = key.Contains("role") ? string.Join(", ", WireNames.RoleNames.Concat(["students", "physicians", "trainees"]))
                        : key.StartsWith("platform") ? string.Join(", ", WireNames.PlatformNames)
                        : key.StartsWith("account") ? "professional, personal" : "post, comment, review-reply";
                    throw Error(source, item, $"'{s}' is not a valid value for '{key}' (valid: {valid})");
                }
            }
        }
        return new RuleConditions(roles, notRoles, platforms, accounts, contexts);
    }

    private delegate bool TryParse<T>(string? s, out T value);

    private static bool AddParsed<T>(HashSet<T> set, string s, TryParse<T> parse, Func<string, IEnumerable<T>?>? groups)
    {
        if (groups?.Invoke(s) is { } many)
        {
            set.UnionWith(many);
            return true;
        }
        if (!parse(s, out var value)) return false;
        set.Add(value);
        return true;
    }

    private static IEnumerable<AuthorRole>? ExpandRoleGroup(string s) => s.ToLowerInvariant() switch
    {
        "students" => [AuthorRole.Ms1, AuthorRole.Ms2, AuthorRole.Ms3, AuthorRole.Ms4],
        "physicians" => [AuthorRole.Resident, AuthorRole.Fellow, AuthorRole.Attending],
        "trainees" => [AuthorRole.Ms1, AuthorRole.Ms2, AuthorRole.Ms3, AuthorRole.Ms4, AuthorRole.Resident, AuthorRole.Fellow],
        _ => null,
    };

    private static RuleExamples ParseExamples(string source, YamlMappingNode node)
    {
        if (Get(node, "examples") is not YamlMappingNode ex) return new RuleExamples([], []);
        IReadOnlyList<string> List(string key) => Get(ex, key) switch
        {
            null => [],
            YamlSequenceNode seq => seq.Select(n => Scalar(source, n, key)).ToList(),
            var other => throw Error(source, other, $"'examples.{key}' must be a list of strings"),
        };
        var invalid = List("invalid");
        foreach (var (text, i) in invalid.Select((t, i) => (t, i)))
        {
            if (!text.Contains("[|", StringComparison.Ordinal) || !text.Contains("|]", StringComparison.Ordinal))
            {
                throw Error(source, ((YamlSequenceNode)Get(ex, "invalid")!).Children[i], "an invalid example must mark the flagged span with [| and |]");
            }
        }
        return new RuleExamples(List("valid"), invalid);
    }

    private static bool Bool(string source, YamlMappingNode node, string key, bool fallback)
    {
        var s = OptionalScalar(node, key, source);
        if (s is null) return fallback;
        return s.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(source, Get(node, key)!, $"'{key}' must be true or false, not '{s}'"),
        };
    }

    internal static bool TryGet(YamlMappingNode map, string key, out YamlNode value)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                value = v;
                return true;
            }
        }
        value = null!;
        return false;
    }

    internal static YamlNode? Get(YamlMappingNode map, string key) => TryGet(map, key, out var v) ? v : null;

    internal static string Scalar(string source, YamlNode node, string what) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw Error(source, node, $"'{what}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");

    private static string RequiredScalar(YamlMappingNode node, string key, string source)
    {
        var value = OptionalScalar(node, key, source);
        if (string.IsNullOrWhiteSpace(value)) throw Error(source, Get(node, key) ?? node, $"missing required key '{key}'");
        return value;
    }

    private static string? OptionalScalar(YamlMappingNode node, string key, string source) =>
        Get(node, key) is { } v ? Scalar(source, v, key) : null;

    private static List<string> RequiredList(YamlMappingNode node, string key, string source)
    {
        var v = Get(node, key) ?? throw Error(source, node, $"missing required key '{key}'");
        if (v is not YamlSequenceNode seq || seq.Children.Count == 0) throw Error(source, v, $"'{key}' must be a non-empty list");
        return seq.Select(n => Scalar(source, n, key)).ToList();
    }

    internal static RulePackException Error(string source, YamlNode node, string problem) =>
        new(source, (int)node.Start.Line, (int)node.Start.Column, problem);

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n');
        return i < 0 ? s : s[..i];
    }
}
