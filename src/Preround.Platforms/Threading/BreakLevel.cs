namespace Preround.Platforms.Threading;

/// <summary>How good a place is to end one post of a thread and start the next; higher is better.</summary>
public enum BreakLevel
{
    /// <summary>Only between grapheme clusters; used when a single word is longer than a post.</summary>
    Grapheme = 0,
    Word = 1,
    Clause = 2,
    Sentence = 3,
    Line = 4,
    Paragraph = 5,
}

/// <summary>A place the text may be split: the next part starts at <see cref="Position"/>.</summary>
public readonly record struct BreakPoint(int Position, BreakLevel Level);
