namespace DefenceTies.Exports;

/// <summary>A citation of another document that corroborates a fact's primary citation.</summary>
internal sealed class Corroboration : ExportedCitation
{
}
