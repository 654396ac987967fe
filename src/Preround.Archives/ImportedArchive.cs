using Preround.Archives.Formats;
using Preround.Archives.Model;
using Preround.Archives.Sources;

namespace Preround.Archives;

/// <summary>
/// An opened archive: what was recognised, the profile, and the posts as a stream. Posts are read while they are
/// enumerated (a 100,000-post archive is never held whole); notes fill in as reading goes.
/// </summary>
public sealed class ImportedArchive : IDisposable
{
    private readonly ArchiveSource _source;
    private readonly IReadOnlyList<ArchiveFormat> _formats;
    private readonly ImportLog _log;
    private int _enumerated;

    internal ImportedArchive(ArchiveSource source, IReadOnlyList<ArchiveFormat> formats, ImportLog log)
    {
        _source = source;
        _formats = formats;
        _log = log;
        var profiles = new List<ImportedProfile>();
        foreach (var format in formats)
        {
            try
            {
                if (format.ReadProfile(source, log) is { } profile) profiles.Add(profile);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException or FormatException)
            {
                log.Error(source.DisplayName, null, $"the {format.Name} profile could not be read: {ex.Message}");
            }
        }
        Profiles = profiles;
    }

    /// <summary>The path that was opened.</summary>
    public string Path => _source.DisplayName;

    /// <summary>The formats recognised (<c>x</c>, <c>mastodon</c>, <c>bluesky</c>, <c>facebook</c>, <c>instagram</c>, <c>linkedin</c>, <c>generic</c>).</summary>
    public IReadOnlyList<string> Formats => _formats.Select(f => f.Name).ToArray();

    /// <summary>Profiles found (one per recognised platform that exports one).</summary>
    public IReadOnlyList<ImportedProfile> Profiles { get; }

    /// <summary>What was skipped or could not be read so far, and why. Complete once <see cref="Posts"/> has been enumerated.</summary>
    public IReadOnlyList<ImportNote> Notes => _log.Snapshot();

    /// <summary>
    /// The posts, in archive order, read lazily. Enumerate once: a second enumeration is refused because the notes would double.
    /// Direct messages are never included unless <see cref="ImportOptions.IncludeDirectMessages"/> asked for them.
    /// </summary>
    public IEnumerable<ImportedPost> Posts
    {
        get
        {
            if (Interlocked.Exchange(ref _enumerated, 1) == 1)
                throw new InvalidOperationException("The posts of an archive can be read only once; open it again to re-read.");
            return ReadAll();
        }
    }

    private IEnumerable<ImportedPost> ReadAll()
    {
        foreach (var format in _formats)
        {
            using var e = format.ReadPosts(_source, _log).GetEnumerator();
            while (true)
            {
                ImportedPost post;
                try
                {
                    if (!e.MoveNext()) break;
                    post = e.Current;
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException or FormatException or InvalidOperationException)
                {
                    // NOTE: a reader that fails mid-file stops only itself; what it yielded is kept and the next format still runs.
                    _log.Error(_source.DisplayName, null, $"reading the {format.Name} posts stopped: {ex.Message}");
                    break;
                }
                yield return post;
            }
        }
    }

    public void Dispose() => _source.Dispose();
}
