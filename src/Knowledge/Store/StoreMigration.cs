using System.Collections.Immutable;

namespace Knowledge.Store;

/// <summary>One step of the schema: the statements that take a store from <c>Version - 1</c> to <paramref name="Version"/>.</summary>
/// <param name="Version">The schema version after this step (1 for the first).</param>
/// <param name="Description">What the step does, for messages.</param>
/// <param name="Statements">The DDL/DML statements, run in order in one transaction.</param>
internal sealed record StoreMigration(int Version, string Description, ImmutableArray<string> Statements);
