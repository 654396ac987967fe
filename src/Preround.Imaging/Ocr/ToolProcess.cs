using System.Diagnostics;

namespace Preround.Imaging;

/// <summary>What an external tool printed and how it ended.</summary>
internal sealed record ToolOutput(int ExitCode, byte[] Stdout, string Stderr, TimeSpan Elapsed);

/// <summary>Runs a local tool (Tesseract, ImageMagick) with a timeout and bounded output; never through a shell.</summary>
internal static class ToolProcess
{
    private const int MaxStdoutBytes = 256 * 1024 * 1024;
    private const int MaxStderrChars = 4_000;

    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>; it has been killed.</exception>
    public static ToolOutput Run(string fileName, IEnumerable<string> arguments, byte[]? stdin, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) psi.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdoutTask = ReadBoundedAsync(process.StandardOutput.BaseStream);
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdinTask = Task.Run(() =>
        {
            try
            {
                if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // NOTE: the tool may exit (bad input) before reading all of stdin; its exit code tells the story.
            }
        });
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout.TotalSeconds:0} s and was stopped");
        }
        process.WaitForExit();
        stdinTask.Wait(TimeSpan.FromSeconds(5));
        var stderr = stderrTask.Result;
        return new ToolOutput(process.ExitCode, stdoutTask.Result, stderr.Length > MaxStderrChars ? stderr[..MaxStderrChars] : stderr, clock.Elapsed);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + n > MaxStdoutBytes) throw new InvalidOperationException("a tool printed more output than expected");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
