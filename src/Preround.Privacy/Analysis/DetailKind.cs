namespace Preround.Privacy.Analysis;

/// <summary>What kind of identifying detail a recogniser found. The first group are HIPAA Safe Harbor identifiers.</summary>
public enum DetailKind
{
    /// <summary>A personal name.</summary>
    Name,
    /// <summary>A street address.</summary>
    StreetAddress,
    /// <summary>A town, city, county or road smaller than a state.</summary>
    Place,
    /// <summary>A ZIP code.</summary>
    Zip,
    /// <summary>A named hospital, clinic or facility.</summary>
    Facility,
    /// <summary>A unit, room, bed, pod or bay.</summary>
    RoomOrBed,
    /// <summary>A calendar date other than the year (DOB, admission date).</summary>
    Date,
    /// <summary>A recent time tied to an encounter: tonight, this morning, last Tuesday.</summary>
    RecentTime,
    /// <summary>An age or age with sex ("34yo", "29F").</summary>
    Age,
    /// <summary>An age over 89.</summary>
    AgeOver89,
    /// <summary>A telephone number.</summary>
    Phone,
    /// <summary>A fax number.</summary>
    Fax,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A US social security number.</summary>
    Ssn,
    /// <summary>A medical record number.</summary>
    MedicalRecordNumber,
    /// <summary>A health plan beneficiary or member number.</summary>
    HealthPlanNumber,
    /// <summary>An account or payment card number.</summary>
    AccountNumber,
    /// <summary>A licence or certificate number (driver's licence, DEA, NPI).</summary>
    LicenceNumber,
    /// <summary>A vehicle identifier or plate.</summary>
    VehicleIdentifier,
    /// <summary>A device identifier or serial number.</summary>
    DeviceIdentifier,
    /// <summary>A bare run of digits that may be an account, licence or bank number (no label says which).</summary>
    NumberRun,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An IP address.</summary>
    IpAddress,
    /// <summary>A social media handle.</summary>
    Handle,
    /// <summary>An occupation that, with a place, narrows to one person.</summary>
    Occupation,
    /// <summary>A diagnosis or condition.</summary>
    Condition,
    /// <summary>A rare diagnosis.</summary>
    RareCondition,
    /// <summary>A newsworthy event (crash, shooting, fire) or a public figure.</summary>
    NewsEvent,
    /// <summary>Sex or gender of the patient.</summary>
    Sex,
    /// <summary>A family member or relationship attached to the patient ("the family in room 412").</summary>
    Relationship,
    /// <summary>A distinctive physical feature (a tattoo, a birthmark, a missing finger, a height) that points to one person.</summary>
    Feature,
}

/// <summary>Wire-friendly names and how much a detail alone narrows who the patient is.</summary>
public static class DetailKinds
{
    /// <summary>Direct identifiers: one alone, tied to a patient, identifies them.</summary>
    public static bool IsDirect(this DetailKind kind) => kind is DetailKind.Name or DetailKind.StreetAddress or DetailKind.Zip
        or DetailKind.Date or DetailKind.AgeOver89 or DetailKind.Phone or DetailKind.Fax or DetailKind.Email or DetailKind.Ssn
        or DetailKind.MedicalRecordNumber or DetailKind.HealthPlanNumber or DetailKind.AccountNumber or DetailKind.LicenceNumber
        or DetailKind.VehicleIdentifier or DetailKind.DeviceIdentifier or DetailKind.Url or DetailKind.IpAddress or DetailKind.Handle;

    /// <summary>The word the re-identification message uses for the kind.</summary>
    public static string Label(this DetailKind kind) => kind switch
    {
        DetailKind.Name => "name",
        DetailKind.StreetAddress => "street address",
        DetailKind.Place => "town",
        DetailKind.Zip => "ZIP code",
        DetailKind.Facility => "named facility or unit",
        DetailKind.RoomOrBed => "room or bed",
        DetailKind.Date => "date",
        DetailKind.RecentTime => "same day",
        DetailKind.Age => "age",
        DetailKind.AgeOver89 => "age over 89",
        DetailKind.Phone => "phone number",
        DetailKind.Fax => "fax number",
        DetailKind.Email => "e-mail address",
        DetailKind.Ssn => "social security number",
        DetailKind.MedicalRecordNumber => "record number",
        DetailKind.HealthPlanNumber => "health plan number",
        DetailKind.AccountNumber => "account number",
        DetailKind.LicenceNumber => "licence number",
        DetailKind.VehicleIdentifier => "vehicle",
        DetailKind.DeviceIdentifier => "device number",
        DetailKind.NumberRun => "account or licence number",
        DetailKind.Url => "web address",
        DetailKind.IpAddress => "IP address",
        DetailKind.Handle => "handle",
        DetailKind.Occupation => "occupation",
        DetailKind.Condition => "diagnosis",
        DetailKind.RareCondition => "rare diagnosis",
        DetailKind.NewsEvent => "news event",
        DetailKind.Sex => "sex",
        DetailKind.Relationship => "family",
        DetailKind.Feature => "distinctive feature",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
