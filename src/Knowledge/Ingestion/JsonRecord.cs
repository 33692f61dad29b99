using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>One JSON value read from a file, with where it was found.</summary>
/// <param name="Value">The record as parsed.</param>
/// <param name="Index">0-based record index in the file.</param>
/// <param name="Line">1-based line of the original file where the record starts.</param>
internal readonly record struct JsonRecord(JsonElement Value, int Index, int Line);
