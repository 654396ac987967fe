namespace Preround.Planning.Review;

/// <summary>
/// Groups near-identical posts: MinHash signatures bucketed by locality-sensitive hashing (16 bands of 4 rows), then
/// candidates joined when their estimated similarity reaches <see cref="Threshold"/>.
/// </summary>
internal sealed class NearDuplicateFinder
{
    /// <summary>Estimated Jaccard similarity of word bigrams from which two posts count as the same post.</summary>
    // NOTE: one word changed in a 20-word post leaves about 0.8 of its bigrams shared; 0.6 catches templates with a
    // few words swapped while unrelated posts on the same topic stay well below 0.2.
    public const double Threshold = 0.6;

    /// <summary>Posts with fewer words are left out: "Thank you!" twice is politeness, not repetition.</summary>
    public const int MinTokens = 5;

    private const int Bands = 16;
    private const int Rows = MinHash.Length / Bands;

    // NOTE: a bucket keeps a few representatives only; comparing with all members would be quadratic for a template
    // posted a thousand times, and union-find joins the rest through the other bands.
    private const int RepresentativesPerBucket = 4;

    /// <summary>Groups of two or more indexes into <paramref name="signatures"/> (null entries are skipped), largest first.</summary>
    public static List<List<int>> Group(IReadOnlyList<ulong[]?> signatures)
    {
        var parent = new int[signatures.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;

        // NOTE: most buckets hold one post; the first representative lives in a plain map and a list is made only
        // for buckets where a post did not match it (rare), so 16 bands over 100,000 posts allocate almost nothing.
        var first = new Dictionary<ulong, int>(signatures.Count);
        var more = new Dictionary<ulong, List<int>>();
        for (var band = 0; band < Bands; band++)
        {
            first.Clear();
            more.Clear();
            for (var doc = 0; doc < signatures.Count; doc++)
            {
                var sig = signatures[doc];
                if (sig is null) continue;
                var key = BandKey(sig, band);
                if (!first.TryGetValue(key, out var rep))
                {
                    first[key] = doc;
                    continue;
                }

                if (Joined(parent, sig, signatures, doc, rep)) continue;
                if (!more.TryGetValue(key, out var reps))
                {
                    more[key] = [doc];
                    continue;
                }

                var joined = false;
                foreach (var other in reps)
                {
                    if (Joined(parent, sig, signatures, doc, other))
                    {
                        joined = true;
                        break;
                    }
                }

                if (!joined && reps.Count < RepresentativesPerBucket - 1) reps.Add(doc);
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            if (signatures[i] is null) continue;
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var list)) groups[root] = list = [];
            list.Add(i);
        }

        return groups.Values.Where(g => g.Count > 1).OrderByDescending(g => g.Count).ThenBy(g => g[0]).ToList();
    }

    /// <summary>True when the two posts are (now) in one group: already joined, or similar enough to join.</summary>
    private static bool Joined(int[] parent, ulong[] sig, IReadOnlyList<ulong[]?> signatures, int doc, int rep)
    {
        if (Find(parent, doc) == Find(parent, rep)) return true;
        if (MinHash.Similarity(sig, signatures[rep]!) < Threshold) return false;
        Union(parent, doc, rep);
        return true;
    }

    private static ulong BandKey(ulong[] sig, int band)
    {
        var h = (ulong)band + 1;
        for (var r = 0; r < Rows; r++) h = MinHash.Mix(h * 31 + sig[band * Rows + r]);
        return h;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
