using System.Text;
using Kapman.Notification.Core.Telegram;

namespace Kapman.Notification.Core.Tests.Commentary;

public class ReportCallbackDataTests
{
    private static readonly Guid Id = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Test]
    public void A_report_button_encodes_to_35_bytes_with_a_c_prefix_and_reads_back_as_a_report()
    {
        var approve = new CallbackData(CallbackAction.Approve, Id, CallbackSubject.Report).Encode();
        var reject = new CallbackData(CallbackAction.Reject, Id, CallbackSubject.Report).Encode();

        Assert.Multiple(() =>
        {
            Assert.That(approve, Is.EqualTo("ca:0f8fad5bd9cb469fa16570867728950e"));
            Assert.That(reject, Is.EqualTo("cr:0f8fad5bd9cb469fa16570867728950e"));
            Assert.That(Encoding.UTF8.GetByteCount(approve), Is.EqualTo(35).And.LessThanOrEqualTo(CallbackData.MaxBytes));
            Assert.That(CallbackData.TryParse(approve, out var a) ? a : null, Is.EqualTo(new CallbackData(CallbackAction.Approve, Id, CallbackSubject.Report)));
            Assert.That(CallbackData.TryParse(reject, out var r) ? r : null, Is.EqualTo(new CallbackData(CallbackAction.Reject, Id, CallbackSubject.Report)));
            Assert.That(CallbackData.TryParse("a:0f8fad5bd9cb469fa16570867728950e", out var rec) ? rec!.Subject : (CallbackSubject?)null,
                Is.EqualTo(CallbackSubject.Recommendation), "a recommendation's button is unchanged");
        });
    }

    [TestCase("cx:0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("ca-0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("xa:0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("cca:0f8fad5bd9cb469fa16570867728950")]
    public void Anything_else_is_not_a_report_button(string data) => Assert.That(CallbackData.TryParse(data, out _), Is.False);
}
