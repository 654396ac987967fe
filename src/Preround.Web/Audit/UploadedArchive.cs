namespace Preround.Web.Audit;

/// <summary>
/// An uploaded archive saved under its own name in a private temporary folder (the importers recognise exports such
/// as <c>tweets.js</c> or <c>Shares.csv</c> by name). Disposing deletes the folder and the file.
/// </summary>
internal sealed class UploadedArchive : IDisposable
{
    private UploadedArchive(string folder, string path, string fileName)
    {
        Folder = folder;
        Path = path;
        FileName = fileName;
    }

    /// <summary>The private folder (mode 0700) holding the upload.</summary>
    public string Folder { get; }

    /// <summary>Full path of the saved upload.</summary>
    public string Path { get; }

    /// <summary>The name the browser gave, made safe.</summary>
    public string FileName { get; }

    public static UploadedArchive Create(string? clientName, string? root = null)
    {
        var name = SafeName(clientName);
        string folder;
        if (root is null) folder = Directory.CreateTempSubdirectory("preround-audit-").FullName;
        else
        {
            folder = System.IO.Path.Combine(root, "preround-audit-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new UploadedArchive(folder, System.IO.Path.Combine(folder, name), name);
    }

    /// <summary>Replaces this machine's temporary path with the upload's name in a message meant for the user.</summary>
    public string Describe(string message) => message.Replace(Path, FileName, StringComparison.Ordinal).Replace(Folder, FileName, StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // NOTE: a reader still holding the file open (only possible if a job was abandoned mid-read) delays the
            // delete; the temporary folder is private and the OS clears it.
        }
    }

    // NOTE: only the last path segment is kept, and only characters safe on every file system; the name is used to
    // recognise the export and to title the report, never to choose where anything is written.
    internal static string SafeName(string? clientName)
    {
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ' ').ToArray()).Trim(' ', '.');
        if (safe.Length > 120) safe = safe[^120..];
        return safe.Length == 0 ? "upload" : safe;
    }
}
