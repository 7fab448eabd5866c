namespace DefenceTies.Model;

/// <summary>
/// How exact a value the source states is: "€1.2 billion", "about €1.2 billion", "more than $500
/// million", "up to $2 billion", "between $1 billion and $1.5 billion".
/// </summary>
public enum ValueExactness
{
    /// <summary>The amount as stated, with no qualifier. Example: "a contract worth $350 million".</summary>
    Exact,

    /// <summary>
    /// An approximate amount: about, around, nearly, some, an estimated. Example: "a deal worth about
    /// €1.2 billion".
    /// </summary>
    Approximate,

    /// <summary>A lower bound: more than, over, at least. Example: "orders worth more than $500 million".</summary>
    AtLeast,

    /// <summary>An upper bound: up to, as much as, at most. Example: "a programme worth up to $2 billion".</summary>
    AtMost,

    /// <summary>
    /// A range: the amount is its lower end and the upper amount its upper end. Example: "valued at
    /// between $1 billion and $1.5 billion".
    /// </summary>
    Range,
}
