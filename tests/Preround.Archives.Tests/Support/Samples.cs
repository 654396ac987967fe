namespace Preround.Archives.Tests.Support;

/// <summary>Finds the shared sample exports (../shared/samples/archives beside the repository).</summary>
internal static class Samples
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Preround.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) throw new InvalidOperationException("Preround.sln not found above the test binaries.");
        var candidates = new[]
        {
            System.IO.Path.Combine(dir.Parent.FullName, "shared", "samples", "archives"),
            "/work/shared/samples/archives",
        };
        return candidates.FirstOrDefault(Directory.Exists)
               ?? throw new InvalidOperationException($"shared samples not found (looked in {string.Join(", ", candidates)}).");
    }
}

/// <summary>A temporary folder that tests write synthetic exports into; deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("preround-test-").FullName;

    public string Write(string relative, string content)
    {
        var path = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(string relative, byte[] content)
    {
        var path = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

internal static class Import
{
    public static (List<Model.ImportedPost> Posts, ImportedArchive Archive) All(string path, ImportOptions? options = null)
    {
        var archive = ArchiveImporter.Open(path, options);
        return ([.. archive.Posts], archive);
    }
}
