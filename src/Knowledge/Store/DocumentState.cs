namespace Knowledge.Store;

/// <summary>Where a stored document is in its life: queued, being analysed by a worker, analysed, or failed.</summary>
internal enum DocumentState
{
    /// <summary>Queued: its source is stored, it waits for a worker.</summary>
    Pending,
    /// <summary>A worker holds it until the claim expires.</summary>
    Claimed,
    /// <summary>Analysed: its mentions are stored.</summary>
    Analysed,
    /// <summary>
    /// Its analysis failed (stored without mentions, with the error as a diagnostic), or its queued source or its stored
    /// analysis could not be read (stored without text or content hash); the <c>failure</c> column says which and why.
    /// </summary>
    Failed,
}

/// <summary>The names of document states as stored in the <c>documents.state</c> column.</summary>
internal static class DocumentStates
{
    public static string Name(this DocumentState state) => state switch
    {
        DocumentState.Pending => "pending",
        DocumentState.Claimed => "claimed",
        DocumentState.Analysed => "analysed",
        DocumentState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DocumentState Parse(string name) => name switch
    {
        "pending" => DocumentState.Pending,
        "claimed" => DocumentState.Claimed,
        "analysed" => DocumentState.Analysed,
        "failed" => DocumentState.Failed,
        _ => throw new FormatException($"unknown document state \"{name}\""),
    };
}
