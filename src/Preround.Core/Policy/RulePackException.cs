namespace Preround.Core.Policy;

/// <summary>A rule pack or policy file that cannot be used, with the file, line and column of the problem.</summary>
public sealed class RulePackException(string source, int line, int column, string problem)
    : Exception($"{source}:{line}:{column}: {problem}")
{
    public string Source { get; } = source;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
