using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The collection and channel verbs, each on the library types it models: what is put into a collection can be taken
/// out of it. A type of the user's own with an <c>Add</c> or <c>Take</c> method is not one of these; its body is
/// followed like any other method of the compilation.
/// </summary>
internal static class CollectionTable
{
    private const string List = "System.Collections.Generic.List`1";
    private const string ICollection = "System.Collections.Generic.ICollection`1";
    private const string Collection = "System.Collections.ObjectModel.Collection`1";
    private const string IList = "System.Collections.Generic.IList`1";
    private const string HashSet = "System.Collections.Generic.HashSet`1";
    private const string Queue = "System.Collections.Generic.Queue`1";
    private const string LinkedList = "System.Collections.Generic.LinkedList`1";
    private const string Stack = "System.Collections.Generic.Stack`1";
    private const string Dictionary = "System.Collections.Generic.Dictionary`2";
    private const string IDictionary = "System.Collections.Generic.IDictionary`2";
    private const string IReadOnlyDictionary = "System.Collections.Generic.IReadOnlyDictionary`2";
    private const string IProducerConsumerCollection = "System.Collections.Concurrent.IProducerConsumerCollection`1";
    private const string ConcurrentQueue = "System.Collections.Concurrent.ConcurrentQueue`1";
    private const string ConcurrentStack = "System.Collections.Concurrent.ConcurrentStack`1";
    private const string ConcurrentBag = "System.Collections.Concurrent.ConcurrentBag`1";
    private const string ConcurrentDictionary = "System.Collections.Concurrent.ConcurrentDictionary`2";
    private const string BlockingCollection = "System.Collections.Concurrent.BlockingCollection`1";
    private const string ChannelWriter = "System.Threading.Channels.ChannelWriter`1";
    private const string ChannelReader = "System.Threading.Channels.ChannelReader`1";

    private static readonly Slot This = Slot.Receiver;
    private static readonly Slot Return = Slot.Result;
    private static readonly Slot Any = Slot.AnyArgument;

    public static readonly ImmutableArray<FlowThrough> Verbs = ImmutableArray.Create(
        // Lists and collections (OpenAI's ChatMessageContent is a Collection<ChatMessageContentPart>).
        F(List, "Add", Any, This),
        F(List, "AddRange", Any, This),
        F(List, "Insert", Any, This),
        F(List, "ToArray", This, Return),
        F(ICollection, "Add", Any, This),
        F(IList, "Insert", Any, This),
        F(HashSet, "Add", Any, This),
        F(Collection, "Add", Any, This),
        F(Collection, "Insert", Any, This),

        // Queues and stacks
        F(Queue, "Enqueue", Any, This),
        F(Queue, "Dequeue", This, Return),
        F(Queue, "Peek", This, Return),
        F(Queue, "TryDequeue", This, P("result")),
        F(Queue, "TryPeek", This, P("result")),
        F(Queue, "ToArray", This, Return),
        F(Stack, "Push", Any, This),
        F(Stack, "Pop", This, Return),
        F(Stack, "Peek", This, Return),
        F(Stack, "TryPop", This, P("result")),
        F(Stack, "ToArray", This, Return),
        F(ConcurrentQueue, "Enqueue", Any, This),
        F(ConcurrentQueue, "TryDequeue", This, P("result")),
        F(ConcurrentQueue, "TryPeek", This, P("result")),
        F(ConcurrentQueue, "ToArray", This, Return),
        F(ConcurrentStack, "Push", Any, This),
        F(ConcurrentStack, "TryPop", This, P("result")),
        F(ConcurrentStack, "TryPeek", This, P("result")),
        F(ConcurrentStack, "ToArray", This, Return),
        F(ConcurrentBag, "Add", Any, This),
        F(ConcurrentBag, "TryTake", This, P("result")),
        F(ConcurrentBag, "TryPeek", This, P("result")),
        F(ConcurrentBag, "ToArray", This, Return),
        F(IProducerConsumerCollection, "TryAdd", Any, This),
        F(IProducerConsumerCollection, "TryTake", This, P("item")),
        F(BlockingCollection, "Add", Any, This),
        F(BlockingCollection, "TryAdd", Any, This),
        F(BlockingCollection, "Take", This, Return),
        F(BlockingCollection, "TryTake", This, P("item")),
        F(BlockingCollection, "GetConsumingEnumerable", This, Return),
        F(BlockingCollection, "ToArray", This, Return),

        F(LinkedList, "AddLast", Any, This),
        F(LinkedList, "AddFirst", Any, This),
        F(LinkedList, "First", This, Return),
        F(LinkedList, "Last", This, Return),
        F("System.Collections.Generic.LinkedListNode`1", "Value", This, Return),
        F("System.Collections.Generic.SortedSet`1", "Add", Any, This),
        F("System.Collections.Generic.PriorityQueue`2", "Enqueue", P("element"), This),
        F("System.Collections.Generic.PriorityQueue`2", "Dequeue", This, Return),
        F("System.Collections.Generic.PriorityQueue`2", "TryDequeue", This, P("element")),

        // Immutable collections return a new collection holding the old items and the new ones.
        F("System.Collections.Immutable.ImmutableList`1", "Add", Any, Return),
        F("System.Collections.Immutable.ImmutableList`1", "Add", This, Return),
        F("System.Collections.Immutable.ImmutableArray`1", "Add", Any, Return),
        F("System.Collections.Immutable.ImmutableArray`1", "Add", This, Return),
        F("System.Collections.Immutable.ImmutableArray", "Create", Any, Return),
        F("System.Collections.Immutable.ImmutableQueue`1", "Enqueue", Any, Return),
        F("System.Collections.Immutable.ImmutableQueue`1", "Enqueue", This, Return),
        F("System.Collections.Immutable.ImmutableQueue`1", "Peek", This, Return),

        // Dictionaries: the value put in under any key comes out under any key.
        F(Dictionary, "Add", Any, This),
        F(Dictionary, "TryAdd", Any, This),
        F(Dictionary, "TryGetValue", This, P("value")),
        F(IDictionary, "Add", Any, This),
        F(IDictionary, "TryGetValue", This, P("value")),
        F(IReadOnlyDictionary, "TryGetValue", This, P("value")),
        F(ConcurrentDictionary, "TryAdd", Any, This),
        F(ConcurrentDictionary, "TryGetValue", This, P("value")),
        F("System.Collections.Generic.CollectionExtensions", "GetValueOrDefault", This, Return),

        // Buffers
        F("System.ReadOnlyMemory`1", "ToArray", This, Return),
        F("System.Memory`1", "ToArray", This, Return),

        // System.Threading.Channels as frame pipelines: what is written to a channel can be read from it.
        F(ChannelWriter, "WriteAsync", P("item"), This),
        F(ChannelWriter, "TryWrite", P("item"), This),
        F(ChannelReader, "ReadAsync", This, Return),
        F(ChannelReader, "ReadAllAsync", This, Return),
        F(ChannelReader, "TryRead", This, P("item")));

    /// <summary>
    /// Types made to be shared between classes (a channel, a concurrent queue): their fields and parameters are one value
    /// per element type. Plain lists, queues and dictionaries stay one value per field, as a class's own state usually is.
    /// </summary>
    public static readonly ImmutableArray<ContainerFamily> SharedContainers = ImmutableArray.Create(
        new ContainerFamily("channel", "System.Threading.Channels.Channel`1", ChannelWriter, ChannelReader),
        new ContainerFamily("concurrent queue", ConcurrentQueue),
        new ContainerFamily("concurrent stack", ConcurrentStack),
        new ContainerFamily("concurrent bag", ConcurrentBag),
        new ContainerFamily("concurrent dictionary", ConcurrentDictionary),
        new ContainerFamily("blocking collection", BlockingCollection));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(CollectionTable), flowThrough: Verbs, sharedContainers: SharedContainers);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
