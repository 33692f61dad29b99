namespace Knowledge.Lexicons;

/// <summary>A distinct word form: its interned id (stable within a process) and the lists that hold it.</summary>
/// <param name="Id">The id <see cref="LexemeTable"/> gave the form; 0 for a form it did not keep.</param>
/// <param name="Lexicons">The lists that hold the form as written.</param>
internal readonly record struct Lexeme(int Id, TokenLexicons Lexicons);
