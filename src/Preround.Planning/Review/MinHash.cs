namespace Preround.Planning.Review;

/// <summary>
/// MinHash signatures of word-bigram shingles: two posts' signatures agree in about the same share of positions as
/// their shingle sets overlap (Jaccard similarity).
/// </summary>
internal static class MinHash
{
    /// <summary>Signature length: 64 values gives a similarity estimate within about ±0.06.</summary>
    public const int Length = 64;

    private static readonly ulong[] Seeds = CreateSeeds(0x5052455230554E44UL);
    private static readonly ulong[] Multipliers = CreateSeeds(0x4D494E4841534821UL).Select(m => m | 1).ToArray();

    /// <summary>The 64-bit hashes of the word bigrams of <paramref name="tokens"/> (the token itself for one-word posts).</summary>
    public static ulong[] Shingles(IReadOnlyList<string> tokens) => Shingles(tokens.Select(Hash).ToList());

    /// <summary>The word-bigram hashes from word hashes (see <see cref="PostText.Hashes"/>).</summary>
    public static ulong[] Shingles(List<ulong> tokenHashes)
    {
        if (tokenHashes.Count == 0) return [];
        if (tokenHashes.Count == 1) return [tokenHashes[0]];
        var shingles = new ulong[tokenHashes.Count - 1];
        for (var i = 1; i < tokenHashes.Count; i++) shingles[i - 1] = Mix(tokenHashes[i - 1] * 31 + tokenHashes[i]);
        return shingles;
    }

    /// <summary>The signature: for each of 64 hash functions, the least hash over the shingles.</summary>
    public static ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Length; i++)
            {
                // NOTE: the shingle is already well mixed, so xor-then-multiply by an odd constant is enough for an
                // independent-looking permutation per position, at a fraction of a full mix per value.
                var h = (shingle ^ Seeds[i]) * Multipliers[i];
                if (h < signature[i]) signature[i] = h;
            }
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (a[i] == b[i]) same++;
        }

        return same / (double)Length;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then mixed: stable across runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static ulong Hash(string s) => Hash(s.AsSpan());

    /// <inheritdoc cref="Hash(string)"/>
    public static ulong Hash(ReadOnlySpan<char> s) => Mix(Fnv(s));

    /// <summary>The hash of <paramref name="s"/> followed by <paramref name="last"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> s, char last)
    {
        var h = Fnv(s);
        h ^= last;
        h *= 1099511628211UL;
        return Mix(h);
    }

    private static ulong Fnv(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return h;
    }

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the output.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds(ulong state)
    {
        // NOTE: fixed seeds, so signatures (and groups) are the same on every run.
        var seeds = new ulong[Length];
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
