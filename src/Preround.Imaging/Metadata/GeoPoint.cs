using System.Globalization;

namespace Preround.Imaging;

/// <summary>A position on Earth in decimal degrees (WGS 84, as EXIF stores it).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>Great-circle distance in metres (haversine; ample for "is this within a few hundred metres").</summary>
    public double DistanceTo(GeoPoint other)
    {
        double ToRad(double d) => d * Math.PI / 180;
        double dLat = ToRad(other.Latitude - Latitude), dLon = ToRad(other.Longitude - Longitude);
        double a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(ToRad(Latitude)) * Math.Cos(ToRad(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:0.00000}, {Longitude:0.00000}");
}

/// <summary>A place the user marked as where they work; photos taken within <see cref="RadiusMetres"/> of it are flagged.</summary>
public sealed record Workplace(GeoPoint Centre, double RadiusMetres = Workplace.DefaultRadiusMetres)
{
    /// <summary>A hospital campus fits comfortably in 500 m.</summary>
    public const double DefaultRadiusMetres = 500;

    /// <summary>Parses <c>LAT,LON[,RADIUS_M]</c> (invariant culture, decimal degrees).</summary>
    public static bool TryParse(string? text, out Workplace? workplace, out string? error)
    {
        workplace = null;
        error = null;
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3)
        {
            error = $"expected LAT,LON or LAT,LON,RADIUS_M in decimal degrees and metres, got '{text}'";
            return false;
        }
        var numbers = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                error = $"'{parts[i]}' is not a number (use a dot for decimals: 42.3601,-71.0589)";
                return false;
            }
        }
        if (numbers[0] is < -90 or > 90) { error = $"latitude {parts[0]} is outside -90..90"; return false; }
        if (numbers[1] is < -180 or > 180) { error = $"longitude {parts[1]} is outside -180..180"; return false; }
        double radius = parts.Length == 3 ? numbers[2] : DefaultRadiusMetres;
        if (radius is <= 0 or > 100_000) { error = $"radius {radius} m must be above 0 and at most 100000"; return false; }
        workplace = new Workplace(new GeoPoint(numbers[0], numbers[1]), radius);
        return true;
    }
}
