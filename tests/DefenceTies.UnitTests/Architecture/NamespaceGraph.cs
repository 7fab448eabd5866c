using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DefenceTies.UnitTests.Architecture;

/// <summary>
/// Which areas of an assembly use which, read from its compiled metadata (never loaded or run). An
/// area is a namespace one level below the assembly's root namespace, with its own sub-namespaces
/// folded in (<c>DefenceTies.Persistence.Errors</c> belongs to <c>DefenceTies.Persistence</c>); the root
/// namespace itself is the entry point and is no area. A type uses another when the other appears in
/// its base type, interfaces, generic constraints, attributes, fields, properties, events, method
/// signatures, local variables, catch clauses or the instructions of its method bodies. Compiler-made
/// types (lambdas' closures, state machines) count as part of the type they are nested in.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields()
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly string _root;
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _areas = new(StringComparer.Ordinal);

    private NamespaceGraph(string root) => _root = root;

    /// <summary>The areas found, whether they use others or not.</summary>
    public IReadOnlySet<string> Areas => _areas;

    /// <summary>The areas each area uses, each use with one example (<c>User → Used</c>).</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    /// <summary>Reads the areas below <paramref name="root"/> of the assembly at <paramref name="path"/> and the uses between them.</summary>
    public static NamespaceGraph Read(string path, string root)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var graph = new NamespaceGraph(root);
        foreach (var type in reader.TypeDefinitions)
        {
            graph.AddUses(pe, reader, type);
        }

        return graph;
    }

    /// <summary>Every set of areas that use one another in a circle (strongly connected, more than one area), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's strongly connected components.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string area)
        {
            index[area] = low[area] = index.Count;
            stack.Push(area);
            onStack.Add(area);
            foreach (var used in _edges.TryGetValue(area, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (!index.TryGetValue(used, out var usedIndex))
                {
                    Visit(used);
                    low[area] = Math.Min(low[area], low[used]);
                }
                else if (onStack.Contains(used))
                {
                    low[area] = Math.Min(low[area], usedIndex);
                }
            }

            if (low[area] == index[area])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != area);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var area in _edges.Keys)
        {
            if (!index.ContainsKey(area))
            {
                Visit(area);
            }
        }

        return cycles;
    }

    /// <summary>The uses inside one cycle, one line each with its example, for a failure message.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle) =>
        from user in cycle
        from use in _edges[user]
        where cycle.Contains(use.Key)
        select $"{user} -> {use.Key} (e.g. {use.Value})";

    private void AddUses(PEReader pe, MetadataReader reader, TypeDefinitionHandle handle)
    {
        var user = Outermost(reader, handle);
        if (Area(reader, user) is not { } userArea)
        {
            return;
        }

        _areas.Add(userArea);
        var uses = new List<TypeDefinitionHandle>();
        var type = reader.GetTypeDefinition(handle);
        AddEntity(reader, type.BaseType, uses);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            AddEntity(reader, reader.GetInterfaceImplementation(implementation).Interface, uses);
        }

        AddGenericConstraints(reader, type.GetGenericParameters(), uses);
        AddAttributes(reader, type.GetCustomAttributes(), uses);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            uses.AddRange(field.DecodeSignature(NamespaceReferenceDecoder.Instance, null));
            AddAttributes(reader, field.GetCustomAttributes(), uses);
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            uses.AddRange(NamespaceReferenceDecoder.Flatten(property.DecodeSignature(NamespaceReferenceDecoder.Instance, null)));
            AddAttributes(reader, property.GetCustomAttributes(), uses);
        }

        foreach (var eventHandle in type.GetEvents())
        {
            var @event = reader.GetEventDefinition(eventHandle);
            AddEntity(reader, @event.Type, uses);
            AddAttributes(reader, @event.GetCustomAttributes(), uses);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            AddMethod(pe, reader, methodHandle, uses);
        }

        foreach (var used in uses)
        {
            var usedType = Outermost(reader, used);
            if (Area(reader, usedType) is { } usedArea && usedArea != userArea)
            {
                if (!_edges.TryGetValue(userArea, out var targets))
                {
                    _edges[userArea] = targets = new(StringComparer.Ordinal);
                }

                targets.TryAdd(usedArea, $"{FullName(reader, user)} uses {FullName(reader, usedType)}");
            }
        }
    }

    private static void AddMethod(PEReader pe, MetadataReader reader, MethodDefinitionHandle handle, List<TypeDefinitionHandle> uses)
    {
        var method = reader.GetMethodDefinition(handle);
        uses.AddRange(NamespaceReferenceDecoder.Flatten(method.DecodeSignature(NamespaceReferenceDecoder.Instance, null)));
        AddGenericConstraints(reader, method.GetGenericParameters(), uses);
        AddAttributes(reader, method.GetCustomAttributes(), uses);
        foreach (var parameter in method.GetParameters())
        {
            AddAttributes(reader, reader.GetParameter(parameter).GetCustomAttributes(), uses);
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(NamespaceReferenceDecoder.Instance, null))
            {
                uses.AddRange(local);
            }
        }

        foreach (var region in body.ExceptionRegions)
        {
            AddEntity(reader, region.CatchType, uses);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (OperandTypes[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    AddEntity(reader, MetadataTokens.EntityHandle(il.ReadInt32()), uses);
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddEntity(MetadataReader reader, EntityHandle handle, List<TypeDefinitionHandle> uses)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                uses.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                uses.AddRange(reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(NamespaceReferenceDecoder.Instance, null));
                break;
            case HandleKind.FieldDefinition:
                uses.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                uses.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddEntity(reader, member.Parent, uses);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    uses.AddRange(NamespaceReferenceDecoder.Flatten(member.DecodeMethodSignature(NamespaceReferenceDecoder.Instance, null)));
                }
                else
                {
                    uses.AddRange(member.DecodeFieldSignature(NamespaceReferenceDecoder.Instance, null));
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(reader, specification.Method, uses);
                uses.AddRange(specification.DecodeSignature(NamespaceReferenceDecoder.Instance, null).SelectMany(a => a));
                break;
            case HandleKind.StandaloneSignature:
                var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (signature.GetKind() == StandaloneSignatureKind.Method)
                {
                    uses.AddRange(NamespaceReferenceDecoder.Flatten(signature.DecodeMethodSignature(NamespaceReferenceDecoder.Instance, null)));
                }

                break;
            default:
                // Type references name other assemblies' types; a module reference names no type.
                break;
        }
    }

    private static void AddAttributes(MetadataReader reader, CustomAttributeHandleCollection attributes, List<TypeDefinitionHandle> uses)
    {
        foreach (var attribute in attributes)
        {
            AddEntity(reader, reader.GetCustomAttribute(attribute).Constructor, uses);
        }
    }

    private static void AddGenericConstraints(MetadataReader reader, GenericParameterHandleCollection parameters, List<TypeDefinitionHandle> uses)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
            {
                AddEntity(reader, reader.GetGenericParameterConstraint(constraint).Type, uses);
            }
        }
    }

    private static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        while (reader.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } declaring)
        {
            handle = declaring;
        }

        return handle;
    }

    private string? Area(MetadataReader reader, TypeDefinitionHandle outermost)
    {
        var ns = reader.GetString(reader.GetTypeDefinition(outermost).Namespace);
        if (!ns.StartsWith(_root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(_root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? ns : ns[..(_root.Length + 1 + dot)];
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
    }
}
