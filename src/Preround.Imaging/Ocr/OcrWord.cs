namespace Preround.Imaging;

/// <summary>One word Tesseract read, where it is, and how sure it was (0-100).</summary>
/// <param name="Line">Tesseract's block/paragraph/line key; words sharing it are on one text line.</param>
public sealed record OcrWord(string Text, PixelBox Box, double Confidence, (int Block, int Paragraph, int Line) Line);
