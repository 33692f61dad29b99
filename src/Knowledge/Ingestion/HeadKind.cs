namespace Knowledge.Ingestion;

/// <summary>What the head of a file shows it to be.</summary>
internal enum HeadKind
{
    /// <summary>UTF-8 text (so far).</summary>
    Utf8,
    /// <summary>Text that is not UTF-8: no NUL byte, but bytes UTF-8 does not allow.</summary>
    NotUtf8,
    /// <summary>Not text.</summary>
    Binary,
}
