using System.Collections.Frozen;
using System.Text;

namespace Preround.Rules.Learned;

/// <summary>
/// A linear classifier over <see cref="LearnedFeatures"/>: one logistic model per target (each risk category, and
/// "block" for the severity), with the decision threshold chosen by cross-validation when it was trained.
/// Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// Stored as a small binary file (magic <c>PRLM</c>, version, targets with bias and threshold, then each
/// feature's hash and one weight per target, all little-endian). Only features seen in training are stored.
/// </remarks>
public sealed class LearnedModel
{
    private const int Version = 1;
    private static readonly byte[] Magic = "PRLM"u8.ToArray();

    private readonly FrozenDictionary<uint, int> _rows;
    private readonly float[] _weights;

    /// <summary>Builds a model from trained weights.</summary>
    /// <param name="targets">Target names: risk categories, plus <c>block</c>.</param>
    /// <param name="bias">One bias per target.</param>
    /// <param name="thresholds">Probability at or above which a target is predicted.</param>
    /// <param name="weights">Per feature hash, one weight per target.</param>
    /// <param name="description">How it was trained (files, counts, cross-validated scores), for the docs.</param>
    public LearnedModel(IReadOnlyList<string> targets, float[] bias, float[] thresholds, IReadOnlyDictionary<uint, float[]> weights, string description)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(weights);
        if (bias.Length != targets.Count || thresholds.Length != targets.Count) throw new ArgumentException("one bias and one threshold per target");
        Targets = targets.ToArray();
        Bias = bias;
        Thresholds = thresholds;
        Description = description;
        var rows = new Dictionary<uint, int>(weights.Count);
        _weights = new float[weights.Count * targets.Count];
        var r = 0;
        foreach (var (hash, w) in weights.OrderBy(kv => kv.Key))
        {
            if (w.Length != targets.Count) throw new ArgumentException($"feature {hash:x8} has {w.Length} weights for {targets.Count} targets");
            rows[hash] = r;
            w.CopyTo(_weights, r * targets.Count);
            r++;
        }
        _rows = rows.ToFrozenDictionary();
    }

    /// <summary>Target names in weight order.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Bias per target.</summary>
    public IReadOnlyList<float> Bias { get; }

    /// <summary>Decision threshold per target (a probability).</summary>
    public IReadOnlyList<float> Thresholds { get; }

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>Number of stored features.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Index of a target, or -1.</summary>
    public int TargetIndex(string name)
    {
        for (var i = 0; i < Targets.Count; i++)
        {
            if (string.Equals(Targets[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>Probability per target for one draft's features (duplicates count once).</summary>
    public float[] Predict(IReadOnlyList<LearnedFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var n = Targets.Count;
        var sums = new float[n];
        Span<uint> buffer = features.Count <= 512 ? stackalloc uint[features.Count] : new uint[features.Count];
        for (var i = 0; i < features.Count; i++) buffer[i] = features[i].Hash;
        buffer.Sort();
        var unique = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (i > 0 && buffer[i] == buffer[i - 1]) continue;
            unique++;
            if (!_rows.TryGetValue(buffer[i], out var row)) continue;
            var w = _weights.AsSpan(row * n, n);
            for (var j = 0; j < n; j++) sums[j] += w[j];
        }
        var scale = unique == 0 ? 0f : 1f / MathF.Sqrt(unique);
        for (var j = 0; j < n; j++) sums[j] = Sigmoid(Bias[j] + sums[j] * scale);
        return sums;
    }

    /// <summary>The weight a feature carries for a target (0 when the feature was never seen in training).</summary>
    public float Weight(uint hash, int target) =>
        _rows.TryGetValue(hash, out var row) ? _weights[row * Targets.Count + target] : 0f;

    /// <summary>Logistic function.</summary>
    public static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));

    /// <summary>Writes the model in its binary format.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Description);
        w.Write(Targets.Count);
        for (var i = 0; i < Targets.Count; i++)
        {
            w.Write(Targets[i]);
            w.Write(Bias[i]);
            w.Write(Thresholds[i]);
        }
        w.Write(_rows.Count);
        foreach (var (hash, row) in _rows.OrderBy(kv => kv.Value))
        {
            w.Write(hash);
            for (var j = 0; j < Targets.Count; j++) w.Write(_weights[row * Targets.Count + j]);
        }
    }

    /// <summary>Reads a model; a damaged or foreign file fails with what is wrong.</summary>
    public static LearnedModel Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("not a Preround learned model (bad magic)");
            var version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"learned model version {version} is not supported (expected {Version})");
            var description = r.ReadString();
            var n = r.ReadInt32();
            if (n is <= 0 or > 64) throw new InvalidDataException($"learned model declares {n} targets");
            var targets = new string[n];
            var bias = new float[n];
            var thresholds = new float[n];
            for (var i = 0; i < n; i++)
            {
                targets[i] = r.ReadString();
                bias[i] = r.ReadSingle();
                thresholds[i] = r.ReadSingle();
            }
            var count = r.ReadInt32();
            if (count is < 0 or > 10_000_000) throw new InvalidDataException($"learned model declares {count} features");
            var weights = new Dictionary<uint, float[]>(count);
            for (var f = 0; f < count; f++)
            {
                var hash = r.ReadUInt32();
                var w = new float[n];
                for (var j = 0; j < n; j++) w[j] = r.ReadSingle();
                weights[hash] = w;
            }
            return new LearnedModel(targets, bias, thresholds, weights, description);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("learned model file is truncated");
        }
    }
}
