namespace Preround.Platforms.Bluesky;

/// <summary>What a Bluesky rich-text facet marks.</summary>
public enum BlueskyFacetKind
{
    Mention, Link, Tag,
}

/// <summary>
/// A facet as Bluesky's <c>detectFacets</c> would create it.
/// </summary>
/// <param name="Kind">Mention, link or tag (cashtags are tags whose value starts with <c>$</c>).</param>
/// <param name="Start">UTF-16 start index.</param>
/// <param name="End">UTF-16 end index (exclusive).</param>
/// <param name="ByteStart">UTF-8 byte start, as stored in the record.</param>
/// <param name="ByteEnd">UTF-8 byte end (exclusive).</param>
/// <param name="Value">Handle (mention), full URI (link), or tag text without <c>#</c> (cashtags keep <c>$</c>, upper-cased).</param>
public sealed record BlueskyFacet(BlueskyFacetKind Kind, int Start, int End, int ByteStart, int ByteEnd, string Value);
