using Preround.Planning.Queue;
using Preround.Planning.Review;

namespace Preround.Planning.Contacts;

/// <summary>What the user enters for a new contact.</summary>
public sealed record NewContact(
    string Name,
    ContactRole Role = ContactRole.Peer,
    string? Handle = null,
    Core.Domain.Platform? Platform = null,
    string? WhereMet = null,
    DateTimeOffset? NextFollowUp = null,
    string? Notes = null);

/// <summary>Networking contacts: who, where met, last interaction, next follow-up and the healthy-flow checklist.</summary>
public sealed class ContactService(IContactStore store, TimeProvider clock)
{
    /// <summary>How long until the next follow-up after an interaction, by role, when the user does not say.</summary>
    public static TimeSpan DefaultInterval(ContactRole role) => role switch
    {
        ContactRole.Collaborator => TimeSpan.FromDays(14),
        ContactRole.Peer => TimeSpan.FromDays(30),
        ContactRole.Mentor => TimeSpan.FromDays(60),
        _ => TimeSpan.FromDays(90),
    };

    public async Task<Contact> AddAsync(NewContact request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) throw new PlanningException("A contact needs a name.");
        if (request.Name.Length > 200) throw new PlanningException("A contact name may be at most 200 characters.");
        var now = clock.GetUtcNow();
        var contact = new Contact
        {
            Name = request.Name.Trim(),
            Role = request.Role,
            Handle = NormalizeHandle(request.Handle),
            Platform = request.Platform,
            WhereMet = Blank(request.WhereMet),
            NextFollowUp = request.NextFollowUp?.ToUniversalTime() ?? now + DefaultInterval(request.Role),
            Notes = Blank(request.Notes),
            CreatedAt = now,
        };
        return await store.AddContactAsync(contact, ct);
    }

    public async Task<Contact> GetAsync(long id, CancellationToken ct = default) =>
        await store.GetContactAsync(id, ct) ?? throw new NotFoundException($"There is no contact {id}; `contacts list` shows them all.");

    public Task<IReadOnlyList<Contact>> ListAsync(CancellationToken ct = default) => store.ListContactsAsync(ct);

    public Task<IReadOnlyList<ContactInteraction>> InteractionsAsync(long id, CancellationToken ct = default) =>
        store.ListInteractionsAsync(id, ct);

    /// <summary>
    /// Records an interaction now (or at <paramref name="at"/>), ticks a checklist step if given, and sets the next
    /// follow-up (by default one role interval later).
    /// </summary>
    public async Task<Contact> TouchAsync(long id, string? note = null, ContactFlowStep? step = null, DateTimeOffset? nextFollowUp = null,
        DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var contact = await GetAsync(id, ct);
        var when = (at ?? clock.GetUtcNow()).ToUniversalTime();
        await store.AddInteractionAsync(new ContactInteraction(0, id, when, Blank(note) ?? "interaction", "note"), ct);
        var updated = contact with
        {
            LastInteraction = contact.LastInteraction is { } last && last > when ? last : when,
            NextFollowUp = nextFollowUp?.ToUniversalTime() ?? when + DefaultInterval(contact.Role),
            Flow = step is { } s ? contact.Flow.With(s) : contact.Flow,
        };
        await store.UpdateContactAsync(updated, ct);
        return updated;
    }

    /// <summary>Contacts whose follow-up is due at <paramref name="asOf"/> (now by default), most overdue first.</summary>
    public async Task<IReadOnlyList<Contact>> DueAsync(DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        var when = asOf ?? clock.GetUtcNow();
        return (await store.ListContactsAsync(ct)).Where(c => c.IsDue(when)).OrderBy(c => c.NextFollowUp).ToList();
    }

    /// <summary>
    /// Updates each contact's last interaction from the user's replies to and mentions of their handle in
    /// <paramref name="history"/>. Returns how many contacts changed.
    /// </summary>
    public async Task<int> SyncFromHistoryAsync(IEnumerable<HistoryPost> history, CancellationToken ct = default)
    {
        var contacts = (await store.ListContactsAsync(ct)).Where(c => c.Handle is not null).ToList();
        if (contacts.Count == 0) return 0;
        var latest = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var post in history)
        {
            foreach (var account in post.Mentions.Append(post.InReplyToAccount ?? "").Append(post.RepostOf ?? ""))
            {
                var handle = NormalizeHandle(account);
                if (handle is null) continue;
                if (!latest.TryGetValue(handle, out var seen) || post.CreatedAt > seen) latest[handle] = post.CreatedAt;
            }
        }

        var changed = 0;
        foreach (var contact in contacts)
        {
            if (!latest.TryGetValue(contact.Handle!, out var when)) continue;
            when = when.ToUniversalTime();
            if (contact.LastInteraction is { } last && last >= when) continue;
            await store.AddInteractionAsync(new ContactInteraction(0, contact.Id, when, "replied to or mentioned them", "archive"), ct);
            await store.UpdateContactAsync(contact with { LastInteraction = when }, ct);
            changed++;
        }

        return changed;
    }

    /// <summary>A handle without a leading @ and surrounding space; null when empty.</summary>
    public static string? NormalizeHandle(string? handle)
    {
        var h = handle?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(h) ? null : h;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
