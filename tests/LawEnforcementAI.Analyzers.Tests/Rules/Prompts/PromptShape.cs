using System;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// One way of building and sending a vision request in one SDK, with the prompt as the C# expression <c>P</c>: with an
/// image part, or (for the text-only negatives) without one. The sending call is marked <c>{|#0:…|}</c>.
/// </summary>
public sealed class PromptShape(string name, string sink, Func<string, bool, string> body)
{
    public string Name { get; } = name;

    /// <summary>The sending method, as the message names it.</summary>
    public string Sink { get; } = sink;

    public string Body(string prompt, bool withImage) => body(prompt, withImage);

    public override string ToString() => Name;

    public static readonly PromptShape[] All =
    [
        new("OpenAI ChatClient, user message with text and image parts", "CompleteChatAsync", (p, image) =>
            (image
                ? $"List<OpenAI.Chat.ChatMessage> messages = [new UserChatMessage(ChatMessageContentPart.CreateTextPart({p}), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\"))];"
                : $"List<OpenAI.Chat.ChatMessage> messages = [new UserChatMessage({p})];")
            + "\nawait {|#0:chat.CompleteChatAsync(messages, cancellationToken: ct)|};"),

        new("OpenAI ChatClient, system message and an image added to the list", "CompleteChatAsync", (p, image) =>
            $"var messages = new List<OpenAI.Chat.ChatMessage> {{ new SystemChatMessage({p}) }};\n"
            + (image
                ? "messages.Add(OpenAI.Chat.ChatMessage.CreateUserMessage(ChatMessageContentPart.CreateImagePart(new Uri(\"https://evidence.contoso.org/frame.jpg\"))));"
                : "messages.Add(OpenAI.Chat.ChatMessage.CreateUserMessage(\"Answer briefly.\"));")
            + "\nawait {|#0:chat.CompleteChatAsync(messages)|};"),

        new("Microsoft.Extensions.AI, TextContent and DataContent in one message", "GetResponseAsync", (p, image) =>
            (image
                ? $"var message = new AI.ChatMessage(AI.ChatRole.User, [new AI.TextContent({p}), new AI.DataContent(bytes, \"image/jpeg\")]);"
                : $"var message = new AI.ChatMessage(AI.ChatRole.User, {p});")
            + "\nawait {|#0:client.GetResponseAsync(message, cancellationToken: ct)|};"),

        new("Microsoft.Extensions.AI, system message and UriContent", "GetResponseAsync", (p, image) =>
            $"List<AI.ChatMessage> history = [new(AI.ChatRole.System, {p}), "
            + (image
                ? "new(AI.ChatRole.User, [new AI.UriContent(new Uri(\"https://evidence.contoso.org/frame.jpg\"), \"image/jpeg\")])];"
                : "new(AI.ChatRole.User, \"Answer briefly.\")];")
            + "\nawait {|#0:client.GetResponseAsync(history)|};"),

        new("Semantic Kernel, ChatHistory.AddUserMessage with TextContent and ImageContent", "GetChatMessageContentsAsync", (p, image) =>
            "var history = new ChatHistory();\n"
            + (image
                ? $"history.AddUserMessage(new ChatMessageContentItemCollection {{ new SK.TextContent({p}), new SK.ImageContent(bytes, \"image/jpeg\") }});"
                : $"history.AddUserMessage({p});")
            + "\nawait {|#0:service.GetChatMessageContentsAsync(history, cancellationToken: ct)|};"),

        new("Semantic Kernel, system prompt in the ChatHistory constructor", "GetChatMessageContentsAsync", (p, image) =>
            $"var history = new ChatHistory({p});\n"
            + (image
                ? "history.AddUserMessage(new ChatMessageContentItemCollection { new SK.ImageContent(new Uri(\"https://evidence.contoso.org/frame.jpg\")) });"
                : "history.AddUserMessage(\"Answer briefly.\");")
            + "\nawait {|#0:service.GetChatMessageContentsAsync(history)|};"),

        new("Azure.AI.Inference, text and image content items", "CompleteAsync", (p, image) =>
            "var options = new ChatCompletionsOptions { Messages = { new ChatRequestSystemMessage(\"You assist investigators.\"), "
            + (image
                ? $"new ChatRequestUserMessage(new ChatMessageTextContentItem({p}), new ChatMessageImageContentItem(BinaryData.FromBytes(bytes), \"image/jpeg\")) }} }};"
                : $"new ChatRequestUserMessage({p}) }} }};")
            + "\nawait {|#0:inference.CompleteAsync(options)|};"),

        new("OpenAI Responses, input text and image parts", "CreateResponseAsync", (p, image) =>
            (image
                ? $"var items = new List<ResponseItem> {{ ResponseItem.CreateUserMessageItem([ResponseContentPart.CreateInputTextPart({p}), ResponseContentPart.CreateInputImagePart(BinaryData.FromBytes(bytes, \"image/jpeg\"), ResponseImageDetailLevel.High)]) }};"
                : $"var items = new List<ResponseItem> {{ ResponseItem.CreateUserMessageItem({p}) }};")
            + "\nawait {|#0:responses.CreateResponseAsync(\"gpt-4o\", items, cancellationToken: ct)|};"),

        new("REST, anonymous JSON body with an image_url part", "PostAsJsonAsync", (p, image) =>
            "var body = new { model = \"gpt-4o\", messages = new object[] { new { role = \"user\", content = "
            + (image
                ? $"new object[] {{ new {{ type = \"text\", text = {p} }}, new {{ type = \"image_url\", image_url = new {{ url = \"data:image/jpeg;base64,\" + Convert.ToBase64String(bytes) }} }} }}"
                : p)
            + " } } };\nawait {|#0:http.PostAsJsonAsync(\"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions\", body, ct)|};"),

        new("REST, JSON text in an interpolated string and a StringContent", "PostAsync", (p, image) =>
            "var json = $\"{{\\\"messages\\\":[{{\\\"role\\\":\\\"user\\\",\\\"content\\\":[{{\\\"type\\\":\\\"text\\\",\\\"text\\\":\\\"{" + p + "}\\\"}}"
            + (image ? ",{{\\\"type\\\":\\\"image_url\\\",\\\"image_url\\\":{{\\\"url\\\":\\\"data:image/jpeg;base64,{Convert.ToBase64String(bytes)}\\\"}}}}" : string.Empty)
            + "]}}]}}\";\nawait {|#0:http.PostAsync(\"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions\", new StringContent(json, Encoding.UTF8, \"application/json\"), ct)|};"),
    ];
}
