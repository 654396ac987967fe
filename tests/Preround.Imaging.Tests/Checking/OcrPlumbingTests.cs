using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

public sealed class OcrPlumbingTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t1000\t500\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t10\t20\t60\t30\t96.5\tMRN:\n" +
        "5\t1\t1\t1\t1\t2\t80\t20\t120\t30\t95\t00482913\n" +
        "5\t1\t1\t1\t2\t1\t10\t60\t50\t30\t20\tzz\n" +
        "5\t1\t2\t1\t1\t1\t700\t400\t90\t40\t90\tBed\n" +
        "5\t1\t2\t1\t1\t2\t800\t400\t30\t40\t91\t~\n";

    [Fact]
    public void Tsv_KeepsConfidentWordsScaledToTheDisplayedPicture()
    {
        var words = TsvParser.Parse(Tsv, minConfidence: 55, scale: 2);

        Assert.Equal(["MRN:", "00482913", "Bed"], words.Select(w => w.Text));
        Assert.Equal(new PixelBox(20, 40, 120, 60), words[0].Box);
    }

    [Fact]
    public void ImageText_JoinsLinesAndMapsSpansBackToBoxes()
    {
        var text = ImageText.FromWords(TsvParser.Parse(Tsv, 55, 1));

        Assert.Equal("MRN: 00482913\nBed", text.Text);
        Assert.Equal(new PixelBox(10, 20, 190, 30), text.Locate(new TextSpan(0, 13)));
        Assert.Equal(new PixelBox(700, 400, 90, 40), text.Locate(new TextSpan(14, 3)));
    }

    [Theory]
    [InlineData(0, 0, "top-left")]
    [InlineData(450, 200, "centre")]
    [InlineData(900, 450, "bottom-right")]
    [InlineData(450, 0, "top-centre")]
    [InlineData(0, 200, "middle-left")]
    public void Region_NamesTheGridCellOfTheBoxCentre(int x, int y, string region) =>
        Assert.Equal(region, new PixelBox(x, y, 100, 50).Region(1000, 500));

    [Fact]
    public void SlowTesseract_IsStoppedAndReportedAsANotice()
    {
        using var dir = Fixture.TempDir();
        var fake = dir.File("tesseract");
        File.WriteAllText(fake, "#!/bin/sh\nif [ \"$1\" = \"--list-langs\" ]; then echo 'List of available languages (1):'; echo eng; exit 0; fi\nexec sleep 30\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var checker = new ImageChecker(new ImageCheckOptions
        {
            TesseractPath = fake,
            UseImageMagick = false,
            Limits = new ImageLimits { OcrTimeout = TimeSpan.FromSeconds(1) },
        });

        var report = checker.CheckFile(Fixture.Path("wristband.jpg"));

        Assert.Null(report.Error);
        Assert.Contains(report.Notices, n => n.Contains("did not finish within 1 s", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.RuleId == ImageRuleIds.GpsPosition);
    }

    [Fact]
    public void TesseractWithoutEnglish_IsReportedAsMissingLanguageData()
    {
        using var dir = Fixture.TempDir();
        var fake = dir.File("tesseract");
        File.WriteAllText(fake, "#!/bin/sh\necho 'List of available languages (1):'; echo osd\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var report = new ImageChecker(new ImageCheckOptions { TesseractPath = fake }).CheckFile(Fixture.Path("landscape.jpg"));

        Assert.Contains(report.Notices, n => n.Contains("no English language data", StringComparison.Ordinal) && n.Contains("tesseract-ocr-eng", StringComparison.Ordinal));
    }

    [RequiresTesseractFact]
    public void ScrubbedPicture_LosesItsMetadataFindingsButNotWhatItShows()
    {
        using var dir = Fixture.TempDir();
        var clean = dir.File("clean.jpg");
        ImageScrubber.ScrubFile(Fixture.Path("wristband.jpg"), clean);

        var report = new ImageChecker().CheckFile(clean);

        Assert.DoesNotContain(report.Findings, f => f.Location.Field is not null);
        Assert.Contains(report.Findings, f => f.RuleId == ImageRuleIds.PatientIdentifierInImage && f.Quote.Contains("00482913", StringComparison.Ordinal));
    }
}
