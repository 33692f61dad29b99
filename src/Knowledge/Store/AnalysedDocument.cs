using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>A document analysed for the store: its source, the hash of its content, its analysis, and whether the analysis failed.</summary>
internal sealed record AnalysedDocument(SourceDocument Source, string ContentHash, Doc Doc, bool Failed)
{
    public DocumentState State => Failed ? DocumentState.Failed : DocumentState.Analysed;

    /// <summary>Why the analysis failed, as the store keeps it (the last error it reported); null when it did not.</summary>
    public string? Failure => !Failed ? null : LastError(Doc) ?? "its analysis failed";

    private static string? LastError(Doc doc)
    {
        for (int i = doc.Diagnostics.Length - 1; i >= 0; i--)
            if (doc.Diagnostics[i].Severity == DiagnosticSeverity.Error) return doc.Diagnostics[i].Message;
        return null;
    }
}

/// <summary>
/// The content hash that tells a changed document from one already stored: SHA-256 (lower-case hex) of every
/// source field, origin included, as the store writes them, and of the analysis that reads them (the Knowledge
/// version and the pipeline's components). Any change that could change the analysis or the graph (the text,
/// the title, the date, the file it came from, a new version of the extractors) changes the hash, so adding
/// the document again analyses it again.
/// </summary>
internal static class ContentHash
{
    public static string Of(SourceDocument source, KnowledgePipeline pipeline) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AnalysisCodec.EncodeSource(source, withBody: true) + "\n" + Signature(pipeline))))
            .ToLowerInvariant();

    /// <summary>What the analysis depends on besides the source: the library's version and each component's type and name, in order.</summary>
    public static string Signature(KnowledgePipeline pipeline) =>
        (typeof(KnowledgePipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "") + "|" +
        string.Join(",", pipeline.Components.Select(c => $"{c.GetType().FullName}:{c.Name}"));
}
