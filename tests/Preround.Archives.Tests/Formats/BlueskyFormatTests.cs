using System.Text.Json;
using Preround.Archives.Formats.Bluesky;
using Preround.Archives.Model;
using Preround.Archives.Tests.Support;

namespace Preround.Archives.Tests.Formats;

public sealed class BlueskyFormatTests
{
    private static readonly string Car = Samples.Path("bluesky", "bnewbold.robocracy.org.20250310005405.car");
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Samples.Path("bluesky", "bnewbold.records.decoded.json"))).RootElement;

    [Fact]
    public void CarHeaderAndCommit_MatchTheReferenceDecoding()
    {
        var car = CarFile.Read(File.ReadAllBytes(Car));
        Assert.Null(car.Truncation);
        Assert.Empty(car.Rejected);
        Assert.Equal(56, car.BlockCount);
        Assert.Equal(Expected.GetProperty("header").GetProperty("roots")[0].GetProperty("$link").GetString(), car.Roots[0].ToString());
        var commit = Assert.IsType<Dictionary<string, object?>>(car.Decode(car.Roots[0]));
        AssertSame(Expected.GetProperty("commit"), commit);
    }

    [Fact]
    public void EveryRecord_InTheTree_DecodesExactlyAsTheReference()
    {
        var car = CarFile.Read(File.ReadAllBytes(Car));
        var commit = (Dictionary<string, object?>)car.Decode(car.Roots[0])!;
        var records = Mst.Walk(car, (Cid)commit["data"]!, (c, why) => Assert.Fail($"{c}: {why}")).ToList();
        var expected = Expected.GetProperty("records").EnumerateArray().ToList();

        Assert.Equal(expected.Count, records.Count);
        Assert.Equal(expected.Select(e => $"{e.GetProperty("collection").GetString()}/{e.GetProperty("rkey").GetString()}").Order(StringComparer.Ordinal),
                     records.Select(r => r.Key).Order(StringComparer.Ordinal));
        foreach (var e in expected)
        {
            var key = $"{e.GetProperty("collection").GetString()}/{e.GetProperty("rkey").GetString()}";
            var (_, cid) = records.Single(r => r.Key == key);
            Assert.Equal(e.GetProperty("cid").GetString(), cid.ToString());
            AssertSame(e.GetProperty("record"), car.Decode(cid));
        }
    }

    [Fact]
    public void Posts_AreImportedWithRepliesRepostsAndBothTimePrecisions()
    {
        var (posts, archive) = Import.All(Car);
        using var _ = archive;

        Assert.Equal(23, posts.Count(p => p.Id.Contains("/app.bsky.feed.post/")));
        Assert.Single(posts, p => p.Kind == PostKind.Repost);
        Assert.Equal(2, posts.Count(p => p.Kind == PostKind.Reply));
        var micro = posts.Single(p => p.Text == "test post via OAuth python flask demo code!");
        Assert.Equal(new DateTimeOffset(2024, 8, 7, 9, 14, 24, TimeSpan.Zero).AddTicks(4527620), micro.CreatedAt);
        Assert.Equal("https://bsky.app/profile/did:plc:nhxcyu4ewwhl5pqil4dotqjo/post/3kz4lf3n2es2j", micro.Url);
        Assert.Contains("jacob.gold", posts.Single(p => p.Text == "@jacob.gold kaw").Mentions);
        Assert.Equal("yup", archive.Profiles.Single().Bio);
        Assert.Contains(archive.Notes, n => n.Message.Contains("app.bsky.feed.like ×2"));
    }

    [Fact]
    public void BlockWhoseBytesDoNotMatchItsCid_IsRejected()
    {
        var bytes = File.ReadAllBytes(Car);
        var car = CarFile.Read(bytes);
        var commit = (Dictionary<string, object?>)car.Decode(car.Roots[0])!;
        var records = Mst.Walk(car, (Cid)commit["data"]!, (_, _) => { }).ToList();
        var (_, target) = records.First(r => r.Key.StartsWith("app.bsky.feed.post/", StringComparison.Ordinal));
        Assert.True(car.TryGet(target, out var block));
        var offset = IndexOf(bytes, block.ToArray());
        bytes[offset + block.Length - 1] ^= 0x01;

        using var dir = new TempDir();
        var (posts, archive) = Import.All(dir.Write("repo.car", bytes));
        using var _ = archive;
        Assert.Equal(22, posts.Count(p => p.Kind != PostKind.Repost));
        Assert.Contains(archive.Notes, n => n.Message.Contains("sha-256"));
    }

    [Fact]
    public void TruncatedCar_KeepsWhatCameBefore()
    {
        var bytes = File.ReadAllBytes(Car);
        using var dir = new TempDir();
        var (posts, archive) = Import.All(dir.Write("repo.car", bytes[..(bytes.Length - 100)]));
        using var _ = archive;
        Assert.Contains(archive.Notes, n => n.Level == ImportNoteLevel.Error && n.Message.Contains("cut short"));
    }

    [Fact]
    public void NotACar_GivesAClearError()
    {
        using var dir = new TempDir();
        var (posts, archive) = Import.All(dir.Write("repo.car", "this is text"u8.ToArray()));
        using var _ = archive;
        Assert.Empty(posts);
        Assert.Contains(archive.Notes, n => n.File == "repo.car" && n.Message.Contains("not a readable CAR"));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    /// <summary>Compares a decoded DAG-CBOR value with its DAG-JSON rendering ($link for CIDs, $bytes for bytes).</summary>
    private static void AssertSame(JsonElement expected, object? actual)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when expected.TryGetProperty("$link", out var link) && expected.EnumerateObject().Count() == 1:
                Assert.Equal(link.GetString(), Assert.IsType<Cid>(actual).ToString());
                break;
            case JsonValueKind.Object when expected.TryGetProperty("$bytes", out var b64) && expected.EnumerateObject().Count() == 1:
                var s = b64.GetString()!;
                Assert.Equal(Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=')), Assert.IsType<byte[]>(actual));
                break;
            case JsonValueKind.Object:
                var map = Assert.IsType<Dictionary<string, object?>>(actual);
                Assert.Equal(expected.EnumerateObject().Select(p => p.Name).Order(), map.Keys.Order());
                foreach (var p in expected.EnumerateObject()) AssertSame(p.Value, map[p.Name]);
                break;
            case JsonValueKind.Array:
                var list = Assert.IsType<List<object?>>(actual);
                Assert.Equal(expected.GetArrayLength(), list.Count);
                for (var i = 0; i < list.Count; i++) AssertSame(expected[i], list[i]);
                break;
            case JsonValueKind.String:
                Assert.Equal(expected.GetString(), actual);
                break;
            case JsonValueKind.Number:
                Assert.Equal(expected.GetInt64(), Assert.IsType<long>(actual));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(expected.GetBoolean(), actual);
                break;
            case JsonValueKind.Null:
                Assert.Null(actual);
                break;
        }
    }
}
