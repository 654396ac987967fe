namespace Preround.Privacy.Redaction;

/// <summary>The safe public reply to a patient review: thanks, an invitation to call, and no confirmation of anything.</summary>
public static class ReviewReplyAdvice
{
    /// <summary>A reply that confirms nothing about whether the reviewer was a patient.</summary>
    public const string SafeReply = "Thank you for taking the time to share your feedback. We take every concern seriously, but privacy laws keep us from discussing anyone's care here. Please call our office so that we can talk this through directly.";

    /// <summary>The residual note the redactor adds to review replies.</summary>
    public const string SafeReplyNote = "A public reply to a review must not confirm that the reviewer is a patient. Consider: \"" + SafeReply + "\"";
}
