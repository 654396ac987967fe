namespace Preround.Core.Domain;

/// <summary>A range of the draft in UTF-16 code units.</summary>
// NOTE: offsets are UTF-16 code units of the original draft (what JavaScript and .NET strings index),
// never of the normalised analysis text and never UTF-8 bytes.
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
