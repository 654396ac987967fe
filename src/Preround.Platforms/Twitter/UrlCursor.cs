namespace Preround.Platforms.Twitter;

/// <summary>
/// Walks the URLs of a text in order without building a list (the counting path allocates nothing unless a chunk
/// needs the full pattern).
/// </summary>
internal ref struct UrlCursor
{
    private readonly string _text;
    private readonly bool _withoutProtocol;
    private int _segmentStart;
    private List<TextEntity>? _pending;
    private int _pendingIndex;

    public UrlCursor(string text, bool withoutProtocol = true)
    {
        _text = text;
        _withoutProtocol = withoutProtocol;
        // Same pre-check as ExtractUrls: no "." means no domain, no ":" means no protocol.
        var possible = !string.IsNullOrEmpty(text) && (withoutProtocol ? text.Contains('.') : text.Contains(':'));
        _segmentStart = possible ? 0 : int.MaxValue;
    }

    /// <summary>The next URL's UTF-16 range; false when there are no more.</summary>
    public bool Next(out int start, out int end)
    {
        if (_pending is not null && _pendingIndex < _pending.Count)
        {
            var e = _pending[_pendingIndex++];
            (start, end) = (e.Start, e.End);
            return true;
        }
        while (_segmentStart < _text.Length)
        {
            var segmentStart = _segmentStart;
            var segmentEnd = UrlScanner.ChunkEnd(_text, segmentStart, out var candidate);
            _segmentStart = segmentEnd + 1;
            if (!candidate) continue;
            switch (UrlScanner.FastPath(_text, segmentStart, segmentEnd, _withoutProtocol, out start, out end))
            {
                case UrlScanner.Outcome.OneUrl:
                    return true;
                case UrlScanner.Outcome.NoUrl:
                    continue;
            }
            _pending?.Clear();
            _pendingIndex = 0;
            TwitterExtractor.ScanChunkByPattern(_text, segmentStart, segmentEnd, _withoutProtocol, ref _pending);
            if (_pending is { Count: > 0 })
            {
                var e = _pending[_pendingIndex++];
                (start, end) = (e.Start, e.End);
                return true;
            }
        }
        start = end = 0;
        return false;
    }
}
