using System.Text;
using Preround.Core.Domain;

namespace Preround.Imaging;

/// <summary>Text found in a picture, as one string (lines joined by new lines), with each word's box kept.</summary>
/// <remarks>Recognisers and the caption checker see only <see cref="Text"/>; <see cref="Locate"/> turns their spans back into pixels.</remarks>
public sealed class ImageText
{
    private readonly List<(TextSpan Span, PixelBox Box)> _words;

    private ImageText(string text, List<(TextSpan, PixelBox)> words, string source)
    {
        Text = text;
        _words = words;
        Source = source;
    }

    /// <summary>The text, one OCR line per line.</summary>
    public string Text { get; }

    /// <summary>Where the text came from: <c>text in the image</c> or a metadata field name.</summary>
    public string Source { get; }

    /// <summary>True when the text came from OCR, so spans have boxes.</summary>
    public bool HasBoxes => _words.Count > 0;

    /// <summary>Joins OCR words in reading order; words on the same Tesseract line share a line.</summary>
    public static ImageText FromWords(IEnumerable<OcrWord> words)
    {
        var sb = new StringBuilder();
        var spans = new List<(TextSpan, PixelBox)>();
        (int, int, int)? current = null;
        foreach (var w in words)
        {
            if (current is not null) sb.Append(current == w.Line ? ' ' : '\n');
            current = w.Line;
            spans.Add((new TextSpan(sb.Length, w.Text.Length), w.Box));
            sb.Append(w.Text);
        }
        return new ImageText(sb.ToString(), spans, "text in the image");
    }

    /// <summary>Text stored in a metadata field: no boxes.</summary>
    public static ImageText FromMetadata(EmbeddedText field) => new(field.Text, [], field.Field);

    /// <summary>The box around every word the span touches, or null for metadata text.</summary>
    public PixelBox? Locate(TextSpan span)
    {
        PixelBox? box = null;
        foreach (var (wordSpan, wordBox) in _words)
        {
            bool touches = span.Length == 0 ? wordSpan.Start <= span.Start && span.Start < wordSpan.End : wordSpan.Overlaps(span);
            if (touches) box = box is { } b ? b.Union(wordBox) : wordBox;
        }
        return box;
    }
}
