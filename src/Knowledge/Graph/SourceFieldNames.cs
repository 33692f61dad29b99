using Knowledge.Syntax;

namespace Knowledge.Graph;

/// <summary>The names every export gives the fields of a source document: title, description, imageCaption, body.</summary>
internal static class SourceFieldNames
{
    /// <summary>A field's name.</summary>
    public static string Of(SourceField field) => field switch
    {
        SourceField.Title => "title",
        SourceField.Description => "description",
        SourceField.ImageCaption => "imageCaption",
        SourceField.Body => "body",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field a name stands for, or null for an unknown name.</summary>
    public static SourceField? Parse(string? name) => name switch
    {
        "title" => SourceField.Title,
        "description" => SourceField.Description,
        "imageCaption" => SourceField.ImageCaption,
        "body" => SourceField.Body,
        _ => null,
    };
}
