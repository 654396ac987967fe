namespace Preround.Rules;

/// <summary>
/// Every built-in rule id, in one place. Blocks: 1xxx privacy (also clinical photos and other confidential
/// material), 2xxx professionalism, 3xxx disclosure and claims, 4xxx platform fit. Ids never change meaning.
/// </summary>
public static partial class RuleIds
{
}
