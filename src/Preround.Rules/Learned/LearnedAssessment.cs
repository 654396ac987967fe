using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Rules.Learned;

/// <summary>The learned classifier's view of one draft: features once, probabilities once, shared by every learned rule.</summary>
internal sealed class LearnedAssessment
{
    private static readonly object Key = new();

    private LearnedAssessment(LearnedModel model, AnalyzedText text, List<LearnedFeature> features, float[] probabilities)
    {
        Model = model;
        Text = text;
        Features = features;
        Probabilities = probabilities;
    }

    public LearnedModel Model { get; }

    public AnalyzedText Text { get; }

    public List<LearnedFeature> Features { get; }

    public float[] Probabilities { get; }

    public static LearnedAssessment For(RuleContext context) => context.Shared(Key, static c =>
    {
        var model = LearnedModels.Default;
        var features = new List<LearnedFeature>(c.Text.Tokens.Count * 2 + 4);
        LearnedFeatures.Extract(c.Text, features);
        return new LearnedAssessment(model, c.Text, features, model.Predict(features));
    });

    /// <summary>Whether the model predicts a target at its cross-validated threshold.</summary>
    public bool Predicts(int target) => target >= 0 && Probabilities[target] >= Model.Thresholds[target];

    /// <summary>
    /// Where the evidence for a target sits: the sentence whose words weigh most toward it, trimmed to the span
    /// from its first to its last strongly weighted word (normalised coordinates), and those words, strongest first.
    /// </summary>
    public (TextSpan Span, IReadOnlyList<int> Tokens) Evidence(int target)
    {
        var tokens = Text.Tokens;
        var weight = new float[tokens.Count];
        foreach (var f in Features)
        {
            if (f.Token >= 0) weight[f.Token] += Model.Weight(f.Hash, target);
        }
        var sentences = Math.Max(1, Text.Sentences.Count);
        var bySentence = new float[sentences];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (weight[i] > 0) bySentence[Math.Min(tokens[i].Sentence, sentences - 1)] += weight[i];
        }
        var best = 0;
        for (var s = 1; s < sentences; s++)
        {
            if (bySentence[s] > bySentence[best]) best = s;
        }
        var max = 0f;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Sentence == best && weight[i] > max) max = weight[i];
        }
        if (max <= 0) return (Text.SentenceSpanAt(0), []);
        var strong = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // A quarter of the strongest word's weight: enough to keep the phrase together, not the whole sentence.
            if (tokens[i].Sentence == best && weight[i] >= max / 4) strong.Add(i);
        }
        var span = TextSpan.FromBounds(tokens[strong[0]].Start, tokens[strong[^1]].End);
        strong.Sort((a, b) => weight[b].CompareTo(weight[a]));
        return (span, strong);
    }
}
