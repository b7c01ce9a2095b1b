namespace Kapman.Web.Clients;

/// <summary>A message peeked from an error queue (left in place).</summary>
/// <param name="MessageId">AMQP message id, empty when unset.</param>
/// <param name="FaultMessage">MassTransit's <c>MT-Fault-Message</c> header (the exception message), empty when absent.</param>
/// <param name="Payload">The body as text, cut to a few hundred characters.</param>
public sealed record ErrorMessage(string MessageId, string FaultMessage, string Payload);
