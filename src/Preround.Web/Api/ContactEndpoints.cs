using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Preround.Planning.Contacts;
using Preround.Web.Hosting;
using Preround.Web.Plan;
using Preround.Web.Security;

namespace Preround.Web.Api;

/// <summary>Networking contacts under <c>/api/contacts</c> (the CLI's <c>contacts add|list|show|touch|due</c>).</summary>
internal static class ContactEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup("/api/contacts").DisableAntiforgery().WithTags("Contacts");
        contacts.AddEndpointFilter<CrossSiteFilter>();
        contacts.AddEndpointFilter<PlanErrorFilter>();

        contacts.MapGet("", async (HttpContext http, PlanData data) =>
                PlanJson.Contacts(await (await data.ContactsAsync(http.RequestAborted, write: false)).ListAsync(http.RequestAborted), data.Now))
            .WithName("ListContacts").WithSummary("Every contact, by name, with last interaction, next follow-up and the next healthy-flow step.")
            .Produces<IReadOnlyList<ContactDto>>();
        contacts.MapPost("", AddAsync).WithName("AddContact").WithSummary("Add a contact; the first follow-up defaults by role (2 to 13 weeks).")
            .Accepts<ContactRequest>("application/json").Produces<ContactDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        contacts.MapGet("/due", async (HttpContext http, PlanData data) =>
                PlanJson.Contacts(await (await data.ContactsAsync(http.RequestAborted, write: false)).DueAsync(ct: http.RequestAborted), data.Now))
            .WithName("FollowUpsDue").WithSummary("Follow-ups owed: contacts whose follow-up is due, most overdue first.")
            .Produces<IReadOnlyList<ContactDto>>();
        contacts.MapGet("/{id:long}", async (long id, HttpContext http, PlanData data) =>
                PlanJson.Contact(await (await data.ContactsAsync(http.RequestAborted, write: false)).GetAsync(id, http.RequestAborted), data.Now))
            .WithName("GetContact").WithSummary("One contact.").Produces<ContactDto>().ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapPost("/{id:long}/touch", TouchAsync).WithName("TouchContact")
            .WithSummary("Record an interaction now, tick a checklist step, and set the next follow-up (default: by role).")
            .Accepts<TouchRequest>("application/json").Produces<ContactDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> AddAsync(HttpContext http, PlanData data, WebOptions options)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContactRequest>(http.Request, options.MaxJsonBytes);
        if (problem is not null) return problem;
        var input = new PlanInput(data.Zone);
        var request = Read(body!, input);
        if (request is null) return Problems.Invalid(input.Errors);
        var contact = await (await data.ContactsAsync(http.RequestAborted)).AddAsync(request, http.RequestAborted);
        http.Response.Headers.Location = $"/api/contacts/{contact.Id}";
        return PlanJson.Contact(contact, data.Now, StatusCodes.Status201Created);
    }

    private static async Task<IResult> TouchAsync(long id, HttpContext http, PlanData data, WebOptions options)
    {
        var body = new TouchRequest();
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            var (read, problem) = await JsonBody.ReadAsync<TouchRequest>(http.Request, options.MaxJsonBytes);
            if (problem is not null) return problem;
            body = read!;
        }
        var input = new PlanInput(data.Zone);
        var step = input.Step(body.Step);
        var next = input.Time(body.NextFollowUp, "next_follow_up");
        var note = input.Note(body.Note);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var contact = await (await data.ContactsAsync(http.RequestAborted)).TouchAsync(id, note, step, next, ct: http.RequestAborted);
        return PlanJson.Contact(contact, data.Now);
    }

    /// <summary>A new contact from the fields, or null with the problems in <paramref name="input"/>.</summary>
    internal static NewContact? Read(ContactRequest r, PlanInput input)
    {
        if (string.IsNullOrWhiteSpace(r.Name)) input.Add("name", "'name' is required: who the contact is.");
        else if (r.Name.Trim().Length > 200) input.Add("name", "A contact name may be at most 200 characters.");
        var role = input.ContactRole(r.Role);
        var platform = input.Platform(r.Platform);
        var next = input.Time(r.NextFollowUp, "next_follow_up");
        if (r.Handle is { Length: > 100 }) input.Add("handle", "A handle may be at most 100 characters.");
        input.Note(r.WhereMet, "where_met", 200);
        input.Note(r.Notes, "notes");
        return input.HasErrors ? null : new NewContact(r.Name!.Trim(), role, r.Handle, platform, r.WhereMet, next, r.Notes);
    }
}
