namespace Preround.Imaging;

/// <summary>A rectangle in the picture as displayed (orientation applied), in pixels from the top-left corner.</summary>
public readonly record struct PixelBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    /// <summary>The smallest box holding both.</summary>
    public PixelBox Union(PixelBox other)
    {
        int x = Math.Min(X, other.X), y = Math.Min(Y, other.Y);
        return new PixelBox(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }

    /// <summary>Where the box's centre falls in a 3x3 grid: "top-left", "centre", "bottom-right"...</summary>
    public string Region(int imageWidth, int imageHeight)
    {
        if (imageWidth <= 0 || imageHeight <= 0) return "somewhere in the picture";
        double cx = (X + Width / 2.0) / imageWidth, cy = (Y + Height / 2.0) / imageHeight;
        string row = cy < 1 / 3.0 ? "top" : cy < 2 / 3.0 ? "middle" : "bottom";
        string col = cx < 1 / 3.0 ? "left" : cx < 2 / 3.0 ? "centre" : "right";
        return (row, col) switch
        {
            ("middle", "centre") => "centre",
            ("middle", _) => $"middle-{col}",
            (_, "centre") => $"{row}-centre",
            _ => $"{row}-{col}",
        };
    }

    public override string ToString() => $"x {X}-{Right}, y {Y}-{Bottom}";
}
