using System.Collections.Immutable;
using Knowledge.Graph;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Knowledge.Export;

/// <summary>The property value types of Neo4j's import header (the part after the colon).</summary>
internal enum Neo4jType
{
    String,
    Boolean,
    Int,
    Long,
    Double,
    Date,
    LocalDateTime,
    DateTime,
    StringArray,
}

/// <summary>One property column of a Neo4j import file: the property key it holds, its header name and its type.</summary>
/// <param name="Property">The graph property key.</param>
/// <param name="Name">The property name Neo4j stores (escaped and made header-safe).</param>
/// <param name="Type">The declared type.</param>
internal sealed record Neo4jColumn(string Property, string Name, Neo4jType Type)
{
    /// <summary>The header field, such as <c>published:date</c> or <c>title</c> (string is the default type).</summary>
    public string Header => Type == Neo4jType.String ? Name : $"{Name}:{TypeName(Type)}";

    /// <summary>The type's name in a header.</summary>
    public static string TypeName(Neo4jType type) => type switch
    {
        Neo4jType.Boolean => "boolean",
        Neo4jType.Int => "int",
        Neo4jType.Long => "long",
        Neo4jType.Double => "double",
        Neo4jType.Date => "date",
        Neo4jType.LocalDateTime => "localdatetime",
        Neo4jType.DateTime => "datetime",
        Neo4jType.StringArray => "string[]",
        _ => "string",
    };

    /// <summary>Writes a value of this column as its field (empty for null: Neo4j then sets no property).</summary>
    public void Write(Neo4jCsv csv, object? value)
    {
        switch (value)
        {
            case null: csv.Field(""); break;
            case var _ when Type == Neo4jType.StringArray:
                if (PropertyValues.AsStrings(value) is { } items) csv.Array(items);
                else csv.Array([PropertyValues.Format(value)]);
                break;
            case var _ when Type == Neo4jType.Double: csv.Double(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case string s: csv.Field(s); break;
            default:
                Span<char> buffer = stackalloc char[64];
                if (PropertyValues.TryFormat(value, buffer, out int n)) csv.Field(buffer[..n]);
                else csv.Field(PropertyValues.Format(value));
                break;
        }
    }

    /// <summary>
    /// Writes the fields of <paramref name="columns"/> (as <see cref="For"/> made them) for one item's properties. An
    /// map (in ordinal key order) is walked beside the columns, which are in the same order, rather than searched once per column.
    /// </summary>
    public static void WriteAll(Neo4jCsv csv, Neo4jColumn[] columns, PropertyMap properties)
    {
        // Every key is a column's (the columns are the items' keys), so the walk finds each in turn.
        int c = 0;
        if (!properties.IsEmpty)
        {
            foreach (var (key, value) in properties)
            {
                while (c < columns.Length && !string.Equals(columns[c].Property, key, StringComparison.Ordinal)) columns[c++].Write(csv, null);
                if (c == columns.Length) break;
                columns[c++].Write(csv, value);
            }
        }
        for (; c < columns.Length; c++) columns[c].Write(csv, null);
    }

    /// <summary>
    /// The columns for the properties of a set of nodes or edges, ordered by property key. A key whose values
    /// all have one type gets that type (int and long widen to long, int or long with double to double);
    /// mixed types become string. Keys that are <paramref name="reserved"/> get the <c>p_</c> prefix; characters
    /// other than letters, digits and '_' become '_' (a clash gets a numeric suffix).
    /// </summary>
    public static Neo4jColumn[] For<T>(IReadOnlyList<T> items, Func<T, PropertyMap> properties, IReadOnlySet<string> reserved)
    {
        // Keys are gathered unordered and sorted once: most items repeat the keys of the ones before them.
        var types = new Dictionary<string, Neo4jType>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var map = properties(items[i]);
            if (map.IsEmpty) continue;
            foreach (var (key, value) in map)
            {
                var t = TypeOf(value);
                ref var type = ref CollectionsMarshal.GetValueRefOrAddDefault(types, key, out bool seen);
                type = seen ? Unify(type, t) : t;
            }
        }
        var keys = types.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var used = new HashSet<string>(reserved, StringComparer.Ordinal);
        var columns = new Neo4jColumn[keys.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            string key = keys[k];
            string name = Safe(PropertyNames.Escape(key, reserved));
            string unique = name;
            for (int n = 2; !used.Add(unique); n++) unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            columns[k] = new Neo4jColumn(key, unique, types[key]);
        }
        return columns;
    }

    // Strings first: nearly every value is one, and the types are disjoint, so the order changes no answer.
    private static Neo4jType TypeOf(object value) => value switch
    {
        string => Neo4jType.String,
        bool => Neo4jType.Boolean,
        int => Neo4jType.Int,
        long => Neo4jType.Long,
        double or float => Neo4jType.Double,
        DateOnly => Neo4jType.Date,
        DateTime => Neo4jType.LocalDateTime,
        DateTimeOffset => Neo4jType.DateTime,
        _ when PropertyValues.AsStrings(value) is not null => Neo4jType.StringArray,
        _ => Neo4jType.String,
    };

    private static Neo4jType Unify(Neo4jType a, Neo4jType b)
    {
        if (a == b) return a;
        bool Number(Neo4jType t) => t is Neo4jType.Int or Neo4jType.Long or Neo4jType.Double;
        if (Number(a) && Number(b)) return a == Neo4jType.Double || b == Neo4jType.Double ? Neo4jType.Double : Neo4jType.Long;
        return Neo4jType.String;
    }

    /// <summary>A header-safe name: a ':' would start the type and a ',' end the field.</summary>
    private static string Safe(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
