using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Identity and documentation of one image check, stated once and stamped on each finding.</summary>
/// <param name="Id">Stable id, <c>PR19xx</c> (the privacy block, kept apart for pictures).</param>
public sealed record ImageRuleDescriptor(string Id, string Title, string Category, Severity DefaultSeverity, string Rationale)
{
    /// <summary>Where the rule's page lives in the repository.</summary>
    public string HelpUri => $"docs/rules/{Id}.md";
}

/// <summary>The ids of the image checks, kept in one place.</summary>
public static class ImageRuleIds
{
    public const string GpsPosition = "PR1901";
    public const string NearWorkplace = "PR1902";
    public const string CaptureTime = "PR1903";
    public const string CameraDevice = "PR1904";
    public const string EditingSoftware = "PR1905";
    public const string EmbeddedText = "PR1906";
    public const string PatientIdentifierInImage = "PR1910";
    public const string MonitorReadout = "PR1911";
    public const string ConversationScreenshot = "PR1912";
    public const string PatientPortal = "PR1913";
    public const string ClinicalSetting = "PR1914";
}

/// <summary>Every image check's descriptor, for documentation and convention tests.</summary>
public static class ImageRuleCatalog
{
    public static IReadOnlyList<ImageRuleDescriptor> All { get; } =
    [
        MetadataRules.Gps, MetadataRules.NearWorkplace, MetadataRules.Captured, MetadataRules.Device, MetadataRules.Software,
        MetadataRules.Embedded, PatientIdentifierRecogniser.Descriptor, MonitorReadoutRecogniser.Descriptor,
        ConversationScreenshotRecogniser.Descriptor, PatientPortalRecogniser.Descriptor, ClinicalSettingRecogniser.Descriptor,
    ];
}
