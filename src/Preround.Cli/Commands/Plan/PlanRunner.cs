using Preround.Archives;
using Preround.Cli.Infrastructure;
using Preround.Planning.Queue;
using Preround.Storage;

namespace Preround.Cli.Commands.Plan;

/// <summary>Runs a plan or contacts command and turns planner, storage and archive errors into one clear line.</summary>
internal static class PlanRunner
{
    /// <summary>Exit code when the planner refuses a step on purpose (a cooling-off hold, block findings not accepted).</summary>
    public const int Refused = ExitCodes.Findings;

    public static Task<int> RunAsync(Func<Task<int>> body) => CliRunner.RunAsync(async () =>
    {
        try
        {
            return await body();
        }
        catch (CoolingOffException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return Refused;
        }
        catch (BlockFindingsException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message} (--accept-findings)");
            return Refused;
        }
        catch (NotFoundException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (PlanningException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (StorageException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (ArchiveException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
    });
}
