using System.Threading.Channels;
using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>
/// Streams imported posts through the checker in parallel batches and hands the results on in archive order.
/// Memory stays bounded by the batch size, whatever the archive's size.
/// </summary>
/// <param name="check">The checker; called from several threads at once (the engine's Analyzer is thread-safe).</param>
/// <param name="options">Author and parallelism.</param>
public sealed class AuditRunner(Func<Draft, CheckResult> check, AuditOptions? options = null)
{
    private readonly AuditOptions _options = options ?? new AuditOptions();

    /// <summary>Checks every post, calls <paramref name="onPost"/> for each in input order (on one thread at a time), and returns the summary.</summary>
    /// <param name="posts">The posts, read lazily (an archive's <c>Posts</c>).</param>
    /// <param name="onPost">Receives each checked post: write it to a report as it comes.</param>
    /// <param name="progress">Receives the running count of checked posts.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public AuditSummary Run(IEnumerable<ImportedPost> posts, Action<AuditedPost>? onPost = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = new AuditSummaryBuilder(_options.RiskiestKept);
        var batches = Channel.CreateBounded<ImportedPost[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

        // NOTE: reading (JSON parsing) runs on its own thread while the previous batch is checked, so the two overlap.
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<ImportedPost>(_options.BatchSize);
                foreach (var post in posts)
                {
                    batch.Add(post);
                    if (batch.Count == _options.BatchSize)
                    {
                        await batches.Writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0) await batches.Writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.Complete(ex);
            }
        }, cancellationToken);

        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken };
        var reader = batches.Reader;
        while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var batch))
            {
                var results = new AuditedPost[batch.Length];
                Parallel.For(0, batch.Length, parallel, i => results[i] = CheckOne(batch[i]));
                foreach (var result in results)
                {
                    summary.Add(result);
                    onPost?.Invoke(result);
                }
                done += batch.Length;
                progress?.Report(done);
            }
        }
        producer.GetAwaiter().GetResult();
        return summary.Build();
    }

    /// <summary>Checks one post (exposed for callers that audit a handful of posts without a stream).</summary>
    public AuditedPost CheckOne(ImportedPost post)
    {
        var metadata = MetadataFindings.For(post).ToList();
        if (post.Text.Length == 0 || (post.Kind == PostKind.Repost && !_options.CheckReposts))
            return new AuditedPost(post, metadata);
        var text = post.Text;
        string? error = null;
        if (text.Length > Draft.MaxLength)
        {
            // NOTE: only a long-form note can exceed the limit; its first part is checked and the report says so.
            text = text[..Draft.MaxLength];
            error = $"only the first {Draft.MaxLength:N0} characters were checked";
        }
        var draft = new Draft(text, _options.Author, post.Platform, post.Kind == PostKind.Reply ? DraftContext.Comment : DraftContext.Post);
        try
        {
            var result = check(draft);
            return new AuditedPost(post, metadata.Count == 0 ? result.Findings : [.. result.Findings, .. metadata], error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new AuditedPost(post, metadata, $"could not be checked: {ex.Message}");
        }
    }
}
