namespace Kapman.IntegrationTests;

/// <summary>One row of the fault-tolerance trial table printed for the closing note: what broke, for how long, and what came of it.</summary>
internal sealed record OutageTrial(string What, TimeSpan Down, int MessagesLost, int Duplicates, string FinalStatus, TimeSpan Recovery)
{
    public override string ToString() =>
        $"| {What} | {Down.TotalSeconds:0} s | {MessagesLost} | {Duplicates} | {FinalStatus} | {Recovery.TotalSeconds:0} s |";
}
