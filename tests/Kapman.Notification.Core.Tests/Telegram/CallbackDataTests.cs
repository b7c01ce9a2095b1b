using System.Text;
using Kapman.Notification.Core.Telegram;

namespace Kapman.Notification.Core.Tests.Telegram;

public class CallbackDataTests
{
    [Test]
    public void Approve_and_reject_encode_to_34_bytes_within_the_bot_api_limit_of_64_and_read_back()
    {
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var approve = new CallbackData(CallbackAction.Approve, id).Encode();
        var reject = new CallbackData(CallbackAction.Reject, id).Encode();

        Assert.Multiple(() =>
        {
            Assert.That(approve, Is.EqualTo("a:0f8fad5bd9cb469fa16570867728950e"));
            Assert.That(reject, Is.EqualTo("r:0f8fad5bd9cb469fa16570867728950e"));
            Assert.That(Encoding.UTF8.GetByteCount(approve), Is.EqualTo(34).And.LessThanOrEqualTo(CallbackData.MaxBytes));
            Assert.That(CallbackData.TryParse(approve, out var a) ? a : null, Is.EqualTo(new CallbackData(CallbackAction.Approve, id)));
            Assert.That(CallbackData.TryParse(reject, out var r) ? r : null, Is.EqualTo(new CallbackData(CallbackAction.Reject, id)));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("x:0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("a-0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("a:0f8fad5bd9cb469fa16570867728950")]
    [TestCase("a:0f8fad5bd9cb469fa16570867728950g")]
    [TestCase("a:0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void Anything_else_is_not_a_button_of_this_bot(string? data) =>
        Assert.That(CallbackData.TryParse(data, out _), Is.False);
}
