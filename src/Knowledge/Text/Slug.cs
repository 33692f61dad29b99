using System.Text;

namespace Knowledge.Text;

/// <summary>Folds a name to a slug: lower-case ASCII letters and digits joined by hyphens, accents removed.</summary>
internal static class Slug
{
    /// <summary>The slug of a name ("Ana María Cruz" → "ana-maria-cruz"); "_" when nothing is left.</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool dash = false;
        foreach (char c in LatinFold.Fold(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is '\'' or '’') continue;
            else dash = true;
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
