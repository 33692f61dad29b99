using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// What the quote rules share while they read one document: the document, the lexicons, and the
/// document's publishers of documents named by a common noun, found once and asked by every quote.
/// The quote extractor creates one for each document it processes and passes it to its helpers,
/// so nothing about a document outlives its processing.
/// </summary>
internal sealed class QuoteContext
{
    public QuoteContext(Doc doc, LexiconSet lexicons)
    {
        Doc = doc;
        Lexicons = lexicons;
        Publishers = new DocumentPublishers(doc, lexicons);
        // Written once for all the document's quotes, direct and indirect.
        PublishedDate = doc.Source.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        DateSource = doc.Source.Published is null ? QuoteDateSource.Unknown : QuoteDateSource.Published;
    }

    /// <summary>The document's published date (yyyy-MM-dd), every quote's date until the quote-date component reads the text's; null when unknown.</summary>
    public string? PublishedDate { get; }

    /// <summary>Where <see cref="PublishedDate"/> comes from: the published date, or unknown.</summary>
    public QuoteDateSource DateSource { get; }

    /// <summary>The document being read.</summary>
    public Doc Doc { get; }

    /// <summary>The lexicons the rules read.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>Who the document says released its documents ("X released its report").</summary>
    public DocumentPublishers Publishers { get; }
}
