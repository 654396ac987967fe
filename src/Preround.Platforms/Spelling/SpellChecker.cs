using System.Collections.Concurrent;
using Preround.Platforms.Text;

namespace Preround.Platforms.Spelling;

/// <summary>
/// English spelling through the system's Hunspell (en_US) plus medical words: Debian's hunspell-en-med when installed
/// and Preround's own list (<c>data/spelling/medical-words.txt</c>, embedded). Loaded on first use, shared and
/// thread-safe; results are cached per word, so a word is looked up in Hunspell once per process.
/// </summary>
public sealed class SpellChecker
{
    /// <summary>Where Debian puts Hunspell dictionaries; <c>PREROUND_HUNSPELL_DIR</c> overrides it.</summary>
    public const string DefaultDictionaryDirectory = "/usr/share/hunspell";

    private const int MaxCachedWords = 50_000;
    private const int MaxSuggestions = 3;

    private static readonly Lazy<SpellChecker> SharedInstance = new(LoadOrTakePreloaded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object PreloadGate = new();
    private static Task<SpellChecker>? _preloaded;

    private readonly Hunspell? _hunspell;
    private readonly object _gate = new();
    // NOTE: value null means the word is known; otherwise the suggestions (possibly none).
    private readonly ConcurrentDictionary<string, string[]?> _cache = new(StringComparer.Ordinal);

    private SpellChecker(Hunspell? hunspell, string? problem)
    {
        _hunspell = hunspell;
        Problem = problem;
    }

    /// <summary>The process-wide checker, loaded on first access.</summary>
    public static SpellChecker Shared => SharedInstance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded (whether or not it works).</summary>
    /// <remarks>A <see cref="Preload"/> alone does not count: this says the spelling rule asked for the checker.</remarks>
    public static bool IsLoaded => SharedInstance.IsValueCreated;

    /// <summary>
    /// Starts loading the dictionaries on a thread-pool thread, so that a one-off check overlaps the Hunspell load
    /// (the largest single start-up cost) with building the rules; <see cref="Shared"/> then waits for it.
    /// Call it only when the spelling rule will run. Safe to call more than once.
    /// </summary>
    public static void Preload()
    {
        if (SharedInstance.IsValueCreated) return;
        lock (PreloadGate)
        {
            _preloaded ??= Task.Run(Load);
        }
    }

    /// <summary>Why spelling cannot be checked on this machine, or null when it can.</summary>
    public string? Problem { get; }

    /// <summary>Whether the dictionary is available.</summary>
    public bool Available => _hunspell is not null;

    /// <summary>
    /// Null when <paramref name="word"/> is spelled right (or spelling is unavailable); otherwise up to three
    /// suggestions (possibly none).
    /// </summary>
    public string[]? Check(string word)
    {
        if (_hunspell is null) return null;
        if (_cache.TryGetValue(word, out var cached)) return cached;
        string[]? result;
        lock (_gate)
        {
            result = IsKnown(word) ? null : _hunspell.Suggest(word, MaxSuggestions);
        }
        // NOTE: a crude bound on memory for long-running processes (serve, audits of big archives).
        if (_cache.Count >= MaxCachedWords) _cache.Clear();
        _cache[word] = result;
        return result;
    }

    // Called under the lock. Possessives are checked on their base ("attending's"), and British spellings are accepted
    // when their American form is known ("randomised", "labelled", "grey"), since the dictionary is en_US only.
    private bool IsKnown(string word)
    {
        var h = _hunspell!;
        if (h.Spell(word)) return true;
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && word.Length > 3 && h.Spell(word[..^2])) return true;
        foreach (var american in BritishSpelling.AmericanForms(word))
        {
            if (h.Spell(american)) return true;
        }
        return false;
    }

    private static SpellChecker LoadOrTakePreloaded()
    {
        Task<SpellChecker>? preloaded;
        lock (PreloadGate) preloaded = _preloaded;
        return preloaded is null ? Load() : preloaded.GetAwaiter().GetResult();
    }

    private static SpellChecker Load()
    {
        var dir = Environment.GetEnvironmentVariable("PREROUND_HUNSPELL_DIR");
        if (string.IsNullOrWhiteSpace(dir)) dir = DefaultDictionaryDirectory;
        var hunspell = Hunspell.Open(Path.Combine(dir, "en_US.aff"), Path.Combine(dir, "en_US.dic"), out var problem);
        if (hunspell is null) return new SpellChecker(null, problem);
        var medical = Path.Combine(dir, "en_med_glut.dic");
        if (File.Exists(medical)) hunspell.AddDictionary(medical);
        foreach (var line in EmbeddedData.ReadLines("medical-words.txt"))
        {
            var word = line.Trim();
            if (word.Length == 0 || word[0] == '#') continue;
            hunspell.Add(word);
        }
        return new SpellChecker(hunspell, null);
    }
}
