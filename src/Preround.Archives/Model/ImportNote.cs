namespace Preround.Archives.Model;

/// <summary>How much an import note matters.</summary>
public enum ImportNoteLevel
{
    /// <summary>Something the user should know but nothing was lost (direct messages left out on purpose, likes not audited).</summary>
    Info,

    /// <summary>Some items were skipped (an unreadable record, a missing date); the rest was read.</summary>
    Skipped,

    /// <summary>A whole file or the archive could not be read as expected; results are partial.</summary>
    Error,
}

/// <summary>What an importer left out or could not read, and why, with where.</summary>
/// <param name="Level">How much it matters.</param>
/// <param name="File">The file inside the archive (or the input path) the note is about.</param>
/// <param name="Position">Where in the file: a JSON path, a line and column, a byte offset or a row; null for the whole file.</param>
/// <param name="Message">Plain words: what was skipped and why.</param>
/// <param name="Count">How many items the note covers (1 for a single record).</param>
public sealed record ImportNote(ImportNoteLevel Level, string File, string? Position, string Message, int Count = 1)
{
    public override string ToString() =>
        Position is null ? $"{File}: {Message}" : $"{File} ({Position}): {Message}";
}
