using Preround.Archives.Model;

namespace Preround.Archives;

/// <summary>Collects import notes while posts stream; safe to read from another thread.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportNote> _notes = [];
    private readonly Lock _lock = new();

    public void Add(ImportNote note)
    {
        lock (_lock) _notes.Add(note);
    }

    public void Info(string file, string message, int count = 1, string? position = null) =>
        Add(new ImportNote(ImportNoteLevel.Info, file, position, message, count));

    public void Skipped(string file, string? position, string message, int count = 1) =>
        Add(new ImportNote(ImportNoteLevel.Skipped, file, position, message, count));

    public void Error(string file, string? position, string message) =>
        Add(new ImportNote(ImportNoteLevel.Error, file, position, message));

    public IReadOnlyList<ImportNote> Snapshot()
    {
        lock (_lock) return [.. _notes];
    }
}
