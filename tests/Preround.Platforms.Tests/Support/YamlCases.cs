using YamlDotNet.RepresentationModel;

namespace Preround.Platforms.Tests.Support;

/// <summary>Reads twitter-text's conformance YAML (<c>tests: { section: [ {description, text, expected} ] }</c>).</summary>
internal static class YamlCases
{
    private static readonly Dictionary<string, YamlMappingNode> Cache = new();

    /// <summary>Theory rows: (index, description); the test loads the case itself so rows stay serialisable.</summary>
    public static IEnumerable<object[]> Section(string file, string section)
    {
        var i = 0;
        foreach (var item in List(file, section))
        {
            yield return [i++, ((YamlScalarNode)item.Children[new YamlScalarNode("description")]).Value!];
        }
    }

    public static YamlCase Get(string file, string section, int index)
    {
        var item = List(file, section)[index];
        var description = ((YamlScalarNode)item.Children[new YamlScalarNode("description")]).Value!;
        return new YamlCase(file, section, index, description, item);
    }

    private static IList<YamlMappingNode> List(string file, string section) =>
        ((YamlSequenceNode)Load(file).Children[new YamlScalarNode(section)]).Children.Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Load(string file)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(file, out var cached)) return cached;
            using var reader = new StreamReader(SharedData.Path("conformance", "twitter-text", "conformance", file));
            var stream = new YamlStream();
            stream.Load(reader);
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var tests = (YamlMappingNode)root.Children[new YamlScalarNode("tests")];
            Cache[file] = tests;
            return tests;
        }
    }
}

/// <summary>One conformance case; its ToString is what the test runner shows.</summary>
internal sealed record YamlCase(string File, string Section, int Index, string Description, YamlMappingNode Node)
{
    public string Text => ((YamlScalarNode)Node.Children[new YamlScalarNode("text")]).Value ?? string.Empty;

    public YamlNode Expected => Node.Children[new YamlScalarNode("expected")];

    public override string ToString() => $"{Section}[{Index}] {Description}";
}
