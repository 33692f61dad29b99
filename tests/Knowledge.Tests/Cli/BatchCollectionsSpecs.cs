using System.Runtime;
using FluentAssertions;
using Knowledge.Cli.Commands;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>The GC's latency mode is one setting for the whole process, so the specs that change it run on their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GcLatencyModeCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "The GC's latency mode";
}

/// <summary>An in-memory extraction runs with blocking (batch) collections and gives the GC back its mode afterwards.</summary>
[Collection(GcLatencyModeCollection.Name)]
public sealed class BatchCollectionsSpecs : IDisposable
{
    private readonly GCLatencyMode _before = GCSettings.LatencyMode;
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        GCSettings.LatencyMode = _before;
        _dir.Dispose();
    }

    [Theory]
    [InlineData(GCLatencyMode.Interactive)]
    [InlineData(GCLatencyMode.SustainedLowLatency)]
    public void Entering_switches_to_batch_mode_and_disposing_restores_the_mode_found(GCLatencyMode found)
    {
        GCSettings.LatencyMode = found;
        var expected = GCSettings.LatencyMode; // a runtime without background GC keeps Batch whatever it is asked

        using (BatchCollections.Enter())
            GCSettings.LatencyMode.Should().Be(GCLatencyMode.Batch);

        GCSettings.LatencyMode.Should().Be(expected);
    }

    [Fact]
    public void Nested_scopes_restore_in_turn()
    {
        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        var outer = GCSettings.LatencyMode;
        var first = BatchCollections.Enter();
        var second = BatchCollections.Enter();

        second.Dispose();
        GCSettings.LatencyMode.Should().Be(GCLatencyMode.Batch);
        first.Dispose();
        GCSettings.LatencyMode.Should().Be(outer);
    }

    [Fact]
    public void An_in_memory_extraction_leaves_the_mode_as_it_found_it()
    {
        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        var found = GCSettings.LatencyMode;
        var input = _dir.File("in/note.txt", "Mara Quint, director of the Lowfield Tenants Union, said on Monday: \"We will appeal.\"\n");

        var (code, _, stderr) = CliRunner.Run("extract", input, "--out", _dir.Combine("out"), "--format", "json", "-q");

        code.Should().Be(0, stderr);
        File.Exists(_dir.Combine("out", "knowledge.json")).Should().BeTrue();
        GCSettings.LatencyMode.Should().Be(found);
    }
}
