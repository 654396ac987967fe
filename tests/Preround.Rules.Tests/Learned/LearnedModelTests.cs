using Preround.Core.Domain;
using Preround.Core.Text;
using Preround.Rules.Learned;

namespace Preround.Rules.Tests.Learned;

public sealed class LearnedModelTests
{
    private static List<LearnedFeature> Features(string text)
    {
        var list = new List<LearnedFeature>();
        LearnedFeatures.Extract(TextAnalyzer.Analyze(text), list);
        return list;
    }

    [Fact]
    public void ShippedModel_ScoresEveryRiskCategoryAndTheBlockSeverity()
    {
        var model = LearnedModels.Default;
        Assert.Equal(RuleCategories.Risk.Append("block"), model.Targets);
        Assert.All(model.Thresholds, t => Assert.InRange(t, 0.05f, 0.99f));
        Assert.True(model.FeatureCount > 1000, $"only {model.FeatureCount} features");
    }

    [Fact]
    public void SaveThenLoad_GivesTheSameModel()
    {
        var model = LearnedModels.Default;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var copy = LearnedModel.Load(stream);
        Assert.Equal(model.Targets, copy.Targets);
        Assert.Equal(model.Thresholds, copy.Thresholds);
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
        var f = Features("Use my code JEN20 for 20% off the collagen I give all my patients, link in bio");
        Assert.Equal(model.Predict(f), copy.Predict(f));
    }

    [Fact]
    public void Load_RejectsAFileThatIsNotAModel()
    {
        var e = Assert.Throws<InvalidDataException>(() => LearnedModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsATruncatedModel()
    {
        using var stream = new MemoryStream();
        LearnedModels.Default.Save(stream);
        var cut = stream.ToArray()[..(int)(stream.Length / 2)];
        var e = Assert.Throws<InvalidDataException>(() => LearnedModel.Load(new MemoryStream(cut)));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Features_AreTheSameForTheSameDraft()
    {
        const string text = "Pt in bed 4 keeps hitting the call light lol #nightshift 😴";
        Assert.Equal(Features(text), Features(text));
    }

    [Fact]
    public void Features_TellANegatedWordFromTheSameWordUnnegated()
    {
        var plain = Features("post patient photos").Select(f => f.Hash).ToHashSet();
        var negated = Features("never post patient photos").Select(f => f.Hash).ToHashSet();
        Assert.NotEmpty(negated.Except(plain).Where(h => Features("never").All(f => f.Hash != h)));
    }

    [Fact]
    public void Features_AllComeFromTheWords()
    {
        // Role and platform are not features (they became spurious priors); every feature points at a token.
        Assert.All(Features("Clean post"), f => Assert.True(f.Token >= 0));
    }

    [Fact]
    public void Features_FoldLeetspeakLikeTheRules()
    {
        Assert.Equal(
            Features("id10t").Select(f => f.Hash),
            Features("idiot").Select(f => f.Hash));
    }

    [Theory]
    [InlineData("vents", "vent")]
    [InlineData("venting", "vent")]
    [InlineData("patients", "patient")]
    [InlineData("glass", "glass")]
    [InlineData("virus", "virus")]
    public void Stem_MergesInflectionsOnly(string word, string stem) =>
        Assert.Equal(stem, LearnedFeatures.Stem(word).ToString());
}
