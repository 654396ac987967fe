using Preround.Archives.Formats;
using Preround.Archives.Formats.Bluesky;
using Preround.Archives.Formats.Generic;
using Preround.Archives.Formats.LinkedIn;
using Preround.Archives.Formats.Mastodon;
using Preround.Archives.Formats.Meta;
using Preround.Archives.Formats.X;
using Preround.Archives.Sources;

namespace Preround.Archives;

/// <summary>Opens a platform archive (a .zip, an unpacked folder, or one exported file) and picks the readers from what it holds.</summary>
public static class ArchiveImporter
{
    /// <summary>The format names that <see cref="ImportOptions.Format"/> accepts.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["x", "mastodon", "bluesky", "facebook", "instagram", "linkedin", "generic"];

    /// <summary>Opens <paramref name="path"/> for reading. Nothing is extracted or written; the input is only read.</summary>
    /// <exception cref="ArchiveException">The path does not exist, is a corrupt or hostile archive, or holds no layout we know.</exception>
    public static ImportedArchive Open(string path, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        var source = ArchiveSource.Open(path, options);
        try
        {
            var formats = Choose(source, options);
            var log = new ImportLog();
            foreach (var note in source.ListingNotes) log.Add(note);
            return new ImportedArchive(source, formats, log);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private static IReadOnlyList<ArchiveFormat> All(ImportOptions options) =>
    [
        new XFormat(), new MastodonFormat(options), new BlueskyFormat(options), new FacebookFormat(options),
        new InstagramFormat(options), new LinkedInFormat(), new GenericFormat(options),
    ];

    private static IReadOnlyList<ArchiveFormat> Choose(ArchiveSource source, ImportOptions options)
    {
        var all = All(options);
        if (options.Format is { } forced)
        {
            var named = all.FirstOrDefault(f => f.Name.Equals(forced, StringComparison.OrdinalIgnoreCase) ||
                                                (forced.Equals("twitter", StringComparison.OrdinalIgnoreCase) && f.Name == "x"))
                        ?? throw new ArchiveException(source.DisplayName, null, $"unknown format '{forced}'; use one of {string.Join(", ", FormatNames)}.");
            return [named];
        }

        // NOTE: a folder may hold several exports (an X zip unpacked next to a LinkedIn one); each recognised layout is read.
        // The generic reader only steps in when no platform layout matched, or when told which columns to use.
        var platformFormats = all.Where(f => f is not GenericFormat && f.Recognises(source)).ToList();
        if (platformFormats.Count > 0) return platformFormats;
        var generic = all.OfType<GenericFormat>().Single();
        if (generic.Recognises(source)) return [generic];

        var listed = string.Join(", ", source.Entries.Take(8).Select(e => e.Path)) + (source.Entries.Count > 8 ? ", …" : "");
        var why = source.ListingNotes.Count > 0 ? " " + string.Join(" ", source.ListingNotes.Select(n => n.ToString())) : "";
        throw new ArchiveException(source.DisplayName, null,
            (source.Entries.Count == 0 ? "holds no readable files." : $"no archive layout recognised in: {listed}.") +
            " Expected an X archive (data/tweets.js), a Mastodon export (outbox.json), a Bluesky repository (.car), " +
            "Facebook or Instagram JSON (your_posts_1.json, posts_1.json), LinkedIn CSVs (Shares.csv), or a CSV/JSONL " +
            "with --text-column and --date-column." + why);
    }
}
