namespace Preround.Archives.Sources;

/// <summary>Decides whether a name inside a zip or tar is safe to use as a relative path.</summary>
internal static class EntryPaths
{
    /// <summary>The path with forward slashes, or null with a reason when it is absolute or climbs out with <c>..</c>.</summary>
    public static string? Normalise(string raw, out string? reason)
    {
        reason = null;
        var path = raw.Replace('\\', '/');
        if (path.Contains('\0'))
        {
            reason = "the entry name contains a NUL character";
            return null;
        }
        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0])))
        {
            reason = "the entry has an absolute path";
            return null;
        }
        var segments = path.Split('/');
        if (segments.Any(s => s == ".."))
        {
            reason = "the entry path climbs out of the archive with '..'";
            return null;
        }
        return string.Join('/', segments.Where(s => s.Length > 0 && s != "."));
    }
}
