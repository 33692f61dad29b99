using System.Globalization;

namespace Knowledge.Export;

/// <summary>Invariant, deterministic text forms of property values, shared by the writers.</summary>
internal static class PropertyValues
{
    /// <summary>The ISO date format (yyyy-MM-dd).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The ISO round-trip date-time format.</summary>
    public const string DateTimeFormat = "O";

    /// <summary>The string items of a string sequence property, or null when the value is not one.</summary>
    public static IEnumerable<string>? AsStrings(object value) => value is string ? null : value as IEnumerable<string>;

    /// <summary>A double's shortest round-trip form; non-finite values use XML Schema's NaN, INF and -INF.</summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Formats a scalar value (boolean, number, date) into <paramref name="destination"/> exactly as <see cref="Format"/>
    /// would, without a string; false for other values (strings, sequences) or when it does not fit.
    /// </summary>
    public static bool TryFormat(object value, Span<char> destination, out int written)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (value)
        {
            case bool b: return (b ? "true" : "false").TryCopyTo(destination) ? Done(b ? 4 : 5, out written) : Fail(out written);
            case int i: return i.TryFormat(destination, out written, provider: inv);
            case long l: return l.TryFormat(destination, out written, provider: inv);
            case double or float:
                double d = value is float f ? f : (double)value;
                if (!double.IsFinite(d)) return FormatDouble(d).TryCopyTo(destination) ? Done(FormatDouble(d).Length, out written) : Fail(out written);
                return d.TryFormat(destination, out written, "R", inv);
            case DateOnly date: return date.TryFormat(destination, out written, DateFormat, inv);
            case DateTime dt: return dt.TryFormat(destination, out written, DateTimeFormat, inv);
            case DateTimeOffset dto: return dto.TryFormat(destination, out written, DateTimeFormat, inv);
            default: return Fail(out written);
        }
    }

    private static bool Done(int n, out int written)
    {
        written = n;
        return true;
    }

    private static bool Fail(out int written)
    {
        written = 0;
        return false;
    }

    /// <summary>A value as text: ISO dates, invariant numbers, lower-case booleans, sequences joined by <paramref name="separator"/>.</summary>
    public static string Format(object value, string separator = "|") => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        DateOnly d => d.ToString(DateFormat, CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        _ when AsStrings(value) is { } items => string.Join(separator, items),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
