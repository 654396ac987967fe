using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;

namespace Preround.Web.Plan;

/// <summary>
/// The plan before anything is saved: no strategy, no posts, no contacts. Reads use it while the SQLite file does not
/// exist, so that opening a page never creates a database in the user's data folder; the first save creates it.
/// </summary>
internal sealed class EmptyPlanStore : IPlanStore, IContactStore
{
    public static EmptyPlanStore Instance { get; } = new();

    public Task<StrategyProfile?> GetStrategyAsync(CancellationToken ct = default) => Task.FromResult<StrategyProfile?>(null);

    public Task<PlannedPost?> GetPostAsync(long id, CancellationToken ct = default) => Task.FromResult<PlannedPost?>(null);

    public Task<IReadOnlyList<PlannedPost>> ListPostsAsync(QueueFilter filter, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PlannedPost>>([]);

    public Task<Contact?> GetContactAsync(long id, CancellationToken ct = default) => Task.FromResult<Contact?>(null);

    public Task<IReadOnlyList<Contact>> ListContactsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<Contact>>([]);

    public Task<IReadOnlyList<ContactInteraction>> ListInteractionsAsync(long contactId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ContactInteraction>>([]);

    // NOTE: writes never reach this store (PlanData hands out the real one for them); failing loudly keeps it that way.
    public Task SaveStrategyAsync(StrategyProfile profile, CancellationToken ct = default) => throw ReadOnly();

    public Task<IReadOnlyList<PlannedPost>> AddPostsAsync(IReadOnlyList<PlannedPost> posts, CancellationToken ct = default) => throw ReadOnly();

    public Task UpdatePostAsync(PlannedPost post, CancellationToken ct = default) => throw ReadOnly();

    public Task<Contact> AddContactAsync(Contact contact, CancellationToken ct = default) => throw ReadOnly();

    public Task UpdateContactAsync(Contact contact, CancellationToken ct = default) => throw ReadOnly();

    public Task<ContactInteraction> AddInteractionAsync(ContactInteraction interaction, CancellationToken ct = default) => throw ReadOnly();

    private static InvalidOperationException ReadOnly() => new("the empty plan store is read-only; open the database to save");
}
