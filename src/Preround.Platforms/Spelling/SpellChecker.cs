using System.Collections.Concurrent;
using Preround.Platforms.Text;

namespace Preround.Platforms.Spelling;

/// <summary>
/// English spelling through the system's Hunspell (en_US) plus medical words: Debian's hunspell-en-med when installed
/// and Preround's own list (<c>data/spelling/medical-words.txt</c>, embedded). Loaded on first use, shared and
/// thread-safe; results are cached per word, so a word is looked up in Hunspell once per process.
/// </summary>
/// <remarks>
/// Hunspell handles are not thread-safe, and a suggestion costs about a millisecond (a few hundred lookups, see
/// <see cref="NearWords"/>), so concurrent checks (batches, audits) each borrow a handle from a small pool instead of
/// queueing on one: a second handle is opened (about 60 ms, 15 MB) only when two threads miss the cache at the same time.
/// </remarks>
public sealed class SpellChecker
{
    /// <summary>Where Debian puts Hunspell dictionaries; <c>PREROUND_HUNSPELL_DIR</c> overrides it.</summary>
    public const string DefaultDictionaryDirectory = "/usr/share/hunspell";

    private const int MaxCachedWords = 50_000;
    private const int MaxSuggestions = 3;

    private static readonly Lazy<SpellChecker> SharedInstance = new(LoadOrTakePreloaded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object PreloadGate = new();
    private static Task<SpellChecker>? _preloaded;

    // NOTE: two handles cover a 2-core machine; each costs 15 MB and 60 ms to open.
    private static readonly int MaxHandles = Math.Clamp(Environment.ProcessorCount, 1, 2);

    private readonly Hunspell? _hunspell;
    private readonly Func<Hunspell?>? _openAnother;
    // Idle handles; guarded by itself. _handles counts every handle opened, idle or borrowed.
    private readonly Stack<Hunspell> _idle = new();
    private int _handles;
    // NOTE: value null means the word is known; otherwise the suggestions (possibly none).
    private readonly ConcurrentDictionary<string, string[]?> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    private SpellChecker(Hunspell? hunspell, Func<Hunspell?>? openAnother, string? problem)
    {
        _hunspell = hunspell;
        _openAnother = openAnother;
        Problem = problem;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (hunspell is not null)
        {
            _idle.Push(hunspell);
            _handles = 1;
        }
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
    /// Whether unknown words get suggestions (default). Batch and audit runs turn this off for their process: a
    /// suggestion costs about a millisecond per new unknown word (<see cref="NearWords"/>), the bulk of a batch of
    /// unique posts, for an info-level finding that nobody reads in a batch of thousands. The word is still reported,
    /// with "Check the spelling." as its fix.
    /// </summary>
    public static bool SuggestWords { get; set; } = true;

    /// <summary>
    /// Null when <paramref name="word"/> is spelled right (or spelling is unavailable); otherwise up to three
    /// suggestions (possibly none, always none when <see cref="SuggestWords"/> is off).
    /// </summary>
    public string[]? Check(ReadOnlySpan<char> word)
    {
        if (_hunspell is null) return null;
        // NOTE: most words are cached: look them up without making a string of them.
        return _cacheBySpan.TryGetValue(word, out var cached) ? cached : Check(word.ToString());
    }

    /// <inheritdoc cref="Check(ReadOnlySpan{char})"/>
    public string[]? Check(string word)
    {
        if (_hunspell is null) return null;
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var handle = Borrow();
        string[]? result;
        try
        {
            result = IsKnown(handle, word) ? null : SuggestWords ? NearWords.Find(handle.Spell, word, MaxSuggestions) : [];
        }
        finally
        {
            Return(handle);
        }
        // NOTE: a crude bound on memory for long-running processes (serve, audits of big archives).
        if (_cache.Count >= MaxCachedWords) _cache.Clear();
        _cache[word] = result;
        return result;
    }

    // An idle handle, a newly opened one while fewer than MaxHandles exist, or else the next one returned.
    private Hunspell Borrow()
    {
        lock (_idle)
        {
            while (true)
            {
                if (_idle.Count > 0) return _idle.Pop();
                if (_handles < MaxHandles && _openAnother is not null)
                {
                    _handles++;
                    break;
                }
                Monitor.Wait(_idle);
            }
        }
        // NOTE: opened outside the lock so that other threads keep using the idle handles meanwhile.
        var another = _openAnother();
        if (another is not null) return another;
        lock (_idle)
        {
            _handles--;
            while (_idle.Count == 0) Monitor.Wait(_idle);
            return _idle.Pop();
        }
    }

    private void Return(Hunspell handle)
    {
        lock (_idle)
        {
            _idle.Push(handle);
            Monitor.Pulse(_idle);
        }
    }

    // Possessives are checked on their base ("attending's"), and British spellings are accepted when their American
    // form is known ("randomised", "labelled", "grey"), since the dictionary is en_US only.
    private static bool IsKnown(Hunspell h, string word)
    {
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

    /// <summary>A checker of its own, not the shared one (tests compare fresh checkers).</summary>
    internal static SpellChecker LoadNew() => Load();

    private static SpellChecker Load()
    {
        var dir = Environment.GetEnvironmentVariable("PREROUND_HUNSPELL_DIR");
        if (string.IsNullOrWhiteSpace(dir)) dir = DefaultDictionaryDirectory;
        var words = new List<string>();
        foreach (var line in EmbeddedData.ReadLines("medical-words.txt"))
        {
            var word = line.Trim();
            if (word.Length == 0 || word[0] == '#') continue;
            words.Add(word);
        }
        var hunspell = Open(dir, words, out var problem);
        return hunspell is null ? new SpellChecker(null, null, problem) : new SpellChecker(hunspell, () => Open(dir, words, out _), null);
    }

    // Every handle is opened the same way, so that each gives the same answers.
    private static Hunspell? Open(string dir, List<string> extraWords, out string? problem)
    {
        var hunspell = Hunspell.Open(Path.Combine(dir, "en_US.aff"), Path.Combine(dir, "en_US.dic"), out problem);
        if (hunspell is null) return null;
        var medical = Path.Combine(dir, "en_med_glut.dic");
        if (File.Exists(medical)) hunspell.AddDictionary(medical);
        foreach (var word in extraWords) hunspell.Add(word);
        return hunspell;
    }
}
