using System.CommandLine;

namespace Preround.Cli;

/// <summary>Every top-level command of <c>preround</c>, one line each, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        // One line per command; each command lives in Commands/<Name>Command.cs.
        yield break;
    }
}
