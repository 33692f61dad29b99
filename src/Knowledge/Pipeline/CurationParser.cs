using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Pipeline;

/// <summary>
/// Reads the curation format, one rule a line: "merge TYPE: NAME | NAME …" and "split TYPE: NAME @ DOCID, DOCID …";
/// '#' opens a comment line. A bad line is a <see cref="CurationException"/> naming the file, line and column.
/// </summary>
internal static class CurationParser
{
    private const string MergeVerb = "merge";
    private const string SplitVerb = "split";
    private const char NameSeparator = '|';
    private const char DocumentsMark = '@';
    private const char DocumentSeparator = ',';
    private const string CommentMark = "#";

    public static EntityCuration Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var merges = ImmutableArray.CreateBuilder<CurationMerge>();
        var splits = ImmutableArray.CreateBuilder<CurationSplit>();
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith(CommentMark, StringComparison.Ordinal)) continue;
            var at = new Position(source, n + 1, line);
            int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            string verb = space < 0 ? trimmed : trimmed[..space];
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (verb != MergeVerb && verb != SplitVerb)
                throw at.Error(line.IndexOf(verb, StringComparison.Ordinal), $"unknown rule '{verb}' (expected '{MergeVerb}' or '{SplitVerb}')");
            if (colon < 0) throw at.Error(line.Length, $"missing ':' after the entity type (\"{verb} person: …\")");
            int typeStart = line.IndexOf(verb, StringComparison.Ordinal) + verb.Length;
            var typeText = line[typeStart..colon].Trim();
            if (!Enum.TryParse<EntityType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type) || typeText.Any(char.IsDigit))
                throw at.Error(typeStart, $"unknown entity type '{typeText}' (expected {string.Join(", ", Enum.GetNames<EntityType>().Select(t => t.ToLowerInvariant()))})");
            var body = line[(colon + 1)..];
            if (verb == MergeVerb) merges.Add(Merge(at, type, body, colon + 1));
            else splits.Add(Split(at, type, body, colon + 1));
        }
        return new EntityCuration { Merges = merges.ToImmutable(), Splits = splits.ToImmutable() };
    }

    private static CurationMerge Merge(Position at, EntityType type, string body, int offset)
    {
        var names = body.Split(NameSeparator).Select(n => n.Trim()).ToList();
        int empty = names.FindIndex(n => n.Length == 0);
        if (empty >= 0) throw at.Error(offset, $"an empty name in the merge (names are separated by '{NameSeparator}')");
        if (names.Distinct(StringComparer.Ordinal).Count() < 2) throw at.Error(offset, $"a merge needs two names or more, separated by '{NameSeparator}'");
        return new CurationMerge(type, [.. names], at.Line);
    }

    private static CurationSplit Split(Position at, EntityType type, string body, int offset)
    {
        int mark = body.IndexOf(DocumentsMark, StringComparison.Ordinal);
        if (mark < 0) throw at.Error(offset + body.Length, $"a split needs '{DocumentsMark}' and the ids of the documents where the name is another entity");
        var name = body[..mark].Trim();
        if (name.Length == 0) throw at.Error(offset, "a split needs a name before '@'");
        var documents = body[(mark + 1)..].Split(DocumentSeparator).Select(d => d.Trim()).ToList();
        if (documents.Any(d => d.Length == 0)) throw at.Error(offset + mark + 1, $"an empty document id (ids are separated by '{DocumentSeparator}')");
        return new CurationSplit(type, name, [.. documents.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], at.Line);
    }

    /// <summary>Where a rule is, for its errors.</summary>
    private readonly record struct Position(string Source, int Line, string Text)
    {
        /// <summary>An error at the 0-based character <paramref name="index"/> of the line (reported 1-based).</summary>
        public CurationException Error(int index, string message) =>
            new(Source, Line, Math.Clamp(index, 0, Text.Length) + 1, message);
    }
}
