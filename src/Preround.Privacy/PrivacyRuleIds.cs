namespace Preround.Privacy;

/// <summary>
/// Ids of the privacy rules, held in one place. Blocks: PR1001-PR1099 privacy, PR1101-PR1199 clinical photos,
/// PR1201-PR1299 other confidential material (exam content, internal documents, colleagues' confidences).
/// Ids never change meaning.
/// </summary>
public static class PrivacyRuleIds
{
    /// <summary>A direct identifier (record number, phone, e-mail, SSN, address, date of birth...) in a post.</summary>
    public const string PatientIdentifier = "PR1001";

    /// <summary>A person's name used in patient context.</summary>
    public const string PatientName = "PR1002";

    /// <summary>Several weak details about one patient that together identify them (age + diagnosis + town + same day).</summary>
    public const string ReidentificationRisk = "PR1003";

    /// <summary>A rare, newsworthy or celebrity case tied to an encounter.</summary>
    public const string NewsworthyCase = "PR1004";

    /// <summary>A public reply to a patient review that confirms the visit, condition or treatment.</summary>
    public const string ReviewReplyDisclosure = "PR1005";

    /// <summary>Someone the author knows, or a public figure, disclosed as a patient; or a record looked up without a care reason.</summary>
    public const string KnownPersonAsPatient = "PR1006";

    /// <summary>A photo from a clinical area or of a patient, a specimen, a monitor or a record.</summary>
    public const string ClinicalPhoto = "PR1101";

    /// <summary>Something in a photo that identifies a patient: face, wristband, room number, tattoo, screen banner.</summary>
    public const string PhotoIdentifier = "PR1008";

    /// <summary>A screenshot or copy of a patient's message, portal note or record.</summary>
    public const string PatientMessageScreenshot = "PR1007";

    /// <summary>Exam or board questions shared from memory or in bulk.</summary>
    public const string ExamContent = "PR1201";

    /// <summary>Internal documents, unannounced decisions or material marked confidential.</summary>
    public const string InternalDocument = "PR1202";

    /// <summary>A colleague's or staff member's confidential matter (health, discipline, pay).</summary>
    public const string ColleagueConfidential = "PR1203";
}
