using System.Globalization;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>The checks on a picture's metadata: where, when, with what and with which embedded words it was saved.</summary>
internal static class MetadataRules
{
    public static readonly ImageRuleDescriptor Gps = new(
        ImageRuleIds.GpsPosition, "GPS position stored in the picture", RuleCategories.Privacy, Severity.Warn,
        "Anyone who downloads the file can read where it was taken; some platforms keep the metadata of uploaded files.");

    public static readonly ImageRuleDescriptor NearWorkplace = new(
        ImageRuleIds.NearWorkplace, "Picture taken at the marked workplace", RuleCategories.Privacy, Severity.Warn,
        "A position at your workplace says the picture was taken where patients are cared for, and, with a date, when.");

    public static readonly ImageRuleDescriptor Captured = new(
        ImageRuleIds.CaptureTime, "Capture time stored in the picture", RuleCategories.Privacy, Severity.Info,
        "A capture time dates whatever the picture shows; on the day of posting it ties the post to one shift.");

    public static readonly ImageRuleDescriptor Device = new(
        ImageRuleIds.CameraDevice, "Camera or phone recorded in the picture", RuleCategories.Privacy, Severity.Info,
        "Make, model and serial number link pictures from the same phone, even across accounts.");

    public static readonly ImageRuleDescriptor Software = new(
        ImageRuleIds.EditingSoftware, "Editing software recorded in the picture", RuleCategories.Privacy, Severity.Info,
        "Editing software shows the picture was altered (a crop or blur may be undone from an embedded thumbnail).");

    public static readonly ImageRuleDescriptor Embedded = new(
        ImageRuleIds.EmbeddedText, "Title, comment or name stored in the picture", RuleCategories.Privacy, Severity.Warn,
        "Titles, captions, keywords, author names and comments travel inside the file, unseen, to everyone who downloads it.");

    public static IEnumerable<ImageFinding> Check(string image, ImageMetadata m, ImageCheckOptions options, string scrubHint)
    {
        if (m.Gps is { } gps)
        {
            yield return Make(image, Gps, Severity.Warn, 1, "EXIF GPS", gps.ToString(),
                $"the file stores a GPS position ({gps}) that shows where it was taken.", scrubHint);
            if (options.Workplace is { } work && gps.DistanceTo(work.Centre) is var metres && metres <= work.RadiusMetres)
            {
                yield return Make(image, NearWorkplace, Severity.Warn, 0.95, "EXIF GPS", gps.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"the GPS position is {metres:0} m from the workplace you marked: the picture was taken at work."), scrubHint);
            }
        }
        if (m.Captured is { } when)
        {
            bool sameDay = TakenOnPostingDay(m, options);
            string at = when.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            yield return Make(image, Captured, Severity.Info, 1, when.Field, at,
                sameDay ? $"the file says it was taken today at {when.Local:HH:mm}, the day you post." : $"the file says it was taken {at}.", scrubHint);
        }
        if (m.Device is { } device)
        {
            var detail = m.SerialNumber is { } serial ? $"{device}, serial {serial}" : device;
            yield return Make(image, Device, Severity.Info, 1, "EXIF Make/Model", detail, $"the file names the camera: {detail}.", scrubHint);
        }
        if (m.Software is { } software)
            yield return Make(image, Software, Severity.Info, 1, "Software", software, $"the file names the software that saved it: '{software}'.", scrubHint);
        foreach (var text in m.Texts)
        {
            var quote = text.Text.Length > 120 ? text.Text[..117] + "..." : text.Text;
            var what = text.Kind switch
            {
                EmbeddedTextKind.Person => "a name",
                EmbeddedTextKind.Place => "a place",
                EmbeddedTextKind.Keywords => "keywords",
                EmbeddedTextKind.Title => "a title",
                _ => "a caption or comment",
            };
            yield return Make(image, Embedded, Severity.Warn, 1, text.Field, quote, $"the file carries {what} that goes out with it: '{quote}'.", scrubHint);
        }
    }

    /// <summary>True when the capture date (camera's local time) is the posting date.</summary>
    public static bool TakenOnPostingDay(ImageMetadata m, ImageCheckOptions options) =>
        m.Captured is { } when && DateOnly.FromDateTime(when.Local) == (options.PostingDate ?? DateOnly.FromDateTime(DateTime.Now));

    private static ImageFinding Make(string image, ImageRuleDescriptor rule, Severity severity, double confidence, string field, string quote, string message, string suggestion) =>
        new(image, rule.Id, rule.Category, severity, confidence, ImageLocation.InMetadata(field), quote, message, rule.Rationale, suggestion)
        {
            HelpUri = rule.HelpUri,
        };
}
