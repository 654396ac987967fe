namespace Preround.Platforms.Tests.Support;

/// <summary>Finds the shared, read-only test data (<c>shared/</c> beside the repository).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootPath = new(Locate);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Preround.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Preround.sln not found above " + AppContext.BaseDirectory);
        // NOTE: CI clones the repository with shared/ beside it; a git worktree sits one level deeper, so look up further.
        for (var up = dir.Parent; up is not null; up = up.Parent)
        {
            var candidate = System.IO.Path.Combine(up.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "conformance"))) return candidate;
        }
        throw new InvalidOperationException($"shared/conformance not found beside {dir.FullName} or above it.");
    }
}
