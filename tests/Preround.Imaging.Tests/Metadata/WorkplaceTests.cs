namespace Preround.Imaging.Tests;

public sealed class WorkplaceTests
{
    [Fact]
    public void LatLon_UsesTheDefaultRadius()
    {
        Assert.True(Workplace.TryParse("42.3362,-71.1066", out var w, out _));
        Assert.Equal(new GeoPoint(42.3362, -71.1066), w!.Centre);
        Assert.Equal(Workplace.DefaultRadiusMetres, w.RadiusMetres);
    }

    [Fact]
    public void LatLonRadius_IsParsed()
    {
        Assert.True(Workplace.TryParse(" 42.3362 , -71.1066 , 250 ", out var w, out _));
        Assert.Equal(250, w!.RadiusMetres);
    }

    [Theory]
    [InlineData("42.3362", "expected LAT,LON")]
    [InlineData("42,3362,-71,1066", "expected LAT,LON")]
    [InlineData("north,-71.1", "is not a number")]
    [InlineData("95,-71.1", "latitude")]
    [InlineData("42.1,-190", "longitude")]
    [InlineData("42.1,-71.1,0", "radius")]
    public void Invalid_SaysWhatIsWrong(string text, string expected)
    {
        Assert.False(Workplace.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Distance_OneDegreeOfLatitudeIsAbout111Kilometres()
    {
        Assert.InRange(new GeoPoint(0, 0).DistanceTo(new GeoPoint(1, 0)), 111_150, 111_250);
        // A degree of longitude shrinks with the cosine of the latitude.
        Assert.InRange(new GeoPoint(60, 10).DistanceTo(new GeoPoint(60, 11)), 55_500, 55_700);
        Assert.Equal(0, new GeoPoint(42.3362, -71.1066).DistanceTo(new GeoPoint(42.3362, -71.1066)), 6);
    }
}
