using System.CommandLine;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Imaging;

namespace Preround.Cli.Infrastructure;

/// <summary><c>check --image PATH</c> (repeatable) with <c>--workplace</c> and <c>--no-image-text</c>: pictures checked with the caption.</summary>
internal sealed class ImageOptions
{
    public Option<string[]> Image { get; } = new("--image", "-i")
    {
        Description = "A picture posted with the draft (JPEG, PNG, WebP, HEIC; repeatable): its metadata and the text in it are checked too",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Workplace { get; } = new("--workplace")
    {
        Description = "Your workplace as LAT,LON[,RADIUS_M] (decimal degrees; radius defaults to 500 m): pictures whose GPS position is inside are flagged",
    };

    public Option<bool> NoImageText { get; } = new("--no-image-text") { Description = "Do not read text in pictures (metadata is still checked)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Image);
        command.Options.Add(Workplace);
        command.Options.Add(NoImageText);
    }

    /// <summary>The picture paths given (empty when none).</summary>
    public IReadOnlyList<string> Paths(ParseResult parse) => parse.GetValue(Image) ?? [];

    /// <summary>Checks the pictures with the same checker as the caption and merges their findings into its result.</summary>
    public (CheckResult Merged, ImageCheckResult Images) Check(ParseResult parse, CheckResult caption, Analyzer analyzer)
    {
        Workplace? workplace = null;
        if (parse.GetValue(Workplace) is { } text && !Imaging.Workplace.TryParse(text, out workplace, out var error))
            throw new UsageException($"--workplace: {error}.");
        var options = new ImageCheckOptions { Workplace = workplace, ReadText = !parse.GetValue(NoImageText) };
        var images = new ImageChecker(options, analyzer.Check).Check(Paths(parse), caption.Draft);
        return (images.MergeInto(caption), images);
    }

    /// <summary>Notices (skipped checks and how to enable them) go to standard error so standard output stays parseable.</summary>
    public static void WriteNotices(TextWriter error, ImageCheckResult images)
    {
        foreach (var notice in images.Notices) error.WriteLine($"preround: note: {notice}");
    }
}
