using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;

namespace Preround.Planning.Tests.Support;

/// <summary>A plain in-memory store for service tests; the EF stores have their own tests in Preround.Storage.Tests.</summary>
internal sealed class InMemoryPlanStore : IPlanStore, IContactStore
{
    private readonly Dictionary<long, PlannedPost> _posts = [];
    private readonly Dictionary<long, Contact> _contacts = [];
    private readonly List<ContactInteraction> _interactions = [];
    private StrategyProfile? _strategy;
    private long _next = 1;

    public Task<StrategyProfile?> GetStrategyAsync(CancellationToken ct = default) => Task.FromResult(_strategy);

    public Task SaveStrategyAsync(StrategyProfile profile, CancellationToken ct = default)
    {
        _strategy = profile;
        return Task.CompletedTask;
    }

    public Task<PlannedPost?> GetPostAsync(long id, CancellationToken ct = default) => Task.FromResult(_posts.GetValueOrDefault(id));

    public Task<IReadOnlyList<PlannedPost>> ListPostsAsync(QueueFilter filter, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<PlannedPost>>(_posts.Values
            .Where(p => filter.Statuses is not { Count: > 0 } || filter.Statuses.Contains(p.Status))
            .Where(p => filter.From is null || p.PlannedAt >= filter.From)
            .Where(p => filter.To is null || p.PlannedAt < filter.To)
            .OrderBy(p => p.PlannedAt).ThenBy(p => p.Id).ToList());

    public Task<IReadOnlyList<PlannedPost>> AddPostsAsync(IReadOnlyList<PlannedPost> posts, CancellationToken ct = default)
    {
        var stored = posts.Select(p => p with { Id = _next++ }).ToList();
        foreach (var p in stored) _posts[p.Id] = p;
        return Task.FromResult<IReadOnlyList<PlannedPost>>(stored);
    }

    public Task UpdatePostAsync(PlannedPost post, CancellationToken ct = default)
    {
        _posts[post.Id] = post;
        return Task.CompletedTask;
    }

    public Task<Contact> AddContactAsync(Contact contact, CancellationToken ct = default)
    {
        var stored = contact with { Id = _next++ };
        _contacts[stored.Id] = stored;
        return Task.FromResult(stored);
    }

    public Task<Contact?> GetContactAsync(long id, CancellationToken ct = default) => Task.FromResult(_contacts.GetValueOrDefault(id));

    public Task<IReadOnlyList<Contact>> ListContactsAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Contact>>(_contacts.Values.OrderBy(c => c.Name).ToList());

    public Task UpdateContactAsync(Contact contact, CancellationToken ct = default)
    {
        _contacts[contact.Id] = contact;
        return Task.CompletedTask;
    }

    public Task<ContactInteraction> AddInteractionAsync(ContactInteraction interaction, CancellationToken ct = default)
    {
        var stored = interaction with { Id = _next++ };
        _interactions.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<IReadOnlyList<ContactInteraction>> ListInteractionsAsync(long contactId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ContactInteraction>>(_interactions.Where(i => i.ContactId == contactId).OrderByDescending(i => i.At).ToList());
}
