namespace Kapman.Execution.Core.Fills;

/// <summary>
/// The paper model's answer: a fill, or why there is none (the order keeps resting). <see cref="Random"/> is the
/// generator after the draws, to pass to the next call.
/// </summary>
/// <param name="Fill">The fill, or null.</param>
/// <param name="Reason">Why nothing filled, or null.</param>
/// <param name="Random">The advanced generator.</param>
public sealed record PaperFillResult(PaperFill? Fill, string? Reason, SplitMix64 Random);
