using Preround.Platforms.Spelling;

namespace Preround.Platforms.Tests.Support;

/// <summary>
/// A test that needs Hunspell and the en_US dictionary: skipped on a machine without them, run (and failing loudly)
/// in CI, where .ci/run installs libhunspell-1.7-0, hunspell-en-us and hunspell-en-med.
/// </summary>
internal static class HunspellAvailability
{
    public static string? SkipReason()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ci || SpellChecker.Shared.Available) return null;
        return $"spelling unavailable here ({SpellChecker.Shared.Problem}); CI installs it and runs this test";
    }
}

public sealed class RequiresHunspellFactAttribute : FactAttribute
{
    public RequiresHunspellFactAttribute() => Skip = HunspellAvailability.SkipReason();
}

public sealed class RequiresHunspellTheoryAttribute : TheoryAttribute
{
    public RequiresHunspellTheoryAttribute() => Skip = HunspellAvailability.SkipReason();
}
