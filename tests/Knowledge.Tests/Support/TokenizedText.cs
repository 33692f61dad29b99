using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Tests.Support;

/// <summary>A plain text read as a document (from "<c>id</c>.txt") and tokenized with the default lexicons: the specs' sample documents.</summary>
public static class TokenizedText
{
    public static Doc Of(string id, string text) =>
        new Tokenizer(LexiconSet.Default).Process(DocumentTextBuilder.Build(new SourceDocument(id, text, BodyFormat.PlainText, new DocumentOrigin(id + ".txt"))));
}
