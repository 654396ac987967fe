using Preround.Core.Engine;
using Preround.Core.Policy;

namespace Preround.Cli.Infrastructure;

/// <summary>Runs a command body and turns known failures into a one-line message and exit code 2.</summary>
internal static class CliRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (RulePackException e)
        {
            Console.Error.WriteLine($"preround: rule pack error: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (DraftRejectedException e)
        {
            Console.Error.WriteLine($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
    }

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"preround: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (RulePackException e)
        {
            await Console.Error.WriteLineAsync($"preround: rule pack error: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
    }
}
