using System.Data.Common;
using System.Globalization;

namespace Knowledge.Store;

/// <summary>
/// Brings a database to the schema this code writes: an empty database gets every migration, an older
/// store the missing ones (each in its own transaction, with the version it reaches), and a database
/// that is another program's or a newer version's is refused with a <see cref="StoreException"/>.
/// </summary>
internal static class StoreSchema
{
    public static void Migrate(IStoreBackend backend)
    {
        var connection = backend.Connection;
        var dialect = backend.Dialect;
        int version;
        if (!TableExists(connection, dialect, "schema_info"))
        {
            long tables = Convert.ToInt64(Scalar(connection, dialect.CountTables), CultureInfo.InvariantCulture);
            if (tables > 0)
                throw new StoreException(backend.Location, $"is a {dialect.Name} database of another application ({tables} tables, no Knowledge schema_info); choose a new file for the store");
            using var create = connection.BeginTransaction();
            StoreCommands.Execute(connection, create, StoreMigrations.CreateSchemaInfo);
            StoreCommands.Execute(connection, create, "INSERT INTO schema_info (application, version) VALUES (@application, 0)", ("application", StoreMigrations.Application));
            create.Commit();
            version = 0;
        }
        else version = ReadVersion(backend);

        if (version > dialect.LatestVersion)
            throw new StoreException(backend.Location, $"was written by a newer Knowledge (schema version {version}; this version reads up to {dialect.LatestVersion}); upgrade Knowledge to use it");
        foreach (var migration in dialect.Migrations.Where(m => m.Version > version))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var statement in migration.Statements) StoreCommands.Execute(connection, transaction, statement);
            StoreCommands.Execute(connection, transaction, "UPDATE schema_info SET version = @version", ("version", migration.Version));
            transaction.Commit();
        }
    }

    private static int ReadVersion(IStoreBackend backend)
    {
        using var command = backend.Connection.CreateCommand();
        command.CommandText = "SELECT application, version FROM schema_info";
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0) || reader.GetString(0) != StoreMigrations.Application)
            throw new StoreException(backend.Location, $"is a {backend.Dialect.Name} database of another application (its schema_info does not name Knowledge); choose a new file for the store");
        return Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
    }

    private static bool TableExists(DbConnection connection, StoreDialect dialect, string name) =>
        Convert.ToInt64(Scalar(connection, dialect.TableExists, ("name", name)), CultureInfo.InvariantCulture) > 0;

    private static object? Scalar(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = StoreCommands.Create(connection, null, sql, parameters);
        return command.ExecuteScalar();
    }
}
