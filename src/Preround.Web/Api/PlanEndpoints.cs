using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;
using Preround.Web.Hosting;
using Preround.Web.Plan;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary>
/// The plan API under <c>/api/plan</c>: the queue (the CLI's <c>plan add|list|show|edit|ready|done|drop</c>), the
/// calendar with suggested slots, export and import, and the strategy. Answers use the CLI's JSON shapes.
/// </summary>
internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var plan = endpoints.MapGroup("/api/plan").DisableAntiforgery().WithTags("Plan");
        plan.AddEndpointFilter<CrossSiteFilter>();
        plan.AddEndpointFilter<PlanErrorFilter>();

        plan.MapGet("/queue", ListAsync).WithName("ListQueue")
            .WithSummary("Planned posts, by planned time: open ones (queued and ready) unless status=all or a list such as status=done,dropped; from/to limit the time.")
            .Produces<IReadOnlyList<PlannedPostDto>>().ProducesProblem(StatusCodes.Status400BadRequest);
        plan.MapPost("/queue", AddAsync).WithName("AddToQueue")
            .WithSummary("Queue a draft for a time and platform: it is checked, its findings kept, and a cooling-off hold set when it applies.")
            .Accepts<QueueAddRequest>("application/json").Produces<PlannedPostDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        plan.MapGet("/queue/{id:long}", GetAsync).WithName("GetPlannedPost").WithSummary("One planned post with its findings and any hold.")
            .Produces<PlannedPostDto>().ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapPatch("/queue/{id:long}", EditAsync).WithName("EditPlannedPost")
            .WithSummary("Change a queued or ready post; new text or platform is checked again, and a ready post that now needs a hold goes back to the queue.")
            .Accepts<QueueEditRequest>("application/json").Produces<PlannedPostDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapDelete("/queue/{id:long}", DropAsync).WithName("DeletePlannedPost")
            .WithSummary("Drop a planned post (the same as /drop): it stays in the history with status dropped.")
            .Produces<PlannedPostDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/queue/{id:long}/ready", ReadyAsync).WithName("MarkReady")
            .WithSummary("Mark a queued post ready; refused (409) during its cooling-off hold, and for block findings unless accept_findings is true.")
            .Accepts<ReadyRequest>("application/json").Produces<PlannedPostDto>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/queue/{id:long}/done", DoneAsync).WithName("MarkDone").WithSummary("Record that a post went out; refused during a hold.")
            .Accepts<DoneRequest>("application/json").Produces<PlannedPostDto>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/queue/{id:long}/drop", DropAsync).WithName("MarkDropped").WithSummary("Drop a planned post; it stays in the history.")
            .Produces<PlannedPostDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plan.MapPost("/import", ImportAsync).WithName("ImportQueue")
            .WithSummary("Import planned posts from CSV (planned_at, platform, text, note): every row is checked; all rows are queued or none.")
            .Accepts<string>("text/csv").Produces<IReadOnlyList<PlannedPostDto>>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        plan.MapGet("/calendar", CalendarAsync).WithName("Calendar")
            .WithSummary("Posts planned from 'from' (inclusive) to 'to' (exclusive), dates or times in the app's time zone, with suggested slots that fill the weekly target.")
            .Produces<CalendarDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        plan.MapGet("/calendar.ics", IcsAsync).WithName("CalendarIcs")
            .WithSummary("The plan as an iCalendar file (open posts; all=true adds done and dropped; no_text=true leaves the drafts out).")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        plan.MapGet("/calendar.csv", CsvAsync).WithName("CalendarCsv")
            .WithSummary("The plan as CSV (the columns `plan export --format csv` writes; all=true adds done and dropped).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        plan.MapGet("/slots", SlotsAsync).WithName("Slots")
            .WithSummary("Suggested posting times that fill the weekly target without bunching (weeks 1-52, time HH:MM, weekly overrides the strategy).")
            .Produces<SlotsDto>().ProducesProblem(StatusCodes.Status400BadRequest);

        plan.MapGet("/strategy", GetStrategyAsync).WithName("GetStrategy").WithSummary("The strategy profile and advice on it; 404 until one is set.")
            .Produces<StrategyDto>().ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapPut("/strategy", PutStrategyAsync).WithName("PutStrategy")
            .WithSummary("Set the strategy: goals, audiences, lane, platforms, weekly target, minutes a week, role, account.")
            .Accepts<StrategyRequest>("application/json").Produces<StrategyDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ListAsync(HttpContext http, PlanData data)
    {
        var input = new PlanInput(data.Zone);
        var statuses = Statuses(http.Request.Query["status"].ToString(), input);
        var from = input.Time(http.Request.Query["from"], "from");
        var to = input.Time(http.Request.Query["to"], "to");
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var posts = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(new QueueFilter(statuses, from, to), http.RequestAborted);
        return PlanJson.Posts(posts, data.Now);
    }

    private static async Task<IResult> AddAsync(HttpContext http, PlanData data, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<QueueAddRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new PlanInput(data.Zone);
        var text = input.Text(body!.Text);
        var platform = input.Platform(body.Platform);
        var when = input.Time(body.PlannedAt, "planned_at", required: true);
        var note = input.Note(body.Note);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var target = platform ?? (await data.StrategyAsync(http.RequestAborted))?.Platforms.FirstOrDefault();
        if (target is null) return Problems.Invalid(new Dictionary<string, string[]> { ["platform"] = ["'platform' is required until a strategy names your platforms."] });
        var post = await (await data.QueueAsync(http.RequestAborted)).AddAsync(new NewPlannedPost(text, target.Value, when!.Value, note), http.RequestAborted);
        http.Response.Headers.Location = $"/api/plan/queue/{post.Id}";
        return PlanJson.Post(post, data.Now, StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(long id, HttpContext http, PlanData data) =>
        PlanJson.Post(await (await data.QueueAsync(http.RequestAborted, write: false)).GetAsync(id, http.RequestAborted), data.Now);

    private static async Task<IResult> EditAsync(long id, HttpContext http, PlanData data, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<QueueEditRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new PlanInput(data.Zone);
        var text = body!.Text is null ? null : input.Text(body.Text);
        var platform = input.Platform(body.Platform);
        var when = input.Time(body.PlannedAt, "planned_at");
        var note = input.Note(body.Note);
        if (text is null && platform is null && when is null && note is null && !input.HasErrors)
        {
            input.Add("body", "Nothing to change: give text, platform, planned_at or note.");
        }
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var post = await (await data.QueueAsync(http.RequestAborted)).EditAsync(id, new PlannedPostEdit(text, platform, when, note), http.RequestAborted);
        return PlanJson.Post(post, data.Now);
    }

    private static async Task<IResult> ReadyAsync(long id, HttpContext http, PlanData data, WebOptions options)
    {
        var accept = false;
        if (HasBody(http.Request))
        {
            var (body, problem) = await JsonBody.ReadAsync<ReadyRequest>(http.Request, options.MaxJsonBytes);
            if (problem is not null) return problem;
            accept = body!.AcceptFindings ?? false;
        }
        return PlanJson.Post(await (await data.QueueAsync(http.RequestAborted)).MarkReadyAsync(id, accept, http.RequestAborted), data.Now);
    }

    private static async Task<IResult> DoneAsync(long id, HttpContext http, PlanData data, WebOptions options)
    {
        DateTimeOffset? postedAt = null;
        if (HasBody(http.Request))
        {
            var (body, problem) = await JsonBody.ReadAsync<DoneRequest>(http.Request, options.MaxJsonBytes);
            if (problem is not null) return problem;
            var input = new PlanInput(data.Zone);
            postedAt = input.Time(body!.PostedAt, "posted_at");
            if (input.HasErrors) return Problems.Invalid(input.Errors);
        }
        return PlanJson.Post(await (await data.QueueAsync(http.RequestAborted)).MarkDoneAsync(id, postedAt, http.RequestAborted), data.Now);
    }

    private static async Task<IResult> DropAsync(long id, HttpContext http, PlanData data) =>
        PlanJson.Post(await (await data.QueueAsync(http.RequestAborted)).DropAsync(id, http.RequestAborted), data.Now);

    private static async Task<IResult> ImportAsync(HttpContext http, PlanData data)
    {
        var (csv, problem) = await PlanUpload.ReadCsvAsync(http.Request);
        if (problem is not null) return problem;
        var (added, errors) = await PlanUpload.ImportAsync(csv!, data, http.RequestAborted);
        if (errors is not null) return Problems.Invalid(errors);
        return PlanJson.Posts(added!, data.Now, StatusCodes.Status201Created);
    }

    private static async Task<IResult> CalendarAsync(HttpContext http, PlanData data)
    {
        var input = new PlanInput(data.Zone);
        var today = DateOnly.FromDateTime(data.Local(data.Now).DateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var from = input.Time(http.Request.Query["from"], "from") ?? PlanCalendar.StartOfDay(monthStart, data.Zone);
        var to = input.Time(http.Request.Query["to"], "to") ?? PlanCalendar.StartOfDay(monthStart.AddMonths(1), data.Zone);
        var all = Flag(http, "all", input);
        if (!input.HasErrors && to <= from) input.Add("to", "'to' must be after 'from'.");
        if (!input.HasErrors && to - from > TimeSpan.FromDays(366)) input.Add("to", "The range may be at most 366 days.");
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var view = await PlanCalendar.LoadAsync(data, from, to, all, http.RequestAborted);
        return new JsonWriterResult(w => PlanJson.Calendar(w, view, data));
    }

    private static async Task<IResult> IcsAsync(HttpContext http, PlanData data)
    {
        var input = new PlanInput(data.Zone);
        var all = Flag(http, "all", input);
        var noText = Flag(http, "no_text", input);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var posts = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(all ? QueueFilter.All : QueueFilter.Open, http.RequestAborted);
        return File(ICalendarWriter.Write(posts, data.Now, includeText: !noText), "text/calendar; charset=utf-8", "preround-plan.ics");
    }

    private static async Task<IResult> CsvAsync(HttpContext http, PlanData data)
    {
        var input = new PlanInput(data.Zone);
        var all = Flag(http, "all", input);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var posts = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(all ? QueueFilter.All : QueueFilter.Open, http.RequestAborted);
        var sw = new StringWriter();
        PlanCsv.Export(posts, sw);
        return File(sw.ToString(), "text/csv; charset=utf-8", "preround-plan.csv");
    }

    private static async Task<IResult> SlotsAsync(HttpContext http, PlanData data)
    {
        var input = new PlanInput(data.Zone);
        var q = http.Request.Query;
        var weeks = input.Number(Int(q["weeks"], "weeks", input), "weeks", 1, 52, fallback: 2);
        var time = PlanCalendar.TimeOfDay(q["time"], input);
        var weekly = Int(q["weekly"], "weekly", input);
        if (weekly is not null) input.Number(weekly, "weekly", 1, StrategyProfile.MaxWeeklyTarget);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var target = weekly ?? (await data.StrategyAsync(http.RequestAborted))?.WeeklyTarget;
        if (target is null) return Problems.Invalid(new Dictionary<string, string[]> { ["weekly"] = ["Give 'weekly', or set a weekly target in the strategy (PUT /api/plan/strategy)."] });
        var planned = await (await data.QueueAsync(http.RequestAborted, write: false)).ListAsync(QueueFilter.Open, http.RequestAborted);
        var slots = SlotSuggester.Suggest(target.Value, planned, data.Now, weeks, time, data.Zone);
        return new JsonWriterResult(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("weekly_target", target.Value);
            w.WriteNumber("weeks", weeks);
            w.WriteNumber("planned", planned.Count);
            w.WriteStartArray("slots");
            foreach (var s in slots) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> GetStrategyAsync(HttpContext http, PlanData data) =>
        await data.StrategyAsync(http.RequestAborted) is { } s
            ? new JsonWriterResult(w => StrategyJson.Write(w, s))
            : Problems.Create(StatusCodes.Status404NotFound, "No strategy yet", "No strategy has been set; PUT /api/plan/strategy (or `preround plan init`) sets one.");

    private static async Task<IResult> PutStrategyAsync(HttpContext http, PlanData data, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<StrategyRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new PlanInput(data.Zone);
        var profile = input.Strategy(body!);
        if (profile is null) return Problems.Invalid(input.Errors);
        await (await data.DatabaseAsync(http.RequestAborted)).Plans.SaveStrategyAsync(profile, http.RequestAborted);
        return new JsonWriterResult(w => StrategyJson.Write(w, profile));
    }

    private static IReadOnlyCollection<PlannedPostStatus>? Statuses(string value, PlanInput input)
    {
        if (string.IsNullOrWhiteSpace(value) || value == "open") return QueueFilter.Open.Statuses;
        if (value == "all") return null;
        var result = new List<PlannedPostStatus>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<PlannedPostStatus>(part, ignoreCase: true, out var s) && !char.IsDigit(part[0])) result.Add(s);
            else input.Add("status", $"Unknown status '{(part.Length > 20 ? part[..20] + "…" : part)}'. Valid: open (default), all, or a list of queued, ready, done, dropped.");
        }
        return result;
    }

    private static bool Flag(HttpContext http, string name, PlanInput input)
    {
        var value = http.Request.Query[name].ToString();
        if (value.Length == 0) return false;
        if (bool.TryParse(value, out var flag)) return flag;
        if (value is "1" or "0") return value == "1";
        input.Add(name, $"'{name}' must be true or false.");
        return false;
    }

    private static int? Int(string? value, string name, PlanInput input)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        input.Add(name, $"'{name}' must be a whole number.");
        return null;
    }

    private static bool HasBody(HttpRequest request) => request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    private static IResult File(string content, string contentType, string name) =>
        Results.File(new UTF8Encoding(false).GetBytes(content), contentType, name);
}
