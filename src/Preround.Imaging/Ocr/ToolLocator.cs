using System.Collections.Concurrent;
using System.Text;

namespace Preround.Imaging;

/// <summary>Finds Tesseract and ImageMagick and checks they really work, once per path per process.</summary>
internal static class ToolLocator
{
    private static readonly ConcurrentDictionary<string, string?> Verified = new();
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Tesseract with English data, or null and the reason.</summary>
    public static string? Tesseract(string? configuredPath, out string? problem)
    {
        problem = null;
        var path = configuredPath ?? ToolProcess.FindOnPath("tesseract");
        if (path is null || !File.Exists(path))
        {
            problem = "Tesseract is not installed";
            return null;
        }
        var langs = Verified.GetOrAdd("tesseract:" + path, p => Probe(path, ["--list-langs"]));
        if (langs is null)
        {
            problem = $"Tesseract at {path} does not run";
            return null;
        }
        if (!langs.Split('\n').Any(l => l.Trim() == "eng"))
        {
            problem = "Tesseract has no English language data";
            return null;
        }
        return path;
    }

    /// <summary>A working ImageMagick (<c>magick</c> or <c>convert</c>), or null.</summary>
    // NOTE: some machines carry a stand-in script named convert that is not ImageMagick; "-version" tells them apart.
    public static string? ImageMagick(string? configuredPath)
    {
        var candidates = configuredPath is not null ? [configuredPath]
            : new[] { ToolProcess.FindOnPath("magick"), ToolProcess.FindOnPath("convert"), "/usr/bin/convert" }.OfType<string>().Distinct();
        foreach (var path in candidates)
        {
            if (!File.Exists(path)) continue;
            var version = Verified.GetOrAdd("magick:" + path, p => Probe(path, ["-version"]));
            if (version is not null && version.StartsWith("Version: ImageMagick", StringComparison.Ordinal)) return path;
        }
        return null;
    }

    private static string? Probe(string path, string[] args)
    {
        try
        {
            var output = ToolProcess.Run(path, args, null, ProbeTimeout);
            // NOTE: older Tesseract versions print --list-langs on stderr.
            return output.ExitCode == 0 ? Encoding.UTF8.GetString(output.Stdout) + output.Stderr : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
