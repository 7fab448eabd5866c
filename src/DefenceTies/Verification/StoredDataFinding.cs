using DefenceTies.Model;

namespace DefenceTies.Verification;

/// <summary>
/// A stored row that breaks a rule of the model, found by <see cref="StoredDataCheck.CheckAsync"/>:
/// which row, which field, the stored value, and the rule in words.
/// </summary>
public sealed class StoredDataFinding
{
    internal StoredDataFinding(string entity, string field, int id, object? value, string problem)
    {
        Entity = entity;
        Field = field;
        Id = id;
        Value = value;
        Problem = problem;
    }

    /// <summary>The entity type of the row, e.g. <c>Agreement</c>.</summary>
    public string Entity { get; }

    /// <summary>The field that breaks the rule, e.g. <c>Parties</c>.</summary>
    public string Field { get; }

    /// <summary>The row's <see cref="Model.Entity.Id"/>.</summary>
    public int Id { get; }

    /// <summary>The stored value (for a partial date, its stored text; for parties, how many there are).</summary>
    public object? Value { get; }

    /// <summary>What the rule requires, and how the row breaks it.</summary>
    public string Problem { get; }

    /// <summary>One line for a report: <c>Agreement 12: Agreement.Parties '1' is invalid: ...</c>.</summary>
    public override string ToString() => $"{Entity} {Id}: {DomainRuleException.Describe(Entity, Field, Value, Problem)}";
}
