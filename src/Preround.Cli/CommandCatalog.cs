using System.CommandLine;

namespace Preround.Cli;

/// <summary>Every top-level command of <c>preround</c>, one line each, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        // One line per command; each command lives in Commands/<Name>Command.cs.
        yield return Commands.CheckCommand.Create();
        yield return Commands.RedactCommand.Create();
        yield return Commands.RulesCommand.Create();
        yield return Commands.ExplainCommand.Create();
        yield return Commands.EvalCommand.Create();
        yield return Commands.PlanCommand.Create();
        yield return Commands.ContactsCommand.Create();
        yield return Commands.FitCommand.Create();
        yield return Commands.ThreadCommand.Create();
        yield return Commands.ScrubImageCommand.Create();
        yield return Commands.ServeCommand.Create();
        yield return Commands.AuditCommand.Create();
        yield return Commands.ProfileCommand.Create();
    }
}
