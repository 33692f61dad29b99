using System.CommandLine;

namespace Knowledge.Cli.Commands;

/// <summary>Validation shared by the string options that name a choice or a value to parse.</summary>
internal static class OptionValidation
{
    /// <summary>Adds a validator: the option's value (its last occurrence, or <paramref name="absent"/> when not given)
    /// must pass <paramref name="isValid"/>, or the parse fails with <paramref name="error"/>'s message for it.</summary>
    public static Option<string> Accepting(this Option<string> option, string absent, Func<string, bool> isValid, Func<string, string> error)
    {
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : absent;
            if (!isValid(value)) result.AddError(error(value));
        });
        return option;
    }
}
