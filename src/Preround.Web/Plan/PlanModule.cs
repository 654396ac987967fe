using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Preround.Web.Api;


namespace Preround.Web.Plan;

/// <summary>The Plan part of the app in one place: its services, API and pages (so the shared pipeline needs one line each).</summary>
internal static class PlanModule
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<PlanData>();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PlanEndpoints.Map(endpoints);
        ContactEndpoints.Map(endpoints);
        ReviewEndpoints.Map(endpoints);
        Pages.PlanPages.Map(endpoints);

    }

    /// <summary>Paths that take uploads larger than a JSON body: review histories and CSV imports.</summary>
    public static bool IsUpload(PathString path) =>
        path.StartsWithSegments("/api/plan/review") || path.StartsWithSegments("/plan/review")
        || path.StartsWithSegments("/api/plan/import") || path.StartsWithSegments("/plan/import");
}
