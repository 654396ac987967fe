using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Preround.Core.Engine;
using Preround.Core.Serialization;
using Preround.Imaging;
using Preround.Web.Audit;
using Preround.Web.Hosting;

namespace Preround.Web.Api;

/// <summary>
/// <c>POST /api/check</c> with photos: the caption and every photo are checked (metadata, and text read in the
/// picture by the local Tesseract), and the photos' findings join the caption's in one verdict. The answer is
/// <c>check --image --format json</c>'s: the check object plus <c>"images"</c> with each finding's quote and place.
/// </summary>
internal static class PhotoCheck
{
    /// <summary>Most photos one post may carry (Instagram and X allow 4-10; checking each costs an OCR run).</summary>
    public const int MaxPhotos = 4;

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    public static async Task<IResult> MultipartAsync(HttpContext http, Analyzer analyzer, WebOptions options, ImageChecker photos)
    {
        var images = new List<(string Name, byte[] Bytes)>();
        long total = 0;
        var (fields, problem) = await MultipartForm.ReadAsync(http.Request, options.MaxPhotoBytes + options.MaxJsonBytes, async (field, fileName, _, body) =>
        {
            if (field is not ("image" or "images" or "photo"))
                return Problems.Create(StatusCodes.Status400BadRequest, "Unexpected file", $"The file field '{field}' is not known; send photos as 'image'.");
            if (images.Count == MaxPhotos) return TooMany();
            using var buffer = new MemoryStream();
            var (bytes, tooLarge) = await MultipartForm.CopyAsync(body, buffer, options.MaxPhotoBytes - total, http.RequestAborted);
            if (tooLarge is not null) return PhotosTooLarge(options);
            total += bytes;
            images.Add((UploadedArchive.SafeName(fileName), buffer.ToArray()));
            return null;
        });
        if (problem is not null) return problem;
        string? Get(string name) => fields!.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        var body = new CheckRequest
        {
            // A photo may be posted with no caption at all.
            Text = fields!.GetValueOrDefault("text") ?? "",
            Role = Get("role"), AuthorRole = Get("author_role"), Platform = Get("platform"), Account = Get("account"),
            Specialty = Get("specialty"), Context = Get("context"), Id = Get("id"),
        };
        return Check(body, images, analyzer, photos);
    }

    public static IResult FromJson(CheckRequest body, Analyzer analyzer, WebOptions options, ImageChecker photos)
    {
        if (body.Images!.Count > MaxPhotos) return TooMany();
        var images = new List<(string Name, byte[] Bytes)>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        long total = 0;
        for (var i = 0; i < body.Images.Count; i++)
        {
            var image = body.Images[i];
            var data = image?.Data;
            var buffer = new byte[(data?.Length ?? 0) * 3 / 4 + 3];
            if (data is null || !Convert.TryFromBase64String(data, buffer, out var written) || written == 0)
            {
                errors[$"images[{i}].data"] = [$"images[{i}].data must be the photo's bytes, base64-encoded."];
                continue;
            }
            total += written;
            if (total > options.MaxPhotoBytes) return PhotosTooLarge(options);
            images.Add((UploadedArchive.SafeName(image!.Name ?? $"photo-{i + 1}"), buffer[..written]));
        }
        return errors.Count > 0 ? Problems.Invalid(errors) : Check(body, images, analyzer, photos);
    }

    private static IResult Check(CheckRequest body, List<(string Name, byte[] Bytes)> images, Analyzer analyzer, ImageChecker photos)
    {
        var input = new DraftInput();
        var draft = input.ToDraft(body);
        if (input.HasErrors) return Problems.Invalid(input.Errors);
        var result = analyzer.Check(draft);
        if (images.Count == 0) return new JsonWriterResult(w => CheckJson.WriteDetailed(w, body.Id, result));

        var pictures = new ImageCheckResult(images.Select(i => photos.CheckBytes(i.Name, i.Bytes, draft)).ToList());
        if (pictures.Errors.Count > 0)
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, "A photo cannot be checked", string.Join(" ", pictures.Errors));
        var merged = pictures.MergeInto(result);
        return new JsonWriterResult(w => CheckJson.WriteDetailed(w, body.Id, merged, inner =>
        {
            ImageJson.WriteImagesProperty(inner, pictures);
            inner.WriteStartArray("notices");
            foreach (var notice in photos.ToolNotices.Concat(pictures.Notices).Distinct()) inner.WriteStringValue(notice);
            inner.WriteEndArray();
        }));
    }

    private static IResult TooMany() => Problems.Create(StatusCodes.Status400BadRequest, "Too many photos", $"A check takes at most {MaxPhotos} photos.");

    private static IResult PhotosTooLarge(WebOptions options) => Problems.Create(StatusCodes.Status413PayloadTooLarge, "Photos too large",
        $"The photos add up to more than {options.MaxPhotoBytes >> 20:N0} MiB, the most one check takes.");
}
