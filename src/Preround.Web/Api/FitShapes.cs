using System.Text.Json;
using Preround.Core.Domain;
using Preround.Platforms.Fit;
using Preround.Platforms.Reporting;
using Preround.Platforms.Threading;

namespace Preround.Web.Api;

/// <summary>The <c>fit --json</c> and <c>thread --json</c> shapes, written by the CLI's own writer.</summary>
internal static class FitShapes
{
    public static void Write(Utf8JsonWriter w, FitResult fit) => FitJson.Write(w, fit);

    public static void Write(Utf8JsonWriter w, Platform platform, IReadOnlyList<ThreadPart> parts) => FitJson.Write(w, platform, parts);
}
