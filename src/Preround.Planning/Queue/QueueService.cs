using Preround.Core.Domain;
using Preround.Planning.Strategy;

namespace Preround.Planning.Queue;

/// <summary>What the user asks to queue.</summary>
public sealed record NewPlannedPost(string Text, Platform Platform, DateTimeOffset PlannedAt, string? Note = null);

/// <summary>Changes to a queued post; null fields stay as they are.</summary>
public sealed record PlannedPostEdit(string? Text = null, Platform? Platform = null, DateTimeOffset? PlannedAt = null, string? Note = null);

/// <summary>
/// The calendar and queue: adds drafts (checked, findings kept), edits them (checked again), and moves them through
/// queued → ready → done, or dropped, enforcing the cooling-off hold.
/// </summary>
public sealed class QueueService(IPlanStore store, IDraftChecker checker, TimeProvider clock, CoolingOffPolicy? coolingOff = null)
{
    private readonly CoolingOffPolicy _policy = coolingOff ?? new CoolingOffPolicy();

    /// <summary>The cooling-off policy in force.</summary>
    public CoolingOffPolicy CoolingOff => _policy;

    /// <summary>Checks and queues one draft.</summary>
    public async Task<PlannedPost> AddAsync(NewPlannedPost request, CancellationToken ct = default) =>
        (await AddManyAsync([request], ct))[0];

    /// <summary>Checks and queues several drafts in one transaction (CSV import): all are stored or none.</summary>
    public async Task<IReadOnlyList<PlannedPost>> AddManyAsync(IReadOnlyList<NewPlannedPost> requests, CancellationToken ct = default)
    {
        var author = await AuthorAsync(ct);
        var now = clock.GetUtcNow();
        var posts = new List<PlannedPost>(requests.Count);
        foreach (var request in requests)
        {
            ValidateText(request.Text);
            var post = new PlannedPost
            {
                Text = request.Text,
                Platform = request.Platform,
                PlannedAt = request.PlannedAt.ToUniversalTime(),
                Note = NullIfBlank(request.Note),
                CreatedAt = now,
                UpdatedAt = now,
            };
            posts.Add(Check(post, author, now));
        }

        return await store.AddPostsAsync(posts, ct);
    }

    public async Task<PlannedPost> GetAsync(long id, CancellationToken ct = default) =>
        await store.GetPostAsync(id, ct) ?? throw new NotFoundException($"There is no planned post {id}; `plan list --all` shows every post.");

    public Task<IReadOnlyList<PlannedPost>> ListAsync(QueueFilter? filter = null, CancellationToken ct = default) =>
        store.ListPostsAsync(filter ?? QueueFilter.Open, ct);

    /// <summary>Edits a queued or ready post. A changed text or platform is checked again; a ready post that now needs a hold goes back to the queue.</summary>
    public async Task<PlannedPost> EditAsync(long id, PlannedPostEdit edit, CancellationToken ct = default)
    {
        var post = await GetAsync(id, ct);
        if (post.Status is PlannedPostStatus.Done or PlannedPostStatus.Dropped)
        {
            throw new PlanningException($"Post {id} is {post.Status.ToString().ToLowerInvariant()}; only queued or ready posts can be edited.");
        }

        if (edit.Text is not null) ValidateText(edit.Text);
        var now = clock.GetUtcNow();
        var changedContent = (edit.Text is not null && edit.Text != post.Text) || (edit.Platform is { } p && p != post.Platform);
        var updated = post with
        {
            Text = edit.Text ?? post.Text,
            Platform = edit.Platform ?? post.Platform,
            PlannedAt = edit.PlannedAt?.ToUniversalTime() ?? post.PlannedAt,
            Note = edit.Note is null ? post.Note : NullIfBlank(edit.Note),
            UpdatedAt = now,
        };
        if (changedContent)
        {
            updated = Check(updated, await AuthorAsync(ct), now);
            if (updated.Status == PlannedPostStatus.Ready && updated.IsHeld(now))
            {
                updated = updated with { Status = PlannedPostStatus.Queued, StatusChangedAt = now };
            }
        }

        await store.UpdatePostAsync(updated, ct);
        return updated;
    }

    /// <summary>
    /// Marks a post ready. Refused while a cooling-off hold is in force (the exception says until when and why), and for
    /// a draft with block findings unless <paramref name="acceptBlockFindings"/> says the user has read them.
    /// </summary>
    public async Task<PlannedPost> MarkReadyAsync(long id, bool acceptBlockFindings = false, CancellationToken ct = default)
    {
        var post = await GetAsync(id, ct);
        if (post.Status != PlannedPostStatus.Queued)
        {
            throw new PlanningException($"Post {id} is {post.Status.ToString().ToLowerInvariant()}; only queued posts can be marked ready.");
        }

        var now = clock.GetUtcNow();
        if (post.IsHeld(now))
        {
            throw new CoolingOffException(id, post.HoldUntil!.Value, post.HoldReason ?? "flagged by the checker");
        }

        if (post.Verdict == Verdict.Block && !acceptBlockFindings)
        {
            throw new BlockFindingsException(id, post.Findings.Where(f => f.Severity == Severity.Block).Select(f => f.RuleId).Distinct().ToList());
        }

        var ready = post with { Status = PlannedPostStatus.Ready, StatusChangedAt = now, UpdatedAt = now };
        await store.UpdatePostAsync(ready, ct);
        return ready;
    }

    /// <summary>Records that a post went out. A post still under a hold cannot be marked done: it was not meant to go out yet.</summary>
    public async Task<PlannedPost> MarkDoneAsync(long id, DateTimeOffset? postedAt = null, CancellationToken ct = default)
    {
        var post = await GetAsync(id, ct);
        if (post.Status is PlannedPostStatus.Done or PlannedPostStatus.Dropped)
        {
            throw new PlanningException($"Post {id} is already {post.Status.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        if (post.IsHeld(now))
        {
            throw new CoolingOffException(id, post.HoldUntil!.Value, post.HoldReason ?? "flagged by the checker");
        }

        var done = post with { Status = PlannedPostStatus.Done, StatusChangedAt = postedAt?.ToUniversalTime() ?? now, UpdatedAt = now };
        await store.UpdatePostAsync(done, ct);
        return done;
    }

    /// <summary>Drops a post; it stays in the store so the history is honest.</summary>
    public async Task<PlannedPost> DropAsync(long id, CancellationToken ct = default)
    {
        var post = await GetAsync(id, ct);
        if (post.Status is PlannedPostStatus.Done or PlannedPostStatus.Dropped)
        {
            throw new PlanningException($"Post {id} is already {post.Status.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        var dropped = post with { Status = PlannedPostStatus.Dropped, StatusChangedAt = now, UpdatedAt = now };
        await store.UpdatePostAsync(dropped, ct);
        return dropped;
    }

    private async Task<AuthorProfile> AuthorAsync(CancellationToken ct) =>
        (await store.GetStrategyAsync(ct))?.Author ?? AuthorProfile.Unknown;

    private PlannedPost Check(PlannedPost post, AuthorProfile author, DateTimeOffset now)
    {
        var result = checker.Check(new Draft(post.Text, author, post.Platform));
        var findings = result.Findings.Select(QueuedFinding.From).ToList();
        var flagged = _policy.Triggers(findings).Count > 0;

        // NOTE: the hold runs from when the draft was FIRST flagged; rewording that still vents does not restart it,
        // and rewording that no longer vents lifts it at once.
        var flaggedAt = flagged ? post.FlaggedAt ?? now : (DateTimeOffset?)null;
        var hold = flaggedAt is { } at ? _policy.Hold(findings, at) : null;
        return post with
        {
            Findings = findings,
            Verdict = result.Verdict,
            CheckedAt = now,
            FlaggedAt = flaggedAt,
            HoldUntil = hold?.Until,
            HoldReason = hold?.Reason,
        };
    }

    private static void ValidateText(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new PlanningException("The draft is empty; write the post text first.");
        if (text.Length > Draft.MaxLength) throw new PlanningException($"The draft is {text.Length:N0} characters; the most the checker reads is {Draft.MaxLength:N0}.");
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
