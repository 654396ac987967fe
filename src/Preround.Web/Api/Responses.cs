using System.Text.Json.Serialization;

namespace Preround.Web.Api;

// NOTE: answers are written by the same writers as the CLI (CheckJson, FitJson) so the shapes cannot drift; these
// records describe those shapes for the OpenAPI document and for clients, and a test holds them to the real output.

/// <summary>One finding, as <c>check --format json</c> writes it.</summary>
public sealed record FindingDto(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("suggestion")] string? Suggestion,
    [property: JsonPropertyName("match")] string Match,
    [property: JsonPropertyName("rationale")] string Rationale,
    [property: JsonPropertyName("replacement")] string? Replacement,
    [property: JsonPropertyName("help")] string? Help);

/// <summary>The answer of <c>POST /api/check</c>: the same object as <c>preround check --format json</c>.</summary>
public sealed record CheckResponse(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingDto> Findings);

/// <summary>One platform's measure: the same object as <c>preround fit --json</c>.</summary>
public sealed record FitResponse(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("bytes")] int? Bytes,
    [property: JsonPropertyName("over")] int Over,
    [property: JsonPropertyName("fitsUntil")] int? FitsUntil,
    [property: JsonPropertyName("byteLimit")] int? ByteLimit,
    [property: JsonPropertyName("shortenedLength")] int? ShortenedLength);

/// <summary>The answer of <c>POST /api/fit</c> without a platform: every platform's measure.</summary>
public sealed record FitAllResponse([property: JsonPropertyName("platforms")] IReadOnlyList<FitResponse> Platforms);

/// <summary>One post of a thread.</summary>
public sealed record ThreadPartDto(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

/// <summary>The answer of <c>POST /api/thread</c>: the same object as <c>preround thread --json</c>.</summary>
public sealed record ThreadResponse(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("parts")] IReadOnlyList<ThreadPartDto> Parts);

/// <summary>A rule as <c>preround rules --json</c> lists it.</summary>
public sealed record RuleDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("help")] string Help,
    [property: JsonPropertyName("rationale")] string Rationale);
