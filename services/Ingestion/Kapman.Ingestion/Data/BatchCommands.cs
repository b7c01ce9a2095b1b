using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Builds the commands of an <see cref="NpgsqlBatch"/> (several statements in one round trip).</summary>
internal static class BatchCommands
{
    /// <summary>A command for <paramref name="sql"/> (a code constant) with named parameters.</summary>
    public static NpgsqlBatchCommand Create(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
