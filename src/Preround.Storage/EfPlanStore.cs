using Microsoft.EntityFrameworkCore;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;
using Preround.Storage.Entities;

namespace Preround.Storage;

/// <summary>The queue, strategy and contacts in SQLite or PostgreSQL; one short-lived context per call.</summary>
internal sealed class EfPlanStore(Func<PlanningDbContext> contexts, TimeProvider clock) : IPlanStore, IContactStore
{
    public async Task<StrategyProfile?> GetStrategyAsync(CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = await db.Strategy.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }

    public async Task SaveStrategyAsync(StrategyProfile profile, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = RowMapping.ToRow(profile, clock.GetUtcNow());
        var existing = await db.Strategy.SingleOrDefaultAsync(s => s.Id == 1, ct);
        if (existing is null) db.Strategy.Add(row);
        else db.Entry(existing).CurrentValues.SetValues(row);
        await db.SaveChangesAsync(ct);
    }

    public async Task<PlannedPost?> GetPostAsync(long id, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = await db.PlannedPosts.AsNoTracking().Include(p => p.Findings).SingleOrDefaultAsync(p => p.Id == id, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }

    public async Task<IReadOnlyList<PlannedPost>> ListPostsAsync(QueueFilter filter, CancellationToken ct = default)
    {
        await using var db = contexts();
        IQueryable<PlannedPostRow> q = db.PlannedPosts.AsNoTracking().Include(p => p.Findings);
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Select(s => s.ToString()).ToList();
            q = q.Where(p => names.Contains(p.Status));
        }

        if (filter.From is { } from)
        {
            var f = from.UtcDateTime;
            q = q.Where(p => p.PlannedAt >= f);
        }

        if (filter.To is { } to)
        {
            var t = to.UtcDateTime;
            q = q.Where(p => p.PlannedAt < t);
        }

        var rows = await q.OrderBy(p => p.PlannedAt).ThenBy(p => p.Id).AsSplitQuery().ToListAsync(ct);
        return rows.Select(RowMapping.FromRow).ToList();
    }

    public async Task<IReadOnlyList<PlannedPost>> AddPostsAsync(IReadOnlyList<PlannedPost> posts, CancellationToken ct = default)
    {
        await using var db = contexts();
        var rows = posts.Select(p =>
        {
            var row = new PlannedPostRow();
            RowMapping.CopyTo(p, row);
            return row;
        }).ToList();
        db.PlannedPosts.AddRange(rows);

        // NOTE: SaveChanges runs in one transaction: an import stores every row or none.
        await db.SaveChangesAsync(ct);
        return posts.Select((p, i) => p with { Id = rows[i].Id }).ToList();
    }

    public async Task UpdatePostAsync(PlannedPost post, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = await db.PlannedPosts.Include(p => p.Findings).SingleOrDefaultAsync(p => p.Id == post.Id, ct)
                  ?? throw new NotFoundException($"There is no planned post {post.Id}.");
        db.Findings.RemoveRange(row.Findings);
        RowMapping.CopyTo(post, row);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Contact> AddContactAsync(Contact contact, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = new ContactRow();
        RowMapping.CopyTo(contact, row);
        db.Contacts.Add(row);
        await db.SaveChangesAsync(ct);
        return contact with { Id = row.Id };
    }

    public async Task<Contact?> GetContactAsync(long id, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }

    public async Task<IReadOnlyList<Contact>> ListContactsAsync(CancellationToken ct = default)
    {
        await using var db = contexts();
        var rows = await db.Contacts.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(ct);
        return rows.Select(RowMapping.FromRow).ToList();
    }

    public async Task UpdateContactAsync(Contact contact, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contact.Id, ct)
                  ?? throw new NotFoundException($"There is no contact {contact.Id}.");
        RowMapping.CopyTo(contact, row);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ContactInteraction> AddInteractionAsync(ContactInteraction interaction, CancellationToken ct = default)
    {
        await using var db = contexts();
        var row = new ContactInteractionRow { ContactId = interaction.ContactId, At = interaction.At.UtcDateTime, Note = interaction.Note, Source = interaction.Source };
        db.ContactInteractions.Add(row);
        await db.SaveChangesAsync(ct);
        return interaction with { Id = row.Id };
    }

    public async Task<IReadOnlyList<ContactInteraction>> ListInteractionsAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = contexts();
        var rows = await db.ContactInteractions.AsNoTracking().Where(i => i.ContactId == contactId)
            .OrderByDescending(i => i.At).ThenByDescending(i => i.Id).ToListAsync(ct);
        return rows.Select(RowMapping.FromRow).ToList();
    }
}
