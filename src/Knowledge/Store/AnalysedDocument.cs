using System.Security.Cryptography;
using System.Text;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Store;

/// <summary>A document analysed for the store: its source, the hash of its content, its analysis, and whether the analysis failed.</summary>
internal sealed record AnalysedDocument(SourceDocument Source, string ContentHash, Doc Doc, bool Failed)
{
    public DocumentState State => Failed ? DocumentState.Failed : DocumentState.Analysed;
}

/// <summary>
/// The content hash that tells a changed document from one already stored: SHA-256 (lower-case hex) of every
/// source field, origin included, as the store writes them. Any change that could change the analysis or the
/// graph (the text, the title, the date, the file it came from) changes the hash.
/// </summary>
internal static class ContentHash
{
    public static string Of(SourceDocument source) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AnalysisCodec.EncodeSource(source, withBody: true)))).ToLowerInvariant();
}
