using Knowledge.Syntax;

namespace Knowledge.Graph;

/// <summary>
/// Where a fact is written in what the user gave: a field of the source document and a range of its characters
/// (UTF-16 code units, as .NET, Java and JavaScript count them). For a document read from a text or Markdown file
/// the field is <see cref="SourceField.Body"/> and the offsets count from the file's first character (after a
/// byte order mark; front matter included), and <see cref="Line"/> and <see cref="Column"/> say where the range
/// starts as an editor shows it. For a JSON record the offsets are into the field's string value as decoded
/// (escapes resolved); the body is the record's <c>text</c>, <c>body</c> or <c>content</c>.
/// </summary>
/// <param name="Field">The field the range is in.</param>
/// <param name="Start">Start offset (inclusive) in the field, or in the file.</param>
/// <param name="End">End offset (exclusive).</param>
public readonly record struct SourceSpan(SourceField Field, int Start, int End)
{
    /// <summary>The 1-based line of <see cref="Start"/> in the file; 0 when the document is a JSON record or the field is not the file's text.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column (in UTF-16 code units) of <see cref="Start"/> on its line; 0 when <see cref="Line"/> is.</summary>
    public int Column { get; init; }
}
