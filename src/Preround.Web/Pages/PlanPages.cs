using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Planning.Queue;
using Preround.Web.Api;
using Preround.Web.Hosting;
using Preround.Web.Plan;

namespace Preround.Web.Pages;

/// <summary>
/// The Plan pages and their forms. Forms post with an antiforgery token and redirect back on success (post, redirect,
/// get); a refusal re-renders the page with what was typed and why it was refused.
/// </summary>
internal static class PlanPages
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/plan").ExcludeFromDescription();
        pages.MapGet("", CalendarAsync);
        pages.MapGet("/queue", QueueAsync);
        pages.MapGet("/queue/{id:long}", PostAsync);
        pages.MapPost("/queue/{id:long}/{action}", ActAsync);
        pages.MapPost("/import", ImportAsync);
        pages.MapGet("/strategy", StrategyAsync);
        pages.MapPost("/strategy", SaveStrategyAsync);
        pages.MapGet("/review", (HttpContext http, IAntiforgery af) => Page(ReviewPage.Render(PlanFrame.Token(http, af), null, null, null, null)));
        pages.MapPost("/review", ReviewAsync);
        pages.MapGet("/contacts", ContactsAsync);
        pages.MapPost("/contacts", AddContactAsync);
        pages.MapPost("/contacts/{id:long}/touch", TouchAsync);
    }

    private static async Task<IResult> CalendarAsync(HttpContext http, PlanData data)
    {
        var q = http.Request.Query;
        var view = q["view"] == "week" ? "week" : "month";
        var today = DateOnly.FromDateTime(data.Local(data.Now).DateTime);
        var date = PlanCalendar.Day(q["date"], today);
        var (first, end) = CalendarPage.Range(view, date);
        var cal = await PlanCalendar.LoadAsync(data, PlanCalendar.StartOfDay(first, data.Zone), PlanCalendar.StartOfDay(end, data.Zone), all: false, http.RequestAborted);
        return Page(CalendarPage.Render(view, date, today, cal, data, Notice(http)));
    }

    private static async Task<IResult> QueueAsync(HttpContext http, PlanData data, IAntiforgery af)
    {
        var all = http.Request.Query["show"] == "all";
        var posts = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(all ? QueueFilter.All : QueueFilter.Open, http.RequestAborted);
        return Page(QueuePage.List(posts, all, data, PlanFrame.Token(http, af), Notice(http), null));
    }

    private static async Task<IResult> PostAsync(long id, HttpContext http, PlanData data, IAntiforgery af)
    {
        try
        {
            var post = await (await data.QueueAsync(http.RequestAborted, write: false)).GetAsync(id, http.RequestAborted);
            return Page(QueuePage.Detail(post, data, PlanFrame.Token(http, af), Notice(http), null));
        }
        catch (NotFoundException e)
        {
            return Page(PlanFrame.Page("Not found", "queue", "", "<p><a href=\"/plan/queue\">Back to the queue</a></p>", null, e.Message), StatusCodes.Status404NotFound);
        }
    }

    private static async Task<IResult> ActAsync(long id, string action, HttpContext http, PlanData data, IAntiforgery af)
    {
        if (await FormAsync(http, af) is { } bad) return bad;
        var form = http.Request.Form;
        var queue = await data.QueueAsync(http.RequestAborted);
        PlannedPostEditForm? typed = null;
        try
        {
            switch (action)
            {
                case "ready":
                    await queue.MarkReadyAsync(id, form["accept_findings"] == "true", http.RequestAborted);
                    return Back(http, $"/plan/queue?note=ready&id={id}");
                case "done":
                    await queue.MarkDoneAsync(id, ct: http.RequestAborted);
                    return Back(http, $"/plan/queue?note=done&id={id}");
                case "drop":
                    await queue.DropAsync(id, http.RequestAborted);
                    return Back(http, $"/plan/queue?note=dropped&id={id}");
                case "edit":
                    typed = new PlannedPostEditForm(form["text"].ToString(), form["platform"].ToString(), form["planned_at"].ToString(), form["note"].ToString());
                    var input = new PlanInput(data.Zone);
                    var text = input.Text(typed.Text);
                    var platform = input.Platform(typed.Platform);
                    var when = input.Time(typed.PlannedAt, "planned_at", required: true);
                    input.Note(typed.Note);
                    if (input.HasErrors)
                    {
                        var current = await queue.GetAsync(id, http.RequestAborted);
                        return Page(QueuePage.Detail(current, data, PlanFrame.Token(http, af), null, null, input.Errors, typed), StatusCodes.Status400BadRequest);
                    }
                    await queue.EditAsync(id, new PlannedPostEdit(text, platform, when, typed.Note), http.RequestAborted);
                    return Back(http, $"/plan/queue/{id}?note=saved");
                default:
                    return Page(PlanFrame.Page("Not found", "queue", "", "", null, $"There is no action '{action}'; a post can be marked ready or done, dropped or edited."), StatusCodes.Status404NotFound);
            }
        }
        catch (Exception e) when (PlanErrors.For(e) is { } r)
        {
            // NOTE: a refusal (a cooling-off hold, block findings not accepted, a finished post) shows the post with the reason.
            if (r.Status == StatusCodes.Status404NotFound) return Page(PlanFrame.Page("Not found", "queue", "", "<p><a href=\"/plan/queue\">Back to the queue</a></p>", null, r.Detail), r.Status);
            var post = await queue.GetAsync(id, http.RequestAborted);
            return Page(QueuePage.Detail(post, data, PlanFrame.Token(http, af), null, r.Detail, null, typed), r.Status);
        }
    }

    private static async Task<IResult> ImportAsync(HttpContext http, PlanData data, IAntiforgery af, WebOptions options)
    {
        if (await FormAsync(http, af, PlanUpload.MaxCsvBytes) is { } bad) return bad;
        var file = http.Request.Form.Files.GetFile("csv");
        IDictionary<string, string[]>? errors;
        if (file is null || file.Length == 0) errors = new Dictionary<string, string[]> { ["csv"] = ["Choose a CSV file to import."] };
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted);
            var (csv, problem) = PlanUpload.Decode(buffer.ToArray(), file.FileName);
            if (problem is not null) errors = new Dictionary<string, string[]> { ["csv"] = [$"{file.FileName} is not UTF-8 text; save it as UTF-8 CSV and try again."] };
            else
            {
                (var added, errors) = await PlanUpload.ImportAsync(csv!, data, http.RequestAborted);
                if (errors is null) return Back(http, $"/plan/queue?note=imported&id={added!.Count}");
            }
        }
        var posts = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(QueueFilter.Open, http.RequestAborted);
        return Page(QueuePage.List(posts, false, data, PlanFrame.Token(http, af), null, null, errors), StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> StrategyAsync(HttpContext http, PlanData data, IAntiforgery af)
    {
        var saved = await data.StrategyAsync(http.RequestAborted);
        return Page(StrategyPage.Render(StrategyPage.From(saved), PlanFrame.Token(http, af), Notice(http), null, http.Request.Query["note"] == "saved" ? saved : null));
    }

    private static async Task<IResult> SaveStrategyAsync(HttpContext http, PlanData data, IAntiforgery af)
    {
        if (await FormAsync(http, af) is { } bad) return bad;
        var f = http.Request.Form;
        var values = new StrategyRequest
        {
            Goals = f["goal"].Select(v => v ?? "").ToList(), Audiences = f["audience"].Select(v => v ?? "").ToList(), Lane = [f["lane"].ToString()],
            Platforms = f["platform"].Select(v => v ?? "").ToList(), WeeklyTarget = Int(f["weekly_target"]), MinutesPerWeek = Int(f["minutes_per_week"]),
            Role = Blank(f["role"]), Account = Blank(f["account"]), Specialty = Blank(f["specialty"]),
        };
        var input = new PlanInput(data.Zone);
        if (values.WeeklyTarget is null && f["weekly_target"].ToString().Length > 0) input.Add("weekly_target", "Posts a week must be a whole number.");
        var profile = input.HasErrors ? null : input.Strategy(values);
        if (profile is null) return Page(StrategyPage.Render(values, PlanFrame.Token(http, af), null, input.Errors, null), StatusCodes.Status400BadRequest);
        await (await data.DatabaseAsync(http.RequestAborted)).Plans.SaveStrategyAsync(profile, http.RequestAborted);
        return Back(http, "/plan/strategy?note=saved");
    }

    private static async Task<IResult> ReviewAsync(HttpContext http, PlanData data, IAntiforgery af, WebOptions options)
    {
        if (await FormAsync(http, af, options.MaxUploadBytes) is { } bad) return bad;
        var (file, review, problem) = await ReviewEndpoints.ReadAsync(http.Request, data, options);
        var token = PlanFrame.Token(http, af);
        if (problem is not null)
        {
            var errors = new Dictionary<string, string[]> { ["history"] = ["Choose the archive or export to review."] };
            return Page(ReviewPage.Render(token, null, errors, null, null), StatusCodes.Status400BadRequest);
        }
        try
        {
            var report = await PlanUpload.ReviewAsync(file!, review!, data, http.RequestAborted);
            return Page(ReviewPage.Render(token, null, null, report, Path.GetFileName(file!.FileName)));
        }
        catch (Exception e) when (PlanErrors.For(e) is { } r)
        {
            return Page(ReviewPage.Render(token, $"{r.Title}: {r.Detail}", null, null, null), r.Status);
        }
    }

    private static async Task<IResult> ContactsAsync(HttpContext http, PlanData data, IAntiforgery af)
    {
        var contacts = await (await data.ContactsAsync(http.RequestAborted, write: false)).ListAsync(http.RequestAborted);
        return Page(ContactsPage.Render(contacts, data, PlanFrame.Token(http, af), Notice(http), null, null, null));
    }

    private static async Task<IResult> AddContactAsync(HttpContext http, PlanData data, IAntiforgery af)
    {
        if (await FormAsync(http, af) is { } bad) return bad;
        var f = http.Request.Form;
        var values = new ContactRequest
        {
            Name = f["name"], Role = Blank(f["role"]), Handle = Blank(f["handle"]), Platform = Blank(f["platform"]),
            WhereMet = Blank(f["where_met"]), NextFollowUp = Blank(f["next_follow_up"]), Notes = Blank(f["notes"]),
        };
        var input = new PlanInput(data.Zone);
        var request = ContactEndpoints.Read(values, input);
        var service = await data.ContactsAsync(http.RequestAborted);
        if (request is null)
        {
            var contacts = await service.ListAsync(http.RequestAborted);
            return Page(ContactsPage.Render(contacts, data, PlanFrame.Token(http, af), null, null, input.Errors, values), StatusCodes.Status400BadRequest);
        }
        var added = await service.AddAsync(request, http.RequestAborted);
        return Back(http, $"/plan/contacts?note=contact&id={added.Id}");
    }

    private static async Task<IResult> TouchAsync(long id, HttpContext http, PlanData data, IAntiforgery af)
    {
        if (await FormAsync(http, af) is { } bad) return bad;
        var f = http.Request.Form;
        var input = new PlanInput(data.Zone);
        var step = input.Step(f["step"]);
        var note = input.Note(Blank(f["note"]));
        var service = await data.ContactsAsync(http.RequestAborted);
        string? error = input.HasErrors ? string.Join(" ", input.Errors.SelectMany(e => e.Value)) : null;
        if (error is null)
        {
            try
            {
                await service.TouchAsync(id, note, step, ct: http.RequestAborted);
                return Back(http, $"/plan/contacts?note=touched&id={id}");
            }
            catch (Exception e) when (PlanErrors.For(e) is { } r)
            {
                error = r.Detail;
            }
        }
        var contacts = await service.ListAsync(http.RequestAborted);
        return Page(ContactsPage.Render(contacts, data, PlanFrame.Token(http, af), null, error, null, null), StatusCodes.Status400BadRequest);
    }

    /// <summary>Reads the posted form and checks its antiforgery token; a page saying what to do when either fails.</summary>
    private static async Task<IResult?> FormAsync(HttpContext http, IAntiforgery af, long? maxBytes = null)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(PlanFrame.Page("Not a form", "calendar", "", "", null, "This address takes the page's own form; open the page and submit it there."), StatusCodes.Status415UnsupportedMediaType);
        }
        try
        {
            await http.Request.ReadFormAsync(PlanUpload.FormLimits(maxBytes ?? (1L << 20)), http.RequestAborted);
            await af.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(PlanFrame.Page("Form expired", "calendar", "", "<p>Go back, reload the page and submit the form again.</p>", null,
                "The form's security token is missing or out of date, so nothing was changed."), StatusCodes.Status400BadRequest);
        }
        catch (InvalidDataException e)
        {
            return Page(PlanFrame.Page("Form too large", "calendar", "", "", null, $"The form could not be read: {e.Message}"), StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>The short confirmation shown after a redirect, built here from a known key (never from the query text).</summary>
    private static string? Notice(HttpContext http)
    {
        var q = http.Request.Query;
        var id = long.TryParse(q["id"], out var n) ? n : 0;
        return q["note"].ToString() switch
        {
            "ready" => $"Post {id} is ready.",
            "done" => $"Post {id} is marked done.",
            "dropped" => $"Post {id} was dropped; it stays in the history.",
            "saved" => "Saved.",
            "imported" => $"Imported {id} post(s); each was checked.",
            "contact" => "Contact added.",
            "touched" => "Interaction logged.",
            _ => null,
        };
    }

    private static IResult Back(HttpContext http, string to)
    {
        http.Response.Headers.Location = to;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) => PageEndpoints.Html(html, status);

    private static int? Int(string? s) => int.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
