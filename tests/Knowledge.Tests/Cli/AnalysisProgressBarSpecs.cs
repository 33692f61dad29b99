using FluentAssertions;
using Knowledge.Cli.Output;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Spectre.Console;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>The bar `knowledge extract` shows at a terminal while the pipeline runs in memory.</summary>
public class AnalysisProgressBarSpecs
{
    [Theory]
    [InlineData(42.0, "0:42")]
    [InlineData(41.2, "0:42")]
    [InlineData(725.0, "12:05")]
    [InlineData(3723.0, "1:02:03")]
    [InlineData(0.0, "0:00")]
    public void The_time_left_reads_as_minutes_and_seconds(double seconds, string expected) =>
        AnalysisProgressBar.FormatRemaining(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void The_bar_shows_documents_megabytes_and_time_left()
    {
        var progress = new AnalysisProgress(AnalysisStage.Analysing, 12, 1_600, 3_100_000, 10_000_000);

        AnalysisProgressBar.Describe(progress, new ProgressEstimate(3_100_000, 10_000_000, TimeSpan.FromSeconds(18.9)))
            .Should().Be("Analysing  12/1,600 documents  3.1/10.0 MB  ETA 0:43");
        AnalysisProgressBar.Describe(progress, new ProgressEstimate(0, 10_000_000, TimeSpan.FromSeconds(1)))
            .Should().EndWith("ETA -:--");
        AnalysisProgressBar.Describe(progress with { Stage = AnalysisStage.Resolving }, default)
            .Should().Be("Resolving entities of 1,600 documents…");
        AnalysisProgressBar.Describe(new AnalysisProgress(AnalysisStage.Analysing, 0, 1, 0, 20_000_000), new ProgressEstimate(0, 20_000_000, TimeSpan.Zero))
            .Should().Be("Analysing  0/1 document  0.0/20.0 MB  ETA -:--");
    }

    [Fact]
    public void The_finished_bar_says_how_many_documents_and_megabytes_were_analysed()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = 160;
        var doc = new SourceDocument("a", new string('x', 40) + " Lucia Brandt spoke on Monday.", BodyFormat.PlainText, new DocumentOrigin("a.txt"));

        var result = AnalysisProgressBar.Run(console, progress =>
            KnowledgePipeline.CreateDefault().Run([doc], new PipelineRunOptions { Progress = progress }));

        result.Documents.Should().ContainSingle();
        output.ToString().Should().Contain("Analysed  1 document  0.0 MB").And.Contain("100%");
    }
}
