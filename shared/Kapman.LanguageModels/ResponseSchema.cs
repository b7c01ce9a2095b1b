namespace Kapman.LanguageModels;

/// <summary>A named JSON schema for structured output (OpenAI <c>response_format.json_schema</c>: name and schema).</summary>
public sealed record ResponseSchema(string Name, string Json);
