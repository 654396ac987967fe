using System.Text;
using Microsoft.Extensions.Logging;
using Preround.Archives;
using Preround.Audit;
using Preround.Audit.Profile;
using Preround.Audit.Reports;
using Preround.Web.Hosting;

namespace Preround.Web.Audit;

/// <summary>What an audit job was asked to do.</summary>
internal sealed record AuditRequest(UploadedArchive Upload, ImportOptions Import, bool CheckReposts);

/// <summary>
/// Runs one audit: counts the posts (so progress has a total), checks them with the same runner and report writers as
/// <c>preround audit</c>, keeps the HTML, JSON and CSV reports in memory, and deletes the upload when done.
/// </summary>
internal sealed class AuditWork(ActiveAnalyzer active, TimeProvider clock, ILogger<AuditWork> log)
{
    public void Run(AuditJob job, AuditRequest request)
    {
        var analyzer = active.Current;
        var upload = request.Upload;
        var ct = job.Cancellation.Token;
        AuditReport? report = null;
        try
        {
            // NOTE: the counting pass only parses (checking costs far more), so a true "n of total" is worth reading twice.
            var total = 0;
            using (var counting = ArchiveImporter.Open(upload.Path, request.Import))
            {
                foreach (var _ in counting.Posts)
                {
                    ct.ThrowIfCancellationRequested();
                    job.CountRead();
                    total++;
                }
            }
            job.StartChecking(total);

            using var archive = ArchiveImporter.Open(upload.Path, request.Import);
            var runner = new AuditRunner(analyzer.Check, new AuditOptions { Author = job.Author, CheckReposts = request.CheckReposts });
            var json = new CompressedText.Writer();
            var csvText = new CompressedText.Writer();
            var jsonWriter = new JsonReportWriter(json.Stream);
            var csvStream = new StreamWriter(csvText.Stream, new UTF8Encoding(false), 1 << 16);
            var csv = new CsvReportWriter(csvStream);
            var posts = archive.Posts.Select(p =>
            {
                job.CountRead();
                return p;
            });
            var summary = runner.Run(posts, post =>
            {
                jsonWriter.Write(post);
                csv.Write(post);
            }, new Progress(job.SetChecked), ct);

            var profiles = new ProfileAuditor(analyzer.Check);
            var context = new ReportContext
            {
                Source = job.FileName,
                Formats = archive.Formats,
                Author = job.Author,
                Notes = archive.Notes.Select(n => n with { File = upload.Describe(n.File), Message = upload.Describe(n.Message) }).ToList(),
                Profiles = archive.Profiles.Select(p => profiles.Audit(p.Bio, job.Author, p.Platform, p.HasAvatar, p.Handle)).ToList(),
                GeneratedAt = clock.GetUtcNow(),
            };
            jsonWriter.Finish(summary, context);
            jsonWriter.Dispose();
            csvStream.Flush();
            var html = CompressedText.Write(stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                HtmlReportWriter.Write(writer, summary, context);
            });
            report = new AuditReport(summary, context, html, json.Finish(), csvText.Finish());
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            job.Cancel(clock.GetUtcNow());
        }
        catch (ArchiveException e)
        {
            job.Fail(upload.Describe(e.Message), clock.GetUtcNow());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            job.Fail($"{upload.FileName}: the archive could not be read ({upload.Describe(e.Message).TrimEnd('.')}).", clock.GetUtcNow());
        }
        catch (Exception e)
        {
            // NOTE: only the exception type is logged; a message could quote a post.
            log.LogError("An audit stopped unexpectedly: {Type}", e.GetType().FullName);
            job.Fail($"{upload.FileName}: the audit stopped because of a problem inside Preround ({e.GetType().Name}); nothing was changed. Try again, or run 'preround audit' on the file.", clock.GetUtcNow());
        }
        finally
        {
            upload.Dispose();
        }
        // NOTE: done is announced only once the upload is gone from disk.
        if (report is not null) job.Complete(report, clock.GetUtcNow());
    }

    /// <summary>Reports progress on the runner's own thread, so the count never lags.</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
