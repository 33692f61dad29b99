namespace Knowledge.Store;

/// <summary>A document the store holds as failed, and why.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Reason">Why it failed; null when it failed in a store written before reasons were kept.</param>
public sealed record FailedDocument(string Id, string? Reason);
