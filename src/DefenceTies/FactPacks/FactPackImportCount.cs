namespace DefenceTies.FactPacks;

/// <summary>For one kind of fact, what an import did.</summary>
/// <param name="Fact">The kind of fact: the model's class name, such as <c>Agreement</c> or <c>AgreementParty</c>.</param>
/// <param name="Added">New rows.</param>
/// <param name="Merged">Existing rows (stored by an earlier document, or earlier in the same pack) that gained a citation.</param>
public sealed record FactPackImportCount(string Fact, int Added, int Merged);
