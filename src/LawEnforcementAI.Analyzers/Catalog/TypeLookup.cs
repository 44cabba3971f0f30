using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The tables' types by metadata name, with what the references hold remembered across compilations. In the editor
/// every edit makes a new compilation with the same references, whose assembly symbols the compiler shares between
/// them; looking each table's type up again through every reference cost tens of milliseconds per edit. The answer
/// from references is reused while the referenced assembly symbols are the very same objects (and the assembly name,
/// which decides what is accessible, is the same); types declared in the compilation itself are always looked up again.
/// </summary>
internal sealed class TypeLookup
{
    private const int ReferenceSetsPerCorlib = 8;

    private readonly ConditionalWeakTable<IAssemblySymbol, List<ReferenceSet>> _byCorlib = new();

    public Resolver For(Compilation compilation)
    {
        var referenced = compilation.SourceModule.ReferencedAssemblySymbols;
        if (compilation.ObjectType.ContainingAssembly is not { } corlib)
        {
            // No core library to key on (a compilation without references): nothing worth remembering.
            return new Resolver(compilation, new ReferenceSet(compilation.AssemblyName, referenced));
        }

        var sets = _byCorlib.GetValue(corlib, _ => new List<ReferenceSet>());
        lock (sets)
        {
            var set = sets.FirstOrDefault(s => s.Matches(compilation.AssemblyName, referenced));
            if (set is null)
            {
                set = new ReferenceSet(compilation.AssemblyName, referenced);
                sets.Insert(0, set);
                if (sets.Count > ReferenceSetsPerCorlib)
                {
                    sets.RemoveAt(sets.Count - 1);
                }
            }

            return new Resolver(compilation, set);
        }
    }

    /// <summary>Looks up types for one compilation.</summary>
    internal sealed class Resolver
    {
        private readonly Compilation _compilation;
        private readonly ReferenceSet _references;

        public Resolver(Compilation compilation, ReferenceSet references)
        {
            _compilation = compilation;
            _references = references;
        }

        /// <summary>What <see cref="Compilation.GetTypesByMetadataName"/> answers, the referenced part remembered.</summary>
        public ImmutableArray<INamedTypeSymbol> Resolve(string metadataName)
        {
            var fromReferences = _references.Types.GetOrAdd(metadataName, name => _compilation.GetTypesByMetadataName(name)
                .Where(t => !SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, _compilation.Assembly))
                .ToImmutableArray());
            return _compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own ? fromReferences.Insert(0, own) : fromReferences;
        }

        /// <summary>What <see cref="Compilation.GetTypeByMetadataName"/> answers: the compilation's own type, else the one referenced type, else null.</summary>
        public INamedTypeSymbol? ResolveOne(string metadataName)
        {
            var found = Resolve(metadataName);
            return found.Length == 1 || (found.Length > 1 && SymbolEqualityComparer.Default.Equals(found[0].ContainingAssembly, _compilation.Assembly))
                ? found[0]
                : null;
        }
    }

    /// <summary>One set of referenced assembly symbols, compared by identity, and the types found in it.</summary>
    internal sealed class ReferenceSet
    {
        private readonly string? _assemblyName;
        private readonly ImmutableArray<IAssemblySymbol> _assemblies;

        public ReferenceSet(string? assemblyName, ImmutableArray<IAssemblySymbol> assemblies)
        {
            _assemblyName = assemblyName;
            _assemblies = assemblies;
        }

        public ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> Types { get; } = new();

        public bool Matches(string? assemblyName, ImmutableArray<IAssemblySymbol> assemblies)
        {
            if (assemblyName != _assemblyName || assemblies.Length != _assemblies.Length)
            {
                return false;
            }

            for (var i = 0; i < assemblies.Length; i++)
            {
                if (!ReferenceEquals(assemblies[i], _assemblies[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
