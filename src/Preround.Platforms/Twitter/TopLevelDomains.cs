using Preround.Platforms.Text;

namespace Preround.Platforms.Twitter;

/// <summary>The country and generic TLDs twitter-text recognises (embedded <c>tld_lib.yml</c>, Apache-2.0, © Twitter).</summary>
internal static class TopLevelDomains
{
    public static IReadOnlyList<string> Country { get; }
    public static IReadOnlyList<string> Generic { get; }

    // NOTE: the URL scanner looks labels up as spans of the post; an alternate lookup avoids a string per label.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AsciiLookup;

    /// <summary>True when <paramref name="label"/> (ASCII, any case) is a TLD twitter-text knows.</summary>
    public static bool IsAsciiTld(ReadOnlySpan<char> label) => AsciiLookup.Contains(label);

    static TopLevelDomains()
    {
        var country = new List<string>();
        var generic = new List<string>();
        List<string>? current = null;
        // NOTE: the file is a two-key YAML map of plain lists; reading it by hand keeps YamlDotNet out of the counter.
        foreach (var raw in EmbeddedData.ReadLines("tld_lib.yml"))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line == "---") continue;
            if (line == "country:") { current = country; continue; }
            if (line == "generic:") { current = generic; continue; }
            if (current is null || !line.StartsWith("- ", StringComparison.Ordinal)) continue;
            var value = line[2..].Trim();
            if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') value = value[1..^1];
            current.Add(value);
        }
        Country = country;
        Generic = generic;
        var ascii = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tld in generic.Concat(country))
        {
            if (tld.All(char.IsAscii)) ascii.Add(tld);
        }
        AsciiLookup = ascii.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
