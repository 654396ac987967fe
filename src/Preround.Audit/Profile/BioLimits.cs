using Preround.Core.Domain;

namespace Preround.Audit.Profile;

/// <summary>How long a bio each platform shows before cutting it.</summary>
public static class BioLimits
{
    /// <summary>Characters allowed in the bio field (LinkedIn: the headline, which is what search results show).</summary>
    public static int For(Platform platform) => platform switch
    {
        Platform.X => 160,
        Platform.Bluesky => 256,
        Platform.Mastodon => 500,
        Platform.Threads => 150,
        Platform.Instagram => 150,
        Platform.TikTok => 80,
        Platform.Facebook => 101,
        Platform.LinkedIn => 220,
        _ => 160,
    };
}
