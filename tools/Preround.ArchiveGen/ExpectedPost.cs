namespace Preround.ArchiveGen;

/// <summary>
/// What an importer should report for one written post: its kind (<c>original</c>, <c>reply</c> or <c>repost</c>),
/// its exact time and the words it carries (after the platform's own escaping is undone). Writers fill a list of these
/// on request so tests can check every post was counted, dated and attributed.
/// </summary>
public sealed record ExpectedPost(string Kind, DateTimeOffset CreatedAt, string Text, string? Mention = null);
