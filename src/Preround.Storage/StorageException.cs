namespace Preround.Storage;

/// <summary>The store cannot be opened, migrated or read; the message says which database and why.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
