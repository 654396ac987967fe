using System.CommandLine;
using Preround.Cli.Commands.Plan;

namespace Preround.Cli.Commands;

/// <summary><c>preround plan</c>: strategy, calendar and queue, review of the posting history.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var options = new PlanOptions();
        var command = new Command("plan", "Plan a steady presence: set a strategy, queue checked drafts on a calendar, review your history.");
        options.AddTo(command);
        command.Subcommands.Add(PlanInitCommand.Create(options));
        foreach (var sub in PlanQueueCommands.Create(options)) command.Subcommands.Add(sub);
        foreach (var sub in PlanCalendarCommands.Create(options)) command.Subcommands.Add(sub);
        command.Subcommands.Add(PlanReviewCommand.Create(options));
        return command;
    }
}
