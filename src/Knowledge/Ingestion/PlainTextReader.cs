namespace Knowledge.Ingestion;

/// <summary>
/// Reads a plain-text or Markdown file as one document. Front matter, when present, gives the
/// title, date, author, id and tags, and the body is the text after it; otherwise the body is the
/// whole file (so offsets are file offsets) and the title and date come from the header lines.
/// </summary>
internal static class PlainTextReader
{
    /// <summary>Reads <paramref name="text"/> as one document with the id <paramref name="defaultId"/> unless front matter names one.</summary>
    public static SourceDocument Read(string path, string defaultId, string text, BodyFormat format, List<Diagnostic> diagnostics)
    {
        var front = FrontMatter.Parse(text, path, diagnostics);
        var body = front.Present ? text[front.BodyStart..] : text;

        DateOnly? published = null;
        var dateText = front.Get("date", "published", "publishedDate");
        if (dateText is not null)
        {
            if (DateText.TryParse(dateText, out var d)) published = d;
            else diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, $"unreadable date \"{dateText}\" in front matter; looking in the text instead"));
        }
        published ??= HeaderDateFinder.Find(body);

        var tags = front.GetList("tags", "tag");
        if (tags.Length == 1 && tags[0].Contains(','))
            tags = [.. tags[0].Split(',').Select(t => t.Trim()).Where(t => t.Length > 0)];

        var origin = front.Present
            ? new DocumentOrigin(path) { BodyOffset = front.BodyStart, BodyLine = new LineMap(text[..front.BodyStart]).Locate(front.BodyStart).Line }
            : new DocumentOrigin(path);
        return new SourceDocument(front.Get("slug", "id") ?? defaultId, body, format, origin)
        {
            Title = front.Get("title") ?? HeaderTitleFinder.Find(body),
            Description = front.Get("description", "summary"),
            Author = front.Get("author"),
            Published = published,
            Tags = tags,
        };
    }
}
