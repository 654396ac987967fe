using System.Globalization;
using System.Text;

namespace Preround.ArchiveGen.Bluesky;

/// <summary>
/// A Bluesky "Export my data" repository: a CAR v1 file whose root is a signed commit pointing at a merkle search
/// tree of DAG-CBOR records (posts, replies, reposts, likes, follows and the profile). Direct messages are not part of
/// an atproto repository, so none are written.
/// </summary>
public static class BlueskyWriter
{
    public const string Did = "did:plc:synth4242drmdexample";
    public const string Handle = "drsynthetic.bsky.social";

    private sealed record Record(string Key, CidLink Cid, byte[] Block);

    public static GenStats Write(Stream car, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
    {
        var records = new List<Record>((int)Math.Min(count * 5 / 4 + 8, int.MaxValue));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var earlierPosts = new List<string>();
        long direct = 0, written = 0;
        for (long i = 0; i < count; i++)
        {
            var p = factory.Next(i, count);
            if (p.Direct) { direct++; continue; }
            // NOTE: real exports carry both millisecond and microsecond createdAt values; alternate between them.
            var created = p.CreatedAt.AddTicks((i * 7919 % 1_000_000) * 10);
            if (i % 2 == 0) created = created.AddTicks(-(created.UtcTicks % TimeSpan.TicksPerMillisecond));
            var stamp = created.UtcDateTime.ToString(i % 2 == 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
            var collection = p.Kind == "repost" ? "app.bsky.feed.repost" : "app.bsky.feed.post";
            var key = collection + "/" + UniqueTid(keys, collection, created, (int)(i % 1024));
            Dictionary<string, object?> record;
            if (p.Kind == "repost")
            {
                record = new() { ["$type"] = collection, ["subject"] = StrongRef(FriendDid(p.Id), p.Id), ["createdAt"] = stamp };
                expected?.Add(new ExpectedPost("repost", created, ""));
            }
            else
            {
                var (text, mention) = Words(p, i);
                record = new() { ["$type"] = collection, ["text"] = text, ["createdAt"] = stamp, ["langs"] = new List<object?> { "en" } };
                if (mention is not null) record["facets"] = new List<object?> { MentionFacet(text, mention) };
                if (p.Kind == "reply")
                {
                    var parent = p.Self && earlierPosts.Count > 0
                        ? StrongRef(Did, earlierPosts[(int)(i % earlierPosts.Count)])
                        : StrongRef(FriendDid(p.Id), p.Id - 3);
                    record["reply"] = new Dictionary<string, object?> { ["root"] = parent, ["parent"] = parent };
                }
                if (p.Media) record["embed"] = Images(p.Id);
                expected?.Add(new ExpectedPost(p.Kind, created, text, mention));
                earlierPosts.Add(key[(collection.Length + 1)..]);
            }
            Add(records, key, record);
            written++;
            if (i % 5 == 0)
            {
                var likeKey = "app.bsky.feed.like/" + UniqueTid(keys, "app.bsky.feed.like", created.AddMinutes(2), (int)(i % 1024));
                Add(records, likeKey, new Dictionary<string, object?> { ["$type"] = "app.bsky.feed.like", ["subject"] = StrongRef(FriendDid(p.Id + 1), p.Id + 1), ["createdAt"] = stamp });
            }
        }
        foreach (var (friend, n) in PostFactory.FriendNames.Select((f, n) => (f, n)))
            Add(records, "app.bsky.graph.follow/" + UniqueTid(keys, "app.bsky.graph.follow", new DateTimeOffset(2023, 2, 1 + n, 9, 0, 0, TimeSpan.Zero), n),
                new Dictionary<string, object?> { ["$type"] = "app.bsky.graph.follow", ["subject"] = FriendDid(friend.Length), ["createdAt"] = "2023-02-01T09:00:00.000Z" });
        Add(records, "app.bsky.actor.profile/self", new Dictionary<string, object?>
        {
            ["$type"] = "app.bsky.actor.profile",
            ["displayName"] = "Dr. Synthetic",
            ["description"] = "Pediatrics resident at Springfield General. Teaching, QI and plain-language health. Views are my own.",
            ["avatar"] = Blob(Encoding.UTF8.GetBytes("avatar"), "image/jpeg", 48213),
        });
        WriteCar(car, records);
        return new GenStats(written, 0, direct);
    }

    private static (string Text, string? Mention) Words(GenPost p, long i)
    {
        if (p.Kind == "reply" && p.ReplyToUser is not null)
        {
            var handle = HandleOf(p.ReplyToUser);
            return ($"@{handle} {p.Text[(p.ReplyToUser.Length + 2)..]}", handle);
        }
        // Every seventh original names a colleague after an emoji, so facet offsets must be counted in UTF-8 bytes.
        if (p.Kind == "original" && i % 7 == 0)
        {
            var handle = HandleOf(PostFactory.FriendNames[(int)(i % PostFactory.FriendNames.Length)]);
            return ($"🩺✨ With @{handle}: {p.Text}", handle);
        }
        return (p.Text, null);
    }

    private static string HandleOf(string user) => user.Replace('_', '-') + ".bsky.social";

    private static Dictionary<string, object?> MentionFacet(string text, string handle)
    {
        var at = text.IndexOf("@" + handle, StringComparison.Ordinal);
        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, at));
        return new()
        {
            ["$type"] = "app.bsky.richtext.facet",
            ["index"] = new Dictionary<string, object?> { ["byteStart"] = start, ["byteEnd"] = start + Encoding.UTF8.GetByteCount("@" + handle) },
            ["features"] = new List<object?> { new Dictionary<string, object?> { ["$type"] = "app.bsky.richtext.facet#mention", ["did"] = FriendDid(handle.Length) } },
        };
    }

    private static Dictionary<string, object?> Images(long id) => new()
    {
        ["$type"] = "app.bsky.embed.images",
        ["images"] = new List<object?>
        {
            new Dictionary<string, object?>
            {
                ["alt"] = "Poster from the regional meeting",
                ["image"] = Blob(BitConverter.GetBytes(id), "image/jpeg", 180_000 + (int)(id % 9000)),
                ["aspectRatio"] = new Dictionary<string, object?> { ["width"] = 4032, ["height"] = 3024 },
            },
        },
    };

    private static Dictionary<string, object?> Blob(byte[] seed, string mime, int size) => new()
    {
        ["$type"] = "blob", ["ref"] = CidLink.Of(seed, codec: 0x55), ["mimeType"] = mime, ["size"] = size,
    };

    private static Dictionary<string, object?> StrongRef(string did, object rkey) => new()
    {
        ["uri"] = $"at://{did}/app.bsky.feed.post/{rkey}",
        ["cid"] = CidLink.Of(Encoding.UTF8.GetBytes($"{did}/{rkey}")).ToString(),
    };

    private static string FriendDid(long n) => "did:plc:synthfriend" + (n % 5).ToString(CultureInfo.InvariantCulture);

    private static void Add(List<Record> records, string key, Dictionary<string, object?> value)
    {
        var block = DagCborWriter.Encode(value);
        records.Add(new Record(key, CidLink.Of(block), block));
    }

    private static string UniqueTid(HashSet<string> keys, string collection, DateTimeOffset when, int clock)
    {
        var micros = (when.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        for (var c = clock; ; c = (c + 1) % 1024)
        {
            var tid = Tid.Encode(micros, c);
            if (keys.Add(collection + "/" + tid)) return tid;
            if (c == (clock + 1023) % 1024) micros++;
        }
    }

    private static void WriteCar(Stream car, List<Record> records)
    {
        records.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var nodes = new List<(CidLink, byte[])>();
        var root = MstBuilder.Build(records.Select(r => (r.Key, r.Cid)).ToList(), (cid, block) => nodes.Add((cid, block)));
        var commit = DagCborWriter.Encode(new Dictionary<string, object?>
        {
            ["did"] = Did, ["version"] = 3, ["data"] = root, ["rev"] = Tid.Encode(1_782_835_200_000_000, 0), ["prev"] = null,
            // NOTE: a synthetic repository cannot carry a real signature; the importer does not verify it.
            ["sig"] = new byte[64],
        });
        var commitCid = CidLink.Of(commit);
        var buffered = new BufferedStream(car, 1 << 16);
        var header = DagCborWriter.Encode(new Dictionary<string, object?> { ["version"] = 1, ["roots"] = new List<object?> { commitCid } });
        DagCborWriter.WriteVarint(buffered, (ulong)header.Length);
        buffered.Write(header);
        Block(buffered, commitCid, commit);
        for (var i = nodes.Count - 1; i >= 0; i--) Block(buffered, nodes[i].Item1, nodes[i].Item2);
        foreach (var r in records) Block(buffered, r.Cid, r.Block);
        buffered.Flush();
    }

    private static void Block(Stream s, CidLink cid, byte[] block)
    {
        DagCborWriter.WriteVarint(s, (ulong)(cid.Bytes.Length + block.Length));
        s.Write(cid.Bytes);
        s.Write(block);
    }
}

/// <summary>Timestamp identifiers: 53 bits of microseconds and 10 bits of clock id, in sortable base32 (13 characters).</summary>
public static class Tid
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";

    public static string Encode(long micros, int clock)
    {
        var value = ((ulong)micros << 10) | (uint)(clock & 1023);
        Span<char> chars = stackalloc char[13];
        for (var i = 12; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
