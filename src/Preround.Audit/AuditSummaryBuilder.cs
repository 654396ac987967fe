using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>Accumulates counts, the timeline and the riskiest posts as results stream past.</summary>
internal sealed class AuditSummaryBuilder(int keepRiskiest)
{
    private readonly Dictionary<PostKind, int> _kinds = [];
    private readonly Dictionary<Platform, int> _platforms = [];
    private readonly Dictionary<Verdict, int> _verdicts = [];
    private readonly Dictionary<string, (int Posts, int Blocks)> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, (int Posts, int Flagged, Dictionary<string, int> Categories)> _months = [];
    private readonly PriorityQueue<AuditedPost, (double, long)> _riskiest = new();
    private readonly Dictionary<string, List<(double Risk, string Id)>> _byCategory = new(StringComparer.Ordinal);
    private readonly List<(double Risk, string Id)> _blockPosts = [];
    private readonly List<(double Risk, string Id)> _located = [];
    private readonly List<(double Risk, string Id)> _deletedFlagged = [];
    private int _total, _flagged, _deleted, _unchecked;
    private DateTimeOffset? _first, _last;

    public void Add(AuditedPost audited)
    {
        var post = audited.Post;
        _total++;
        Bump(_kinds, post.Kind);
        Bump(_platforms, post.Platform);
        Bump(_verdicts, audited.Verdict);
        if (post.IsDeleted) _deleted++;
        if (audited.CheckError is not null) _unchecked++;
        if (_first is null || post.CreatedAt < _first) _first = post.CreatedAt;
        if (_last is null || post.CreatedAt > _last) _last = post.CreatedAt;

        var month = new DateOnly(post.CreatedAt.UtcDateTime.Year, post.CreatedAt.UtcDateTime.Month, 1);
        (int Posts, int Flagged, Dictionary<string, int> Categories) bucket = _months.TryGetValue(month, out var b) ? b : (0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
        bucket.Posts++;
        var flagged = audited.Verdict != Verdict.Ok;
        if (flagged)
        {
            _flagged++;
            bucket.Flagged++;
            var entry = (audited.Risk, post.Id);
            foreach (var category in audited.Findings.Where(f => f.Severity >= Severity.Warn).Select(f => f.Category).Distinct())
            {
                var c = _categories.GetValueOrDefault(category);
                var blocks = audited.Findings.Any(f => f.Category == category && f.Severity == Severity.Block);
                _categories[category] = (c.Posts + 1, c.Blocks + (blocks ? 1 : 0));
                bucket.Categories[category] = bucket.Categories.GetValueOrDefault(category) + 1;
                if (!_byCategory.TryGetValue(category, out var list)) _byCategory[category] = list = [];
                list.Add(entry);
            }
            if (audited.Verdict == Verdict.Block) _blockPosts.Add(entry);
            if (post.IsDeleted) _deletedFlagged.Add(entry);
        }
        if (audited.Findings.Any(f => f.RuleId == MetadataFindings.LocationRuleId)) _located.Add((audited.Risk, post.Id));
        _months[month] = bucket;

        if (audited.Risk > 0)
        {
            // NOTE: a bounded min-heap: the smallest kept risk is dropped first, so memory stays at keepRiskiest posts.
            var priority = (audited.Risk, post.CreatedAt.UtcTicks);
            if (_riskiest.Count < keepRiskiest) _riskiest.Enqueue(audited, priority);
            else if (_riskiest.TryPeek(out _, out var lowest) && priority.CompareTo(lowest) > 0) _riskiest.EnqueueDequeue(audited, priority);
        }
    }

    public AuditSummary Build()
    {
        var categories = _categories.Select(c => new CategoryCount(c.Key, c.Value.Posts, c.Value.Blocks))
            .OrderByDescending(c => c.Posts).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        var timeline = new List<MonthBucket>();
        if (_first is { } first && _last is { } last)
        {
            for (var m = new DateOnly(first.UtcDateTime.Year, first.UtcDateTime.Month, 1); m <= new DateOnly(last.UtcDateTime.Year, last.UtcDateTime.Month, 1); m = m.AddMonths(1))
            {
                timeline.Add(_months.TryGetValue(m, out var b)
                    ? new MonthBucket(m, b.Posts, b.Flagged, b.Categories)
                    : new MonthBucket(m, 0, 0, new Dictionary<string, int>()));
            }
        }
        var riskiest = _riskiest.UnorderedItems.Select(x => x.Element)
            .OrderByDescending(p => p.Risk).ThenByDescending(p => p.Post.CreatedAt).ToList();
        return new AuditSummary
        {
            TotalPosts = _total,
            Kinds = _kinds,
            Platforms = _platforms,
            Verdicts = _verdicts,
            FlaggedPosts = _flagged,
            DeletedPosts = _deleted,
            UncheckedPosts = _unchecked,
            FirstPostAt = _first,
            LastPostAt = _last,
            Categories = categories,
            Timeline = timeline,
            Riskiest = riskiest,
            Patterns = PatternFinder.Find(categories, timeline),
            Cleanup = CleanupPlanner.Plan(categories, _byCategory, _blockPosts, _located, _deletedFlagged),
        };
    }

    private static void Bump<T>(Dictionary<T, int> counts, T key) where T : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
