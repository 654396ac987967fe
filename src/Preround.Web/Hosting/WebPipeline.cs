using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Preround.Web.Api;
using Preround.Web.Pages;
using Preround.Web.Security;

namespace Preround.Web.Hosting;

/// <summary>The request pipeline, in the order a request meets it.</summary>
internal static class WebPipeline
{
    public static void Configure(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<WebOptions>();

        // Every failure becomes application/problem+json with a status that says whose fault it was.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ProblemStatus.For });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        if (BindingPolicy.IsLoopback(options.Host)) app.UseHostFiltering();
        app.UseMiddleware<AccessTokenGate>();
        app.UseMiddleware<BodySizeLimit>();
        app.UseMiddleware<BrowserAntiforgery>();
        app.UseRouting();
        app.UseAntiforgery();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints);
            AntiforgeryEndpoints.Map(endpoints);
            AuditEndpoints.Map(endpoints);
            RedactEndpoints.Map(endpoints);
            PolicyEndpoints.Map(endpoints);
            AuditPage.Map(endpoints);
            SettingsPage.Map(endpoints);
            Plan.PlanModule.Map(endpoints);
            PageEndpoints.Map(endpoints);
            AssetEndpoints.Map(endpoints);
            endpoints.MapOpenApi("/openapi/{documentName}.json");
        });
    }
}
