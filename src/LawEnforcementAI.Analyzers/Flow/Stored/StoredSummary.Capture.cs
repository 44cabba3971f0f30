using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Capturing a summary for storage: every symbol it names becomes a <see cref="SymbolKey"/>, every part a rebuild
/// function (<see cref="Capture"/>).
/// </summary>
internal sealed partial class StoredSummary
{
    /// <summary>Turns one summary into rebuild functions that capture no symbol, operation or compilation.</summary>
    private sealed class Capture
    {
        private readonly ISymbol _owner;
        private readonly Compilation _compilation;
        private readonly SyntaxTree _tree;
        private readonly Dictionary<ISymbol, SymbolKey> _keys = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<CallSite, int> _sites = new();

        public Capture(ISymbol owner, Compilation compilation, SyntaxTree tree)
        {
            _owner = owner;
            _compilation = compilation;
            _tree = tree;
        }

        public SymbolKey Key(ISymbol symbol)
        {
            if (!_keys.TryGetValue(symbol, out var key))
            {
                key = SymbolKey.For(symbol, _compilation, _tree, _owner) ?? throw new NotStorable();
                _keys.Add(symbol, key);
            }

            return key;
        }

        public Func<StoredSymbols, ISymbol, MethodSummary> Summary(MethodSummary summary)
        {
            for (var i = 0; i < summary.Calls.Count; i++)
            {
                _sites.Add(summary.Calls[i], i);
            }

            var location = summary.Location;
            var calls = summary.Calls.Select(Call).ToArray();
            var returns = Keyed(summary.Returns);
            var outValues = Keyed(summary.OutValues);
            var parameterFiles = Keyed(summary.ParameterFiles);
            var writes = summary.Writes.Select(MemberWrite).ToArray();
            var fileWrites = summary.FileWrites.Select(FileWrite).ToArray();
            var serviceWrites = summary.ServiceWrites.Select(ServiceWrite).ToArray();
            var sinks = summary.Sinks.Select(Sink).ToArray();
            return (symbols, owner) =>
            {
                var rebuilt = new MethodSummary(owner, location);
                var sites = calls.Select(c => c.Create(symbols)).ToArray();
                var restore = new Restore(symbols, sites);
                for (var i = 0; i < sites.Length; i++)
                {
                    calls[i].Fill(sites[i], restore);
                }

                Fill(rebuilt.Returns, returns, restore);
                Fill(rebuilt.OutValues, outValues, restore);
                Fill(rebuilt.ParameterFiles, parameterFiles, restore);
                rebuilt.Writes.AddRange(writes.Select(w => w(restore)));
                rebuilt.FileWrites.AddRange(fileWrites.Select(w => w(restore)));
                rebuilt.ServiceWrites.AddRange(serviceWrites.Select(w => w(restore)));
                rebuilt.Sinks.AddRange(sinks.Select(s => s(restore)));
                rebuilt.Calls.AddRange(sites);
                return rebuilt;
            };
        }

        private (SymbolKey Key, Func<Restore, FlowValue> Value)[] Keyed<TSymbol>(Dictionary<TSymbol, FlowValue> values)
            where TSymbol : ISymbol =>
            values.Select(p => (Key(p.Key), Value(p.Value))).ToArray();

        private static void Fill<TSymbol>(Dictionary<TSymbol, FlowValue> into, (SymbolKey Key, Func<Restore, FlowValue> Value)[] stored, Restore restore)
            where TSymbol : class, ISymbol
        {
            foreach (var (key, value) in stored)
            {
                into[restore.Symbols.Get<TSymbol>(key)] = value(restore);
            }
        }

        private StoredCall Call(CallSite site)
        {
            var callee = site.Callee is { } method ? Key(method) : null;
            var location = site.Location;
            var target = Value(site.DelegateTarget);
            var arguments = site.Arguments.Select(p => (p.Key, Value(p.Value))).ToArray();
            var constants = site.ConstantTexts?.ToArray() ?? Array.Empty<KeyValuePair<int, string>>();
            return new StoredCall(
                symbols => new CallSite(callee is null ? null : symbols.Get<IMethodSymbol>(callee), FlowValue.Empty, location),
                (rebuilt, restore) =>
                {
                    rebuilt.SettleDelegateTarget(target(restore));
                    foreach (var (ordinal, value) in arguments)
                    {
                        rebuilt.Arguments[ordinal] = value(restore);
                    }

                    foreach (var constant in constants)
                    {
                        rebuilt.SetConstantText(constant.Key, constant.Value);
                    }
                });
        }

        private Func<Restore, MemberWrite> MemberWrite(MemberWrite write)
        {
            var member = Key(write.Member);
            var value = Value(write.Value);
            var location = write.Location;
            return restore => new MemberWrite(restore.Symbols.Get<ISymbol>(member), value(restore), location);
        }

        private Func<Restore, FileWrite> FileWrite(FileWrite write)
        {
            var path = write.Path;
            var value = Value(write.Value);
            var location = write.Location;
            return restore => new FileWrite(path, value(restore), location);
        }

        private Func<Restore, ServiceWrite> ServiceWrite(ServiceWrite write)
        {
            var service = Token(write.Service);
            var value = Value(write.Value);
            var (location, description, registers) = (write.Location, write.Description, write.Registers);
            return restore => new ServiceWrite((ServiceToken)service(restore), value(restore), location, description, registers);
        }

        private Func<Restore, PendingSink> Sink(PendingSink sink)
        {
            var request = Value(sink.Request);
            var client = Value(sink.Client);
            var (location, name, isRaw, intents, enrols) = (sink.Location, sink.SinkName, sink.IsRaw, sink.Intents, sink.EnrolsFaces);
            return restore => new PendingSink(location, name, request(restore), client(restore), isRaw, intents, enrols);
        }

        private Func<Restore, FlowValue> Value(FlowValue value)
        {
            if (value.IsEmpty)
            {
                return _ => FlowValue.Empty;
            }

            var frames = value.Frames.Select(Origin).ToArray();
            var tokens = value.Tokens.Select(Token).ToArray();
            var functions = value.Functions.Select(Key).ToArray();
            var inFile = Value(value.InFile);
            var (device, provider) = (value.Device, value.Provider);
            return restore => FlowValue.Restore(
                frames.Select(f => f(restore)).ToImmutableArray(),
                device,
                provider,
                tokens.Select(t => t(restore)).ToImmutableArray(),
                functions.Select(f => restore.Symbols.Get<IMethodSymbol>(f)).ToImmutableArray(),
                inFile(restore));
        }

        private Func<Restore, FrameOrigin> Origin(FrameOrigin origin)
        {
            if (origin.DeviceOperation is not null)
            {
                throw new NotStorable();
            }

            var device = origin.DeviceValue is { } value ? Value(value) : null;
            var entryPoint = origin.EntryPoint is { } method ? Key(method) : null;
            var (api, location, liveness, mobile, path, unknown, transcript) = (origin.ApiName, origin.Location, origin.Liveness, origin.IsMobileCamera, origin.Path, origin.IsUnknownOrigin, origin.IsTranscript);
            return restore => FrameOrigin.Restore(
                api, location, liveness, mobile, device?.Invoke(restore), path, entryPoint is null ? null : restore.Symbols.Get<IMethodSymbol>(entryPoint), unknown, transcript);
        }

        private Func<Restore, FlowToken> Token(FlowToken token)
        {
            switch (token)
            {
                case ParameterToken { Parameter: var parameter }:
                    var parameterKey = Key(parameter);
                    return restore => new ParameterToken(restore.Symbols.Get<IParameterSymbol>(parameterKey));
                case MemberToken { Member: var member }:
                    var memberKey = Key(member);
                    return restore => new MemberToken(restore.Symbols.Get<ISymbol>(memberKey));
                case CallToken { Site: var site, OutOrdinal: var outOrdinal }:
                    var callIndex = SiteIndex(site);
                    return restore => new CallToken(restore.Sites[callIndex], outOrdinal);
                case CallFileToken { Site: var site, Ordinal: var ordinal }:
                    var fileCallIndex = SiteIndex(site);
                    return restore => new CallFileToken(restore.Sites[fileCallIndex], ordinal);
                case FileToken file:
                    return _ => file;
                case FileContentsToken { Path: var path }:
                    var pathToken = Token(path);
                    return restore => new FileContentsToken(pathToken(restore));
                case DeviceAddressToken { Parameter: var parameter, Opening: var opening }:
                    var addressKey = Key(parameter);
                    return restore => new DeviceAddressToken(restore.Symbols.Get<IParameterSymbol>(addressKey), opening);
                case ServiceToken { Type: var type }:
                    var typeKey = Key(type);
                    return restore => ServiceToken.For(restore.Symbols.Get<ITypeSymbol>(typeKey), restore.Symbols.Context.Index);
                default:
                    // The solver's own tokens never occur in a body's summary; anything new is not stored until named here.
                    throw new NotStorable();
            }
        }

        private int SiteIndex(CallSite site) => _sites.TryGetValue(site, out var index) ? index : throw new NotStorable();

        /// <summary>Part of a summary that another compilation could not name: the summary is not stored.</summary>
        public sealed class NotStorable : Exception
        {
        }
    }
}
