// Two namespaces that use each other, for NamespaceCycleTests to prove the cycle check sees a use
// made only inside a method body. Nothing runs this code.
namespace DefenceTies.UnitTests.Architecture.CycleFixture.Called
{
    /// <summary>Uses the other namespace in a signature.</summary>
    public sealed class Callee
    {
        public Calling.Caller? Back { get; set; }
    }
}

namespace DefenceTies.UnitTests.Architecture.CycleFixture.Calling
{
    /// <summary>Uses the other namespace only inside a method body.</summary>
    public sealed class Caller
    {
        public static bool Calls(object value) => value is Called.Callee;
    }
}
