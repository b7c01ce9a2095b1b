namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>One row of the reliability table: calls with p in [Lower, Upper) (the last bucket includes 1).</summary>
/// <param name="Lower">Bucket's lower edge.</param>
/// <param name="Upper">Bucket's upper edge.</param>
/// <param name="Count">Calls in the bucket.</param>
/// <param name="MeanConfidence">Mean p of the bucket (x of a calibration plot), null when empty.</param>
/// <param name="ObservedFrequency">Share with o = 1 (y of a calibration plot), null when empty.</param>
public sealed record ReliabilityBucket(double Lower, double Upper, int Count, double? MeanConfidence, double? ObservedFrequency);
