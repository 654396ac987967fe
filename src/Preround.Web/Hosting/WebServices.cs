using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Preround.Core.Engine;
using Preround.Imaging;
using Preround.Rules;
using Preround.Web.Api;
using Preround.Web.Audit;

namespace Preround.Web.Hosting;

/// <summary>The app's services: the checker, problem details, antiforgery, the OpenAPI document.</summary>
internal static class WebServices
{
    public static void Add(IServiceCollection services, WebOptions options)
    {
        services.AddSingleton(options);
        // NOTE: the settings page may switch the checker at run time; every request resolves the one in force.
        services.AddSingleton(new ActiveAnalyzer(() => options.Analyzer ?? BuiltInRules.CreateAnalyzer(compiledPatterns: true)));
        services.AddTransient<Analyzer>(sp => sp.GetRequiredService<ActiveAnalyzer>().Current);
        services.AddSingleton(sp => new ImageChecker(options.Images, textChecker: draft => sp.GetRequiredService<ActiveAnalyzer>().Current.Check(draft)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditWork>();
        services.AddSingleton<AuditJobs>();
        services.AddRouting();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Statuses set by routing carry no detail of their own; say what the client can do about them.
            var p = ctx.ProblemDetails;
            p.Detail ??= p.Status switch
            {
                StatusCodes.Status404NotFound => $"Nothing at {ctx.HttpContext.Request.Path}; the API is described at /openapi/v1.json.",
                StatusCodes.Status405MethodNotAllowed => $"{ctx.HttpContext.Request.Method} is not allowed on {ctx.HttpContext.Request.Path}; the API is described at /openapi/v1.json.",
                StatusCodes.Status415UnsupportedMediaType => ctx.HttpContext.Request.Path.StartsWithSegments("/api/audit")
                    ? "Send the upload as 'multipart/form-data' with the archive in the file field 'archive'."
                    : "Send the body as JSON with 'Content-Type: application/json'.",
                StatusCodes.Status500InternalServerError => "Something went wrong inside Preround; the request was not completed and nothing was changed.",
                _ => null,
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "preround.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
            o.FormFieldName = "__csrf";
        });
        services.Configure<HostFilteringOptions>(o =>
        {
            // NOTE: on loopback, only loopback host names are answered. This stops a web page the user visits from
            // reaching the app through DNS rebinding (a hostile name that resolves to 127.0.0.1).
            o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });
        Plan.PlanModule.AddServices(services);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer(new OpenApiInfoTransformer()));
    }
}
