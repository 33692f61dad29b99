using System.CommandLine;
using Knowledge.Pipeline;

namespace Knowledge.Cli.Commands;

/// <summary>
/// The --curation option: a file of names merged or split by hand (see <see cref="EntityCuration.Parse"/>), applied
/// when the graph is resolved. A file that cannot be read or has a bad rule is reported with its line and column.
/// </summary>
public static class CurationOption
{
    /// <summary>An optional --curation option.</summary>
    public static Option<string> Create() => new("--curation")
    {
        Description = "Apply this curation file when resolving: lines \"merge person: A | B\" make names one entity, \"split person: NAME @ DOC1, DOC2\" makes the name in those documents another.",
        HelpName = "FILE",
    };

    /// <summary>The default pipeline with the file's curation (none without a file); null, after reporting why, when the file is bad.</summary>
    public static KnowledgePipeline? TryPipeline(CliContext context, string? path)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (path is null) return KnowledgePipeline.CreateDefault();
        try
        {
            return new KnowledgePipelineBuilder().UseDefaults().UseCuration(EntityCuration.Read(path)).Build();
        }
        catch (CurationException e)
        {
            context.Stderr.WriteLine($"knowledge: bad curation file {e.Message}");
            return null;
        }
    }
}
