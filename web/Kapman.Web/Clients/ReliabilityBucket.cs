namespace Kapman.Web.Clients;

/// <summary>One confidence bucket of the reliability (calibration) table.</summary>
/// <param name="Lower">Lower confidence bound, 0-1.</param>
/// <param name="Upper">Upper confidence bound, 0-1.</param>
/// <param name="Count">Calls in the bucket.</param>
/// <param name="MeanConfidence">Mean predicted confidence, null when empty.</param>
/// <param name="ObservedFrequency">Share of correct calls, null when empty.</param>
public sealed record ReliabilityBucket(double Lower, double Upper, int Count, double? MeanConfidence, double? ObservedFrequency);
