using System.Data;
using Dapper;

namespace Kapman.ServiceDefaults.Data;

/// <summary>Lets Dapper pass <see cref="DateOnly"/> parameters as SQL <c>date</c> and read <c>date</c> columns into DateOnly properties.</summary>
public sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    /// <inheritdoc />
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    /// <inheritdoc />
    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new DataException($"Cannot convert {value.GetType().Name} to DateOnly."),
    };
}
