using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The one list of the tables the package ships. The order is the order rows are matched and listed in
/// docs/catalog.md; a test fails when a table under <c>Catalog/</c> holds rows that are not reached from here.
/// </summary>
internal static class CatalogTables
{
    public static ImmutableArray<CatalogTable> All { get; } = ImmutableArray.Create(
        CameraSourceTable.Table,
        OpenAIChatTable.Table,
        FlowThroughTable.Table,
        CollectionTable.Table,
        ExtensionsAITable.Table,
        SemanticKernelTable.Table,
        AzureInferenceTable.Table,
        OpenAIBeyondChatTable.Table,
        OpenAIAssistantsRealtimeTable.Table,
        AnthropicTable.Table,
        BedrockTable.Table,
        GoogleGenAITable.Table,
        HttpTable.Table,
        FileTable.Table,
        ContainerServiceTable.Table,
        UnknownOriginTable.Table,
        FaceRecognitionTable.Table,
        RekognitionTable.Table,
        FaceEnrolmentTable.Table,
        PromptPartTable.Table,
        UnityTable.Table,
        OpenAIUnityTable.Table);
}
