namespace Preround.Cli.Infrastructure;

/// <summary>Whether to use colour: only on a terminal, never when NO_COLOR is set.</summary>
internal static class Terminal
{
    public static bool UseColor(TextWriter output) =>
        output == Console.Out
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public const string Reset = "\u001b[0m";
    public const string Bold = "\u001b[1m";
    public const string Dim = "\u001b[2m";
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Cyan = "\u001b[36m";
    public const string Green = "\u001b[32m";
    public const string RedBackground = "\u001b[41;97m";
    public const string YellowBackground = "\u001b[43;30m";
    public const string CyanBackground = "\u001b[46;30m";
}
