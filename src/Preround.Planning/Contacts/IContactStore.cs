namespace Preround.Planning.Contacts;

/// <summary>Where contacts and their interactions are kept (<c>Preround.Storage</c>).</summary>
public interface IContactStore
{
    Task<Contact> AddContactAsync(Contact contact, CancellationToken ct = default);

    Task<Contact?> GetContactAsync(long id, CancellationToken ct = default);

    /// <summary>Every contact, by name.</summary>
    Task<IReadOnlyList<Contact>> ListContactsAsync(CancellationToken ct = default);

    Task UpdateContactAsync(Contact contact, CancellationToken ct = default);

    Task<ContactInteraction> AddInteractionAsync(ContactInteraction interaction, CancellationToken ct = default);

    /// <summary>A contact's interactions, newest first.</summary>
    Task<IReadOnlyList<ContactInteraction>> ListInteractionsAsync(long contactId, CancellationToken ct = default);
}
