using System.ComponentModel;

namespace Preround.Web.Api;

/// <summary>Body of <c>POST /api/check</c>: the draft and who posts it where (the CLI's <c>--role/--platform/--account</c>).</summary>
public sealed record CheckRequest
{
    /// <summary>The draft exactly as written (at most 100,000 characters).</summary>
    [Description("The draft exactly as written (at most 100,000 characters).")]
    public string? Text { get; init; }

    [Description("Author role: ms1-ms4, resident, fellow, attending, nurse, np, pa, pharmacist, other, unknown (default).")]
    public string? Role { get; init; }

    /// <summary>Alias of <see cref="Role"/>, the name the batch files use.</summary>
    [Description("Alias of role, as in check --jsonl batch lines.")]
    public string? AuthorRole { get; init; }

    [Description("x (default), bluesky, mastodon, threads, linkedin, instagram, facebook, tiktok.")]
    public string? Platform { get; init; }

    [Description("professional (default) or personal.")]
    public string? Account { get; init; }

    [Description("Author specialty, e.g. cardiology.")]
    public string? Specialty { get; init; }

    [Description("post (default), comment or review-reply.")]
    public string? Context { get; init; }

    [Description("Echoed back in the answer.")]
    public string? Id { get; init; }

    [Description("Photos posted with the draft, base64-encoded (or send multipart/form-data with 'image' file parts). Their findings join the draft's in one verdict.")]
    public IReadOnlyList<ImageUpload>? Images { get; init; }
}

/// <summary>A photo sent inside a JSON check request.</summary>
public sealed record ImageUpload
{
    [Description("The file name (used in messages only), e.g. ward.jpg.")]
    public string? Name { get; init; }

    [Description("The file's bytes, base64-encoded (JPEG, PNG, WebP or HEIC).")]
    public string? Data { get; init; }
}

/// <summary>Body of <c>POST /api/fit</c>.</summary>
public sealed record FitRequest
{
    [Description("The draft.")]
    public string? Text { get; init; }

    [Description("One platform; leave out to measure for every platform.")]
    public string? Platform { get; init; }

    [Description("post (default) or comment (LinkedIn comments have a lower limit).")]
    public string? Context { get; init; }

    [Description("Mastodon content warning; it counts toward the limit.")]
    public string? ContentWarning { get; init; }
}

/// <summary>Body of <c>POST /api/thread</c>.</summary>
public sealed record ThreadRequest
{
    [Description("The draft to split.")]
    public string? Text { get; init; }

    [Description("x (default), bluesky, mastodon, threads, linkedin, instagram, facebook, tiktok.")]
    public string? Platform { get; init; }

    [Description("Append ' 1/5' markers (default true).")]
    public bool? Numbered { get; init; }
}
