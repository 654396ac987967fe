using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats;

/// <summary>One platform's export layout: recognises it, reads the profile, streams the posts.</summary>
internal abstract class ArchiveFormat
{
    /// <summary>The name used by <c>--format</c>-like overrides and in reports (<c>x</c>, <c>mastodon</c>, …).</summary>
    public abstract string Name { get; }

    /// <summary>The platform the posts were published on.</summary>
    public abstract Platform Platform { get; }

    /// <summary>True when the source holds this layout.</summary>
    public abstract bool Recognises(ArchiveSource source);

    /// <summary>The profile, or null when the export has none. Problems become notes, never exceptions.</summary>
    public abstract ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log);

    /// <summary>Every post, streamed. A bad record or file becomes a note and reading goes on with the next.</summary>
    public abstract IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log);
}
