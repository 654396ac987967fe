using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Web.Plan;

namespace Preround.Web.Api;

/// <summary>Plan answers, written by the Planning writers the CLI uses (<see cref="PlannedPostJson"/>, <see cref="ContactJson"/>).</summary>
internal static class PlanJson
{
    public static IResult Post(PlannedPost post, DateTimeOffset now, int status = StatusCodes.Status200OK) =>
        new JsonWriterResult(w => PlannedPostJson.Write(w, post, now), status);

    public static IResult Posts(IReadOnlyList<PlannedPost> posts, DateTimeOffset now, int status = StatusCodes.Status200OK) =>
        new JsonWriterResult(w => PlannedPostJson.WriteArray(w, posts, now), status);

    public static IResult Contact(Contact contact, DateTimeOffset now, int status = StatusCodes.Status200OK) =>
        new JsonWriterResult(w => ContactJson.Write(w, contact, now), status);

    public static IResult Contacts(IEnumerable<Contact> contacts, DateTimeOffset now) => new JsonWriterResult(w =>
    {
        w.WriteStartArray();
        foreach (var c in contacts) ContactJson.Write(w, c, now);
        w.WriteEndArray();
    });

    /// <summary><c>{from, to, time_zone, weekly_target, posts[], suggested_slots[]}</c>.</summary>
    public static void Calendar(Utf8JsonWriter w, CalendarView view, PlanData data)
    {
        w.WriteStartObject();
        w.WriteString("from", view.From);
        w.WriteString("to", view.To);
        w.WriteString("time_zone", data.Zone.Id);
        if (view.WeeklyTarget is { } t) w.WriteNumber("weekly_target", t); else w.WriteNull("weekly_target");
        w.WritePropertyName("posts");
        PlannedPostJson.WriteArray(w, view.Posts, data.Now);
        w.WriteStartArray("suggested_slots");
        foreach (var s in view.Slots) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
