namespace Preround.Planning.Review;

/// <summary>Finds which lane topics a post touches: every word of the topic (stemmed) appears in its words or hashtags.</summary>
internal sealed class LaneMatcher
{
    private readonly (string Topic, string[] Stems)[] _topics;

    public LaneMatcher(IEnumerable<string> lane) =>
        _topics = lane.Select(t => (t, PostText.Tokens(t).Select(PostText.Stem).ToArray())).Where(t => t.Item2.Length > 0).ToArray();

    public IEnumerable<string> Match(IReadOnlyList<string> tokens, IReadOnlyList<string> hashtags)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens) stems.Add(PostText.Stem(t));
        foreach (var tag in hashtags)
        {
            foreach (var w in PostText.HashtagWords(tag)) stems.Add(PostText.Stem(w));
            stems.Add(PostText.Stem(tag.TrimStart('#').ToLowerInvariant()));
        }

        foreach (var (topic, topicStems) in _topics)
        {
            if (topicStems.All(stems.Contains) || stems.Contains(string.Concat(topicStems))) yield return topic;
        }
    }
}
