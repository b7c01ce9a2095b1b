using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>What <c>deploy/k8s/validate/validate.mjs</c> said about a set of objects.</summary>
/// <param name="ExitCode">0 when every object is valid.</param>
/// <param name="Objects">How many objects it read.</param>
/// <param name="Kinds">Kind → how many objects of it.</param>
/// <param name="Errors">"Kind/name: reason" of each invalid object.</param>
/// <param name="Parsed">The objects it read, as JSON.</param>
internal sealed record ValidationReport(int ExitCode, int Objects, IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<string> Errors, JsonArray Parsed);
