namespace Preround.Imaging.Tests;

/// <summary>
/// A fact that needs a local tool: skipped on a developer machine without it, but run (and so failing loudly) in CI,
/// where .ci/run installs it.
/// </summary>
public abstract class RequiresToolFactAttribute : FactAttribute
{
    protected RequiresToolFactAttribute(bool available, string install)
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!available && !ci) Skip = $"not installed here: {install} (CI installs it and runs this test)";
    }
}

public sealed class RequiresTesseractFactAttribute()
    : RequiresToolFactAttribute(ToolLocator.Tesseract(null, out _) is not null, "sudo apt-get install tesseract-ocr tesseract-ocr-eng");

public sealed class RequiresTesseractAndImageMagickFactAttribute()
    : RequiresToolFactAttribute(ToolLocator.Tesseract(null, out _) is not null && ToolLocator.ImageMagick(null) is not null,
        "sudo apt-get install tesseract-ocr tesseract-ocr-eng imagemagick");

public sealed class RequiresImageMagickFactAttribute()
    : RequiresToolFactAttribute(ToolLocator.ImageMagick(null) is not null, "sudo apt-get install imagemagick");
