namespace Preround.Testing;

/// <summary>Finds the repository root (the folder with Preround.sln) and the shared material beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Preround.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Preround.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>../shared</c> beside the clone (CI puts it there); falls back to /work/shared.</summary>
    public static string Shared
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (Directory.Exists(beside)) return beside;
            // NOTE: helpers work in git worktrees deeper than the main clone; look further up.
            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "eval"))) return candidate;
            }
            throw new DirectoryNotFoundException("shared/ not found beside " + Root);
        }
    }

    /// <summary>A path under the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path under shared/.</summary>
    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    /// <summary>True when running in CI, where missing system tools must fail rather than skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
