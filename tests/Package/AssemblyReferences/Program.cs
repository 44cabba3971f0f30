using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

// Reads the metadata only (the assembly is not loaded), so an analyzer built for any Roslyn can be inspected.
foreach (var path in args)
{
    using var stream = File.OpenRead(path);
    using var pe = new PEReader(stream);
    var metadata = pe.GetMetadataReader();
    foreach (var handle in metadata.AssemblyReferences)
    {
        var reference = metadata.GetAssemblyReference(handle);
        Console.WriteLine($"{metadata.GetString(reference.Name)} {reference.Version}");
    }
}
