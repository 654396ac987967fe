using Preround.Archives;
using Preround.Archives.Model;

namespace Preround.Planning.Review;

/// <summary>Reads a posting history from anything the archive importers read (a platform export, a folder, a CSV or JSONL).</summary>
public static class ArchiveHistory
{
    /// <summary>
    /// The user's posts in <paramref name="path"/>, with the importer's notes. Deleted posts and direct messages are
    /// left out: the review is about what readers see.
    /// </summary>
    /// <exception cref="ArchiveException">The path is missing, corrupt, or holds no layout the importers know.</exception>
    public static (IReadOnlyList<HistoryPost> Posts, IReadOnlyList<ImportNote> Notes) Load(string path, ImportOptions? options = null)
    {
        using var archive = ArchiveImporter.Open(path, options);
        var posts = archive.Posts.Where(p => !p.IsDeleted && p.Visibility != PostVisibility.Direct).Select(From).ToList();
        return (posts, archive.Notes);
    }

    /// <summary>The review's view of one imported post.</summary>
    public static HistoryPost From(ImportedPost p) => new()
    {
        Id = p.Id,
        CreatedAt = p.CreatedAt,
        Text = p.Text,
        Kind = p.Kind switch
        {
            PostKind.Reply => HistoryPostKind.Reply,
            PostKind.Repost => HistoryPostKind.Repost,
            _ => HistoryPostKind.Original,
        },
        Platform = p.Platform,
        InReplyToAccount = p.InReplyToAccount,
        IsSelfReply = p.IsSelfReply,
        RepostOf = p.RepostOf,
        QuotedUrl = p.QuotedUrl,
        Mentions = p.Mentions,
        Hashtags = p.Hashtags,
        LikeCount = p.LikeCount,
        RepostCount = p.RepostCount,
    };
}
