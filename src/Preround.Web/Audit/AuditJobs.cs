using System.Security.Cryptography;
using Preround.Core.Domain;
using Preround.Web.Hosting;

namespace Preround.Web.Audit;

/// <summary>
/// The audits this app is running or has finished, in memory only. Bounded: at most
/// <see cref="AuditLimits.MaxConcurrent"/> run at once and <see cref="AuditLimits.MaxRetained"/> are kept; a finished
/// audit is forgotten after <see cref="AuditLimits.ResultLifetime"/>.
/// </summary>
internal sealed class AuditJobs : IDisposable
{
    private readonly Dictionary<string, AuditJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly AuditLimits _limits;
    private readonly TimeProvider _clock;
    private readonly AuditWork _work;
    private readonly ITimer _sweeper;

    public AuditJobs(WebOptions options, TimeProvider clock, AuditWork work)
    {
        _limits = options.Audit;
        _clock = clock;
        _work = work;
        _sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public AuditLimits Limits => _limits;

    /// <summary>Why a new audit cannot start now, or null when it can.</summary>
    public string? Busy()
    {
        lock (_lock)
        {
            SweepLocked();
            var running = _jobs.Values.Count(j => j.IsRunning);
            if (running >= _limits.MaxConcurrent)
                return $"{running} audits are already running, the most this app runs at once; wait for one to finish or cancel it.";
            if (_jobs.Count >= _limits.MaxRetained && !_jobs.Values.Any(j => !j.IsRunning))
                return $"{_jobs.Count} audits are held, the most this app keeps; forget one (DELETE /api/audit/{{id}}) first.";
            return null;
        }
    }

    /// <summary>Starts an audit in the background, or returns null (and deletes the upload) when <see cref="Busy"/> says no.</summary>
    public AuditJob? Start(AuditRequest request, AuthorProfile author)
    {
        AuditJob job;
        lock (_lock)
        {
            SweepLocked();
            if (_jobs.Values.Count(j => j.IsRunning) >= _limits.MaxConcurrent)
            {
                request.Upload.Dispose();
                return null;
            }
            while (_jobs.Count >= _limits.MaxRetained)
            {
                var oldest = _jobs.Values.Where(j => !j.IsRunning).MinBy(j => j.FinishedAt);
                if (oldest is null)
                {
                    request.Upload.Dispose();
                    return null;
                }
                RemoveLocked(oldest);
            }
            job = new AuditJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), request.Upload.FileName, author, _clock.GetUtcNow());
            _jobs[job.Id] = job;
        }
        Task.Factory.StartNew(() => _work.Run(job, request), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return job;
    }

    public AuditJob? Find(string id)
    {
        lock (_lock)
        {
            SweepLocked();
            return _jobs.GetValueOrDefault(id);
        }
    }

    /// <summary>Cancels the audit if it runs and forgets it; false when there is no such audit.</summary>
    public bool Forget(string id)
    {
        lock (_lock)
        {
            if (!_jobs.TryGetValue(id, out var job)) return false;
            RemoveLocked(job);
            return true;
        }
    }

    private void Sweep()
    {
        lock (_lock) SweepLocked();
    }

    private void SweepLocked()
    {
        var now = _clock.GetUtcNow();
        foreach (var job in _jobs.Values.Where(j => !j.IsRunning && j.FinishedAt is { } f && now - f > _limits.ResultLifetime).ToList())
            RemoveLocked(job);
    }

    private void RemoveLocked(AuditJob job)
    {
        _jobs.Remove(job.Id);
        job.Cancel(_clock.GetUtcNow());
        // NOTE: a running job's token is still read by its worker; it is left to the collector rather than disposed.
        if (job.State != AuditState.Canceled) job.Dispose();
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        lock (_lock)
        {
            foreach (var job in _jobs.Values) job.Cancel(_clock.GetUtcNow());
            _jobs.Clear();
        }
    }
}
