using Preround.Rules.Learned;

/// <summary>
/// One-vs-rest logistic regression by stochastic gradient descent, all targets in one pass over the posts.
/// Features are presence flags scaled by 1/sqrt(count), as <see cref="LearnedModel.Predict"/> scores them.
/// </summary>
internal sealed class Trainer
{
    private const int Epochs = 30;
    private const float Rate = 1.0f;
    private const int Seed = 17;

    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _targets;

    private Trainer(int vocabulary, int targets)
    {
        _weights = new float[vocabulary * targets];
        _bias = new float[targets];
        _targets = targets;
    }

    public static Trainer Fit(TrainingData data, int[] rows, int targets)
    {
        var m = new Trainer(data.Vocabulary.Count, targets);
        // Rare categories get their positives weighted up (capped) so they are not drowned by the clean posts.
        var positiveWeight = new float[targets];
        for (var t = 0; t < targets; t++)
        {
            var pos = rows.Count(r => data.Labels[r][t]);
            var neg = rows.Length - pos;
            positiveWeight[t] = pos == 0 ? 1 : Math.Clamp(MathF.Sqrt((float)neg / pos), 1f, 6f);
        }
        var order = rows.ToArray();
        var random = new Random(Seed);
        var gradient = new float[targets];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = Rate / (1 + 0.1f * epoch);
            foreach (var r in order)
            {
                var doc = data.Docs[r];
                var x = data.Scales[r];
                var p = m.Predict(doc, x);
                for (var t = 0; t < targets; t++)
                {
                    var y = data.Labels[r][t];
                    gradient[t] = (p[t] - (y ? 1 : 0)) * (y ? positiveWeight[t] : 1);
                    m._bias[t] -= rate * gradient[t] * 0.1f;
                }
                foreach (var f in doc)
                {
                    var w = m._weights.AsSpan(f * targets, targets);
                    for (var t = 0; t < targets; t++)
                    {
                        w[t] -= rate * (gradient[t] * x + L2 * w[t]);
                    }
                }
            }
        }
        return m;
    }

    /// <summary>Probabilities for one post's stored features, scaled by <paramref name="x"/> (1/sqrt of all its distinct features).</summary>
    public float[] Predict(int[] doc, float x)
    {
        var sums = new float[_targets];
        foreach (var f in doc)
        {
            var w = _weights.AsSpan(f * _targets, _targets);
            for (var t = 0; t < _targets; t++) sums[t] += w[t];
        }
        for (var t = 0; t < _targets; t++) sums[t] = LearnedModel.Sigmoid(_bias[t] + sums[t] * x);
        return sums;
    }

    /// <summary>L2 penalty per update: larger keeps weights on phrasings only our writers use smaller.</summary>
    public static float L2 { get; set; } = 1e-5f;

    /// <summary>Share of clean posts one category may flag, out of fold: fifteen categories must stay under 5% together.</summary>
    public static double CleanAlarmBudget { get; set; } = 0.004;

    /// <summary>
    /// The threshold with the best F1 on out-of-fold probabilities (the higher one on ties), with its precision and
    /// recall, among those that flag at most <see cref="CleanAlarmBudget"/> of the clean posts when they are given.
    /// </summary>
    public static (float Threshold, double Precision, double Recall) ChooseThreshold(float[] probabilities, bool[] labels, bool[]? clean)
    {
        var cleanCount = clean?.Count(c => c) ?? 0;
        var best = (Threshold: 0.5f, Precision: 0.0, Recall: 0.0);
        var bestF = -1.0;
        // NOTE: no threshold under 0.25: lower ones fire on short bland drafts from the bias alone.
        for (var step = 25; step <= 95; step++)
        {
            var threshold = step / 100f;
            int tp = 0, fp = 0, fn = 0, alarms = 0;
            for (var i = 0; i < labels.Length; i++)
            {
                var yes = probabilities[i] >= threshold;
                if (yes && clean is not null && clean[i]) alarms++;
                if (yes && labels[i]) tp++;
                else if (yes) fp++;
                else if (labels[i]) fn++;
            }
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            var f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (cleanCount > 0 && alarms > CleanAlarmBudget * cleanCount) f = -0.5 + f / 10;
            if (f >= bestF)
            {
                bestF = f;
                best = (threshold, precision, recall);
            }
        }
        return best;
    }

    public LearnedModel ToModel(string[] targets, float[] thresholds, Dictionary<uint, int> vocabulary, string description)
    {
        // Features whose weights are all negligible add size and nothing else.
        const float Negligible = 0.002f;
        var weights = new Dictionary<uint, float[]>();
        foreach (var (hash, id) in vocabulary)
        {
            var w = _weights.AsSpan(id * _targets, _targets);
            var keep = false;
            foreach (var v in w) keep |= MathF.Abs(v) >= Negligible;
            if (keep) weights[hash] = w.ToArray();
        }
        return new LearnedModel(targets, _bias.ToArray(), thresholds, weights, description);
    }
}
