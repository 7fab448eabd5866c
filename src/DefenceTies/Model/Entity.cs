namespace DefenceTies.Model;

/// <summary>Base of every stored DefenceTies object: a database-generated surrogate key.</summary>
public abstract class Entity
{
    /// <summary>The surrogate key, assigned by the database when the object is first saved.</summary>
    public int Id { get; private set; }
}
