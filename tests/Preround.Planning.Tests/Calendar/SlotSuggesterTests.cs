using Preround.Core.Domain;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;

namespace Preround.Planning.Tests.Calendar;

public sealed class SlotSuggesterTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeOnly Nine = new(9, 0);

    [Fact]
    public void ThreeAWeekAreSpreadAcrossTheWeekWithoutBunching()
    {
        var slots = SlotSuggester.Suggest(3, [], Monday, 4, Nine, TimeZoneInfo.Utc);

        Assert.Equal(12, slots.Count);
        Assert.Equal(slots.Count, slots.Select(s => s.Date).Distinct().Count());
        var gaps = slots.Zip(slots.Skip(1), (a, b) => (b - a).TotalDays).ToList();
        Assert.All(gaps, g => Assert.True(g >= 2, $"posts only {g} days apart"));
        Assert.All(slots, s => Assert.Equal(9, s.Hour));
        Assert.Equal(4, slots.GroupBy(s => System.Globalization.ISOWeek.GetWeekOfYear(s.DateTime)).Count());
    }

    [Fact]
    public void PlannedPostsCountTowardTheirWeekAndTheirDayIsAvoided()
    {
        var planned = new PlannedPost { Id = 1, Text = "x", Platform = Platform.X, PlannedAt = Monday.AddDays(2).AddHours(3) }; // Wednesday

        var slots = SlotSuggester.Suggest(2, [planned], Monday, 1, Nine, TimeZoneInfo.Utc);

        var slot = Assert.Single(slots);
        Assert.NotEqual(DayOfWeek.Wednesday, slot.DayOfWeek);
        Assert.True(Math.Abs((slot.Date - planned.PlannedAt.Date).TotalDays) >= 3);
    }

    [Fact]
    public void NoSlotIsSuggestedInThePast()
    {
        var thursdayNoon = Monday.AddDays(3).AddHours(6);

        var slots = SlotSuggester.Suggest(3, [], thursdayNoon, 1, Nine, TimeZoneInfo.Utc);

        Assert.All(slots, s => Assert.True(s > thursdayNoon));
        Assert.Equal(3, slots.Count); // Friday, Saturday, Sunday still fit
    }

    [Fact]
    public void ALateStartInTheWeekNeverBunchesPostsOnOneDay()
    {
        var sundayMorning = Monday.AddDays(6);

        var slots = SlotSuggester.Suggest(3, [], sundayMorning, 2, Nine, TimeZoneInfo.Utc);

        Assert.Equal(slots.Count, slots.Select(s => s.Date).Distinct().Count());
        Assert.Equal(4, slots.Count); // Sunday, then three in the next week
    }

    [Fact]
    public void MoreThanSevenAWeekPutsTwoOnSomeDaysTwoHoursApart()
    {
        var slots = SlotSuggester.Suggest(10, [], Monday, 1, Nine, TimeZoneInfo.Utc);

        Assert.Equal(10, slots.Count);
        Assert.All(slots.GroupBy(s => s.Date), day => Assert.InRange(day.Count(), 1, 2));
        Assert.All(slots.GroupBy(s => s.Date).Where(d => d.Count() == 2), d => Assert.Equal(2, (d.Max() - d.Min()).TotalHours));
    }

    [Fact]
    public void SlotsAreAtTheLocalTimeOfDay()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("minus5", TimeSpan.FromHours(-5), "minus5", "minus5");

        var slots = SlotSuggester.Suggest(1, [], Monday, 1, Nine, zone);

        Assert.Equal(14, Assert.Single(slots).UtcDateTime.Hour);
    }
}
