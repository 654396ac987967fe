using System.Diagnostics;
using System.Text;

namespace Preround.Cli.Tests;

/// <summary>Runs the built <c>preround</c> as a real process, the way a user or a script would.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string[] args, string? stdin = null, string? workingDirectory = null, byte[]? stdinBytes = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "preround.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment is not null) foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdinBytes is not null) p.StandardInput.BaseStream.Write(stdinBytes);
        else if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        // NOTE: the limit only guards against a hung process. CI runs the test assemblies side by side on 2 cores, and
        // a plan run that takes 3 s alone took over 60 s there under load, so the guard is generous.
        if (!p.WaitForExit(180_000))
        {
            p.Kill(true);
            throw new TimeoutException("preround did not finish in 180 s: " + string.Join(' ', args));
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
