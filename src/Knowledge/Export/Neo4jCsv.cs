using System.Globalization;
using System.Text;

namespace Knowledge.Export;

/// <summary>Field encoding for Neo4j's CSV import: ',' between fields, '"' quoting with doubled quotes, ';' inside arrays.</summary>
internal static class Neo4jCsv
{
    /// <summary>The field delimiter (the import tool's default).</summary>
    public const char Delimiter = ',';

    /// <summary>The array delimiter (the import tool's default, <c>--array-delimiter=';'</c>).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>
    /// A field as written: control characters other than tab and line breaks are dropped, and a field holding a
    /// delimiter, a quote, a line break or leading or trailing white space is quoted, with quotes doubled.
    /// </summary>
    public static string Field(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        bool quote = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        foreach (char c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) continue;
            if (c is Delimiter or '"' or '\r' or '\n') quote = true;
            sb.Append(c == '"' ? "\"\"" : c.ToString());
        }
        return quote ? "\"" + sb + "\"" : sb.ToString();
    }

    /// <summary>
    /// Array items joined by <see cref="ArrayDelimiter"/>. The format has no escape for the delimiter, so a ';'
    /// inside an item becomes ','; empty items are left out.
    /// </summary>
    public static string Array(IEnumerable<string> items) =>
        string.Join(ArrayDelimiter, items.Where(i => i.Length > 0).Select(i => i.Replace(ArrayDelimiter, ',')));

    /// <summary>A double as Java's Double.parseDouble reads it: shortest round-trip form, NaN, Infinity, -Infinity.</summary>
    public static string Double(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        return d.ToString("R", CultureInfo.InvariantCulture);
    }
}
