using System.Collections.Immutable;

namespace Knowledge.Ingestion;

/// <summary>How a document's body is written.</summary>
public enum BodyFormat
{
    /// <summary>Plain text: paragraphs separated by blank lines.</summary>
    PlainText,
    /// <summary>CommonMark Markdown.</summary>
    Markdown,
}

/// <summary>Where a document was read from: the file, and the record inside it when the file holds many.</summary>
/// <param name="Path">The file path, or "-" for standard input.</param>
/// <param name="RecordIndex">The record's 0-based index in the file, or null for a one-document file.</param>
/// <param name="Line">1-based line where the record starts in the file.</param>
public sealed record DocumentOrigin(string Path, int? RecordIndex = null, int Line = 1)
{
    /// <summary>For a text or Markdown file: the character offset in the file where the body starts (after front matter); 0 otherwise.</summary>
    public int BodyOffset { get; init; }

    /// <summary>For a text or Markdown file: the 1-based line of the file on which the body starts; 1 otherwise.</summary>
    public int BodyLine { get; init; } = 1;

    /// <inheritdoc />
    public override string ToString() => RecordIndex is int r ? $"{Path} record #{r} (line {Line})" : Path;
}

/// <summary>
/// A document as read from its source, before any analysis: its fields as strings.
/// Offsets in later stages refer to a <see cref="Knowledge.Syntax.Doc"/> built from it.
/// </summary>
/// <param name="Id">The document id: slug, else record id, else file name without extension.</param>
/// <param name="Body">The body text, Markdown or plain.</param>
/// <param name="Format">How <paramref name="Body"/> is written.</param>
/// <param name="Origin">Where it was read from.</param>
public sealed record SourceDocument(string Id, string Body, BodyFormat Format, DocumentOrigin Origin)
{
    /// <summary>The title, when the source gives one.</summary>
    public string? Title { get; init; }

    /// <summary>A summary or standfirst.</summary>
    public string? Description { get; init; }

    /// <summary>The caption of the lead image.</summary>
    public string? ImageCaption { get; init; }

    /// <summary>The published date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The author, when given.</summary>
    public string? Author { get; init; }

    /// <summary>Tags or categories.</summary>
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;
}
