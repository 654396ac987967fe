using System.Text;

namespace Preround.Cli.Commands;

/// <summary>Reading the draft and the limits for <c>fit</c> and <c>thread</c>: argument, <c>--file</c>, or standard input.</summary>
internal static class PlatformInput
{
    /// <summary>Thrown for bad usage or input; the command prints the message and exits 2.</summary>
    internal sealed class InputException(string message) : Exception(message);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadDraft(string? argument, string? file)
    {
        if (argument is not null && file is not null) throw new InputException("Pass the draft as an argument or with --file, not both.");
        if (argument is not null) return argument;
        if (file is not null && file != "-")
        {
            if (!File.Exists(file)) throw new InputException($"{file}: no such file.");
            try
            {
                return File.ReadAllText(file, StrictUtf8);
            }
            catch (DecoderFallbackException e)
            {
                throw new InputException($"{file}: not valid UTF-8 (byte offset {e.Index}).");
            }
        }
        if (file is null && !Console.IsInputRedirected) throw new InputException("No draft given: pass it as an argument, with --file, or on standard input.");
        using var stdin = new StreamReader(Console.OpenStandardInput(), StrictUtf8);
        try
        {
            return stdin.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("standard input: not valid UTF-8.");
        }
    }

    public static Platforms.Fit.PlatformLimitSet ReadLimits(string? limitsFile, Core.Domain.Platform platform, int? limit)
    {
        var limits = Platforms.Fit.PlatformLimitSet.Default;
        if (limitsFile is not null)
        {
            if (!File.Exists(limitsFile)) throw new InputException($"{limitsFile}: no such file.");
            try
            {
                limits = limits.WithOverrides(File.ReadAllText(limitsFile), limitsFile);
            }
            catch (FormatException e)
            {
                throw new InputException(e.Message);
            }
        }
        if (limit is { } n)
        {
            if (n <= 0) throw new InputException("--limit must be a positive number.");
            limits = limits.With(limits[platform] with { Limit = n });
        }
        return limits;
    }

    public static Core.Domain.Platform ParsePlatform(string? name)
    {
        if (!Core.Domain.WireNames.TryParsePlatform(name, out var platform))
        {
            throw new InputException($"Unknown platform '{name}' (known: {string.Join(", ", Core.Domain.WireNames.PlatformNames)}).");
        }
        return platform;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine("preround: " + message);
        return 2;
    }
}
