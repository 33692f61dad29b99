namespace Knowledge.Ingestion;

/// <summary>
/// An object of a JSON record, as <see cref="JsonRecordMapper"/> reads it: a parsed <see cref="System.Text.Json.JsonElement"/>
/// (<see cref="ElementFields"/>) or a line read by <see cref="ScannedJsonLine"/>. Where a name occurs more than once,
/// its last property is read.
/// </summary>
internal interface IRecordFields<TSelf> where TSelf : struct, IRecordFields<TSelf>
{
    /// <summary>True, with the object, when the property <paramref name="name"/> is an object.</summary>
    bool TryGetObject(string name, out TSelf value);

    /// <summary>The property's string, or a number's text as written (ids are sometimes numeric); null for anything else.</summary>
    string? StringOrNumber(string name);

    /// <summary>The property's string, or the strings of its array (other values ignored), each trimmed.</summary>
    string[] Strings(string name);
}
