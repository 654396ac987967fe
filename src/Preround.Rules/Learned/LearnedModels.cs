namespace Preround.Rules.Learned;

/// <summary>The model shipped inside Preround.Rules, loaded on first use.</summary>
public static class LearnedModels
{
    /// <summary>Name of the embedded resource (the file src/Preround.Rules/Learned/preround.model).</summary>
    public const string ResourceName = "Preround.Rules.Learned.preround.model";

    private static readonly Lazy<LearnedModel> Embedded = new(() =>
    {
        using var stream = typeof(LearnedModels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The learned model resource {ResourceName} is missing from Preround.Rules; run tools/Preround.Train.");
        return LearnedModel.Load(stream);
    });

    /// <summary>The shipped model, unless a training tool has put a candidate in its place.</summary>
    public static LearnedModel Default => Candidate ?? Embedded.Value;

    /// <summary>
    /// A model under evaluation by tools/Preround.Train, so that it can score the whole checker (hand-written rules
    /// plus the candidate) before the candidate is written. Never set by the product.
    /// </summary>
    internal static LearnedModel? Candidate { get; set; }
}
