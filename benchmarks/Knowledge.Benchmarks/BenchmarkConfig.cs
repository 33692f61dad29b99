using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Knowledge.Benchmarks;

/// <summary>
/// A short job (one launch, one warm-up, three iterations: the machine is small and shared), allocated bytes,
/// and an input MB/s column.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }

    /// <summary>The scales to run: $KNOWLEDGE_BENCH_SCALES (comma-separated), else 1, 10 and 100.</summary>
    public static IEnumerable<int> Scales() =>
        Environment.GetEnvironmentVariable("KNOWLEDGE_BENCH_SCALES") is { Length: > 0 } s
            ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)
            : [1, 10, 100];
}

/// <summary>Input megabytes (UTF-8 text of the scaled corpus, 10^6 bytes) per second of the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Input text (UTF-8 MB, 10^6 bytes) processed per second of the mean";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || benchmarkCase.Parameters["Scale"] is not int scale) return "-";
        double mb = CorpusScaler.Utf8Bytes(CorpusScaler.Build(scale)) / 1e6;
        return (mb / (mean.Value / 1e9)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;
}
