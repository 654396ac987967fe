using Preround.Core.Evaluation;

namespace Preround.Bench;

/// <summary>Our own labelled posts (corpus/*.jsonl), found from the working folder upward.</summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<LabelledPost> Load()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Preround.sln")) && Directory.Exists(corpus))
            {
                return Directory.GetFiles(corpus, "*.jsonl")
                    .SelectMany(f => LabelledPost.ParseLines(File.ReadLines(f), f))
                    .ToList();
            }
        }
        return [];
    }
}
