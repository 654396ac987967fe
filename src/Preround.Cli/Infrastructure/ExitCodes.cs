namespace Preround.Cli.Infrastructure;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The verdict is ok (or the command succeeded).</summary>
    public const int Ok = 0;

    /// <summary>A warn or block verdict (with <c>--fail-on block</c>: a block verdict).</summary>
    public const int Findings = 1;

    /// <summary>Usage or input error: nothing was checked, or some input lines could not be read.</summary>
    public const int UsageOrInput = 2;
}

/// <summary>A usage or input problem to report on standard error with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
