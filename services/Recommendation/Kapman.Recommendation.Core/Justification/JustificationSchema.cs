namespace Kapman.Recommendation.Core.Justification;

/// <summary>The JSON schema a model must answer in (OpenAI strict structured output; given verbatim to Anthropic).</summary>
public static class JustificationSchema
{
    /// <summary>Schema name.</summary>
    public const string Name = "recommendation_justification";

    /// <summary>
    /// Object with summary, rationale, risks (strings), contracts (array of {occ_symbol, expiration yyyy-MM-dd,
    /// strike, right}) and the numbers the text relies on (null when not stated; max_profit_per_contract null when unbounded).
    /// </summary>
    public const string Json = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["summary", "rationale", "risks", "contracts", "confidence", "breakeven", "max_loss_per_contract", "max_profit_per_contract"],
          "properties": {
            "summary": { "type": "string" },
            "rationale": { "type": "string" },
            "risks": { "type": "string" },
            "contracts": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["occ_symbol", "expiration", "strike", "right"],
                "properties": {
                  "occ_symbol": { "type": "string" },
                  "expiration": { "type": "string" },
                  "strike": { "type": "number" },
                  "right": { "type": "string", "enum": ["call", "put"] }
                }
              }
            },
            "confidence": { "type": ["number", "null"] },
            "breakeven": { "type": ["number", "null"] },
            "max_loss_per_contract": { "type": ["number", "null"] },
            "max_profit_per_contract": { "type": ["number", "null"] }
          }
        }
        """;
}
