using System.Reflection;

namespace Preround.Privacy.Data;

/// <summary>
/// First names, surnames and place names shipped in <c>data/</c> (sources and licences in data/README.md), loaded on first use so
/// that a check with no candidate name or place never pays for them.
/// </summary>
public static class Gazetteer
{
    private static readonly Lazy<Lookup> Names = new(() => Load(["data/first-names-en.tsv", "data/first-names-census.tsv"], ambiguousColumn: 1));
    private static readonly Lazy<Lookup> Places = new(() => Load(["data/places-en.tsv"], ambiguousColumn: 2));
    private static readonly Lazy<Lookup> Surnames = new(() => Load(["data/surnames-us.tsv"], ambiguousColumn: 1));

    /// <summary>Whether a lower-case word is a first name; <paramref name="ambiguous"/> when it is also a common word ("will", "faith").</summary>
    public static bool IsFirstName(ReadOnlySpan<char> lower, out bool ambiguous) => Names.Value.Contains(lower, out ambiguous);

    /// <summary>Whether a lower-case word is a US surname (1990 Census list); <paramref name="ambiguous"/> when it is also a common word ("brown", "king").</summary>
    public static bool IsSurname(ReadOnlySpan<char> lower, out bool ambiguous) => Surnames.Value.Contains(lower, out ambiguous);

    /// <summary>Whether a lower-case name (one to three words) is a town or city in the US or another English-speaking country.</summary>
    public static bool IsPlace(ReadOnlySpan<char> lower, out bool ambiguous) => Places.Value.Contains(lower, out ambiguous);

    /// <summary>How many first names and places are loaded (forces loading; for tests and diagnostics).</summary>
    public static (int Names, int Places) Counts => (Names.Value.Count, Places.Value.Count);

    /// <summary>How many surnames are loaded (forces loading; for tests and diagnostics).</summary>
    public static int SurnameCount => Surnames.Value.Count;

    private static Lookup Load(string[] resources, int ambiguousColumn)
    {
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded list {resource} is missing from {typeof(Gazetteer).Assembly.GetName().Name}");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cols = line.Split('\t');
                var isAmbiguous = cols.Length > ambiguousColumn && cols[ambiguousColumn] == "1";
                (isAmbiguous ? ambiguous : plain).Add(cols[0]);
            }
        }
        return new Lookup(plain, ambiguous);
    }

    private sealed class Lookup(HashSet<string> plain, HashSet<string> ambiguous)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _plain = plain.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ambiguous = ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Count => plain.Count + ambiguous.Count;

        public bool Contains(ReadOnlySpan<char> key, out bool isAmbiguous)
        {
            isAmbiguous = false;
            if (_plain.Contains(key)) return true;
            isAmbiguous = _ambiguous.Contains(key);
            return isAmbiguous;
        }
    }
}
