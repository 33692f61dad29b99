namespace Knowledge.Export;

/// <summary>A property key as the JSON export writes it: its escaped name (<see cref="PropertyNames.Escape"/>, lone surrogates dropped) and that name encoded with its quotes.</summary>
/// <param name="Name">The written name.</param>
/// <param name="Quoted">The written name as JSON, quotes included.</param>
/// <param name="Cleaned">Whether dropping lone surrogates changed the name, so that it may collide with another key's.</param>
internal sealed record EncodedPropertyName(string Name, byte[] Quoted, bool Cleaned);

/// <summary>
/// Property keys encoded once per key for the JSON export (a quote node carries a dozen, the same dozen on every quote),
/// and the rule that a key whose written name was already written in the same object is left out.
/// </summary>
/// <remarks>
/// Distinct keys have distinct escaped names, so only a name changed by dropping a lone surrogate can repeat one: until
/// such a name turns up in an object, its names are only listed, not compared.
/// </remarks>
internal sealed class EncodedPropertyNames
{
    private readonly Dictionary<string, EncodedPropertyName> _names = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];
    private bool _compare;

    /// <summary>Starts the properties of another node or edge.</summary>
    public void StartObject()
    {
        _written.Clear();
        _compare = false;
    }

    /// <summary>The written form of <paramref name="key"/>.</summary>
    public EncodedPropertyName Get(string key)
    {
        if (_names.TryGetValue(key, out var name)) return name;
        string escaped = PropertyNames.Escape(key, PropertyNames.JsonReserved);
        string cleaned = XmlChars.DropLoneSurrogates(escaped);
        name = new EncodedPropertyName(cleaned, Utf8JsonOutput.EncodeQuoted(cleaned), !ReferenceEquals(cleaned, escaped));
        _names.Add(key, name);
        return name;
    }

    /// <summary>Whether <paramref name="name"/> is to be written in the current object: false when an earlier key of the object was written under the same name.</summary>
    public bool TryWrite(EncodedPropertyName name)
    {
        _compare |= name.Cleaned;
        if (_compare)
        {
            foreach (var written in _written)
                if (string.Equals(written, name.Name, StringComparison.Ordinal)) return false;
        }
        _written.Add(name.Name);
        return true;
    }
}
