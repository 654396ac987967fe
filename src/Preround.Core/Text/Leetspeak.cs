namespace Preround.Core.Text;

/// <summary>The letters that digits and symbols stand for in leetspeak ("sh1t", "a$$", "h3ll").</summary>
public static class Leetspeak
{
    /// <summary>The letter <paramref name="c"/> stands for, or <paramref name="c"/> itself when it stands for none.</summary>
    public static char LetterOf(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    };
}
