using System.Globalization;

namespace Preround.Imaging;

/// <summary>Reads Tesseract's <c>tsv</c> output (level, page, block, par, line, word, left, top, width, height, conf, text).</summary>
internal static class TsvParser
{
    public static List<OcrWord> Parse(string tsv, double minConfidence, double scale)
    {
        var words = new List<OcrWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var cols = raw.TrimEnd('\r').Split('\t');
            // NOTE: level 5 rows are words; the header row and block/line rows carry no text.
            if (cols.Length < 12 || cols[0] != "5") continue;
            var text = cols[11].Trim();
            if (text.Length == 0 || !text.Any(char.IsLetterOrDigit)) continue;
            if (!double.TryParse(cols[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf) || conf < minConfidence) continue;
            if (!TryInts(cols, out var n)) continue;
            var box = new PixelBox((int)(n[6] * scale), (int)(n[7] * scale), (int)Math.Ceiling(n[8] * scale), (int)Math.Ceiling(n[9] * scale));
            words.Add(new OcrWord(text, box, conf, (n[2], n[3], n[4])));
        }
        return words;
    }

    private static bool TryInts(string[] cols, out int[] values)
    {
        values = new int[10];
        for (int i = 0; i < 10; i++)
            if (!int.TryParse(cols[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i])) return false;
        return true;
    }
}
