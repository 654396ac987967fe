namespace Preround.Archives.Model;

/// <summary>One photo, video or other attachment of a post, as far as the archive describes it.</summary>
/// <param name="Type"><c>photo</c>, <c>video</c>, <c>gif</c> or <c>other</c>.</param>
/// <param name="Uri">Where the archive or the platform keeps it (a path inside the archive or a URL); null when unknown.</param>
/// <param name="AltText">The description written for screen readers, when there is one.</param>
public sealed record MediaItem(string Type, string? Uri = null, string? AltText = null)
{
    /// <summary>Embedded metadata the platform kept (EXIF camera, device id, software, dates), key to value. Empty when none.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    /// <summary>Where the photo was taken, from its EXIF GPS tags; a privacy finding on its own.</summary>
    public GeoPoint? Location { get; init; }

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();
}

/// <summary>A latitude/longitude pair in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude:0.#####}, {Longitude:0.#####}");
}
