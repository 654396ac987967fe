using System.Text;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Bluesky;
using Preround.Platforms.Fit;
using Preround.Platforms.Mastodon;
using Preround.Platforms.Tests.Support;
using Preround.Platforms.Text;

namespace Preround.Platforms.Tests.Conformance;

/// <summary>Every released-behaviour row of shared/conformance/mastodon-bluesky-cases.jsonl (rows with "status" are skipped).</summary>
public sealed class MastodonBlueskyConformanceTests
{
    private static readonly Lazy<List<JsonElement>> Rows = new(() =>
        File.ReadLines(SharedData.Path("conformance", "mastodon-bluesky-cases.jsonl"), Encoding.UTF8)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList());

    public static IEnumerable<object[]> Released =>
        Rows.Value.Select((r, i) => (r, i))
            .Where(x => !x.r.TryGetProperty("status", out _))
            .Select(x => new object[] { x.i, $"{x.r.GetProperty("platform").GetString()}: {x.r.GetProperty("case").GetString()}" });

    [Fact]
    public void TheFileHoldsTheExpectedNumberOfReleasedRows()
    {
        var released = Released.Count();
        Assert.Equal(138, released);
    }

    [Theory, MemberData(nameof(Released))]
    public void LengthAndValidity_MatchUpstream(int row, string description)
    {
        var r = Rows.Value[row];
        var text = r.GetProperty("text").GetString()!;
        var expected = r.GetProperty("expected_length").GetInt32();
        if (r.GetProperty("platform").GetString() == "bluesky")
        {
            var fit = PlatformCounter.Measure(text, Platform.Bluesky);
            Assert.True(expected == fit.Length, $"{description}: '{text}' expected {expected} graphemes, got {fit.Length}");
            if (r.TryGetProperty("expected_utf8_bytes", out var bytes)) Assert.Equal(bytes.GetInt32(), fit.Bytes);
            if (r.TryGetProperty("expected_valid", out var valid))
            {
                var min = r.TryGetProperty("minGraphemes", out var mn) ? mn.GetInt32() : 0;
                var max = r.TryGetProperty("maxGraphemes", out var mx) ? mx.GetInt32() : int.MaxValue;
                Assert.Equal(valid.GetBoolean(), fit.Length >= min && fit.Length <= max);
            }
        }
        else
        {
            var spoiler = r.TryGetProperty("spoiler_text", out var s) ? s.GetString() : null;
            var limit = r.TryGetProperty("limit", out var l) ? l.GetInt32() : 500;
            var limits = PlatformLimitSet.Default.With(PlatformLimitSet.Default[Platform.Mastodon] with { Limit = limit });
            var fit = PlatformCounter.Measure(text, Platform.Mastodon, limits, contentWarning: spoiler);
            Assert.True(expected == fit.Length, $"{description}: expected {expected}, got {fit.Length}");
            Assert.Equal(expected, MastodonCounter.Count(text, spoiler));
            if (r.TryGetProperty("expected_valid", out var valid)) Assert.Equal(valid.GetBoolean(), fit.Valid);
        }
    }

    [Theory, MemberData(nameof(Released))]
    public void BlueskyFacets_MatchUpstream(int row, string description)
    {
        var r = Rows.Value[row];
        if (r.GetProperty("platform").GetString() != "bluesky") return;
        var text = r.GetProperty("text").GetString()!;
        var facets = BlueskyFacetDetector.Detect(text);
        if (r.TryGetProperty("expected_segments", out var segments))
        {
            var expected = segments.EnumerateArray()
                .Select(s => $"{s.GetProperty("text").GetString()}|{(s.TryGetProperty("target", out var t) ? t.GetString() : "")}")
                .ToList();
            var actual = Segments(text, facets.Where(f => f.Kind != BlueskyFacetKind.Tag).ToList());
            Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join(" / ", expected)}], got [{string.Join(" / ", actual)}]");
        }
        if (r.TryGetProperty("expected_tags", out var tags))
        {
            var expected = tags.EnumerateArray().Select(t => t.GetString()).ToList();
            var ranges = r.GetProperty("expected_tag_byte_ranges").EnumerateArray()
                .Select(b => $"{b.GetProperty("byteStart").GetInt32()}-{b.GetProperty("byteEnd").GetInt32()}").ToList();
            var found = facets.Where(f => f.Kind == BlueskyFacetKind.Tag).OrderBy(f => f.ByteStart).ToList();
            Assert.True(expected.SequenceEqual(found.Select(f => f.Value)), $"{description}: '{text}' expected tags [{string.Join(", ", expected)}], got [{string.Join(", ", found.Select(f => f.Value))}]");
            Assert.Equal(ranges, found.Select(f => $"{f.ByteStart}-{f.ByteEnd}").ToList());
        }
    }

    [Fact]
    public void Graphemes_JoinIndicConjunctsAsUnicode151Requires()
    {
        // NOTE: .NET alone gives 4 here (no GB9c); Bluesky's reference expects 3.
        Assert.Equal(3, Graphemes.Count("नमस्ते"));
        Assert.Equal(2, Graphemes.Count("क्ष"[..2] + "a"));
    }

    private static List<string> Segments(string text, List<BlueskyFacet> facets)
    {
        var result = new List<string>();
        var at = 0;
        foreach (var f in facets.OrderBy(f => f.Start))
        {
            if (f.Start > at) result.Add($"{text[at..f.Start]}|");
            var target = f.Kind == BlueskyFacetKind.Mention ? "did:fake:" + f.Value : f.Value;
            result.Add($"{text[f.Start..f.End]}|{target}");
            at = f.End;
        }
        if (at < text.Length || result.Count == 0) result.Add($"{text[at..]}|");
        return result;
    }
}
