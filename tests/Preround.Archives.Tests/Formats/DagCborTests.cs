using Preround.Archives.Formats.Bluesky;

namespace Preround.Archives.Tests.Formats;

public sealed class DagCborTests
{
    [Theory]
    [InlineData("00", 0L)]
    [InlineData("17", 23L)]
    [InlineData("1818", 24L)]
    [InlineData("1903e8", 1000L)]
    [InlineData("20", -1L)]
    [InlineData("3863", -100L)]
    public void Integers_Decode(string hex, long expected) => Assert.Equal(expected, DagCbor.Decode(Convert.FromHexString(hex)));

    [Fact]
    public void MapsArraysStringsAndSimpleValues_Decode()
    {
        // {"a": [1, "x", true, null], "b": h'0102'}
        var value = DagCbor.Decode(Convert.FromHexString("a26161840161 78f5f6 616242 0102".Replace(" ", "")));
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(new List<object?> { 1L, "x", true, null }, map["a"]);
        Assert.Equal(new byte[] { 1, 2 }, map["b"]);
    }

    [Fact]
    public void Float64_Decodes() => Assert.Equal(1.5, DagCbor.Decode(Convert.FromHexString("fb3ff8000000000000")));

    [Theory]
    [InlineData("9fff", "indefinite")]      // indefinite-length array
    [InlineData("c11a514b67b0", "tag 1")]   // a timestamp tag: only 42 is allowed
    [InlineData("a10102", "not a string")]  // integer map key
    [InlineData("6361", "runs past")]       // string longer than the data
    [InlineData("9a7fffffff", "claims")]    // array claiming 2^31 items
    [InlineData("f7", "simple value")]      // undefined
    public void NonDagCborInput_IsRefusedWithAReason(string hex, string reason)
    {
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        var ex = Assert.Throws<FormatException>(() => DagCbor.Decode(bytes));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void DeeplyNestedInput_IsRefusedInsteadOfOverflowingTheStack()
    {
        var bytes = Enumerable.Repeat((byte)0x81, 10_000).Append((byte)0x00).ToArray();
        Assert.Throws<FormatException>(() => DagCbor.Decode(bytes));
    }

    [Fact]
    public void CidStrings_RoundTripThroughBase32()
    {
        const string text = "bafyreichu4yauuwb7yh3hrsg2ch7lo2nfrvknkzv2a6mgda3xuoegdch7e";
        var cid = Cid.Parse(text);
        Assert.Equal(Cid.CodecDagCbor, cid.Codec);
        Assert.Equal(Cid.HashSha256, cid.HashCodeType);
        Assert.Equal(32, cid.Digest.Length);
        Assert.Equal(text, cid.ToString());
    }
}
