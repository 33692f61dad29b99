using BenchmarkDotNet.Running;
using Knowledge.Benchmarks;

// --scaling [N…]        the quick Stopwatch scaling report (default 1 10 100), one process per scale
// --scaling-one N       one scale's measurement (used by --scaling)
// --write-corpus N DIR  writes the corpus scaled N× as JSON Lines, to time `knowledge extract` on it
// --store-phases DB IN… time and peak memory after adding the inputs to the store DB, then after resolving it
// --stage-times [--warm] IN…  seconds, CPU seconds, MB/s and MB allocated per pipeline stage (ingest, each component, resolution) and entity pass, one thread;
//                       --warm runs everything once untimed first (the steady state, without the JIT's tier-0 code)
// --resolve-phases DB   live heap and peak memory at each step of resolving an existing store DB
// --extract-phases IN…  live heap and peak memory after analysing, assembling and exporting IN in memory (extract's steps)
// anything else         BenchmarkDotNet (e.g. --filter '*Stage*'; KNOWLEDGE_BENCH_SCALES=1,10 limits the scales)
if (args.Length > 0 && args[0] == "--scaling")
    return ScalingRun.RunAll(args.Length > 1 ? args[1..].Select(int.Parse).ToList() : [1, 10, 100]);
if (args.Length == 2 && args[0] == "--scaling-one")
    return ScalingRun.RunOne(int.Parse(args[1]));
if (args.Length == 3 && args[0] == "--write-corpus")
{
    Console.WriteLine(CorpusWriter.Write(int.Parse(args[1]), args[2]));
    return 0;
}
if (args.Length >= 3 && args[0] == "--store-phases")
    return StorePhaseMemory.Run(args[1], args[2..]);
if (args.Length >= 3 && args[0] == "--stage-times" && args[1] == "--warm")
    return StageTimes.Run(args[2..], warm: true);
if (args.Length >= 2 && args[0] == "--stage-times")
    return StageTimes.Run(args[1..]);
if (args.Length == 2 && args[0] == "--resolve-phases")
    return ResolvePhaseMemory.Run(args[1]);
if (args.Length >= 2 && args[0] == "--extract-phases")
    return ExtractPhaseMemory.Run(args[1..]);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
