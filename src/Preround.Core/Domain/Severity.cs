namespace Preround.Core.Domain;

/// <summary>How much harm a finding means. Severity is impact; how sure the rule is lives in <see cref="Finding.Confidence"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; does not change the verdict (an identifier outside patient context, a spelling slip).</summary>
    Info = 0,

    /// <summary>Likely to harm trust or breach a policy: reconsider before posting.</summary>
    Warn = 1,

    /// <summary>Posting as-is risks a confidentiality, regulatory or licensing breach: must not be posted as is.</summary>
    Block = 2,
}

/// <summary>The draft's overall judgement: the worst severity among its findings.</summary>
public enum Verdict
{
    /// <summary>Fine to post.</summary>
    Ok = 0,

    /// <summary>At least one warn finding, no block finding.</summary>
    Warn = 1,

    /// <summary>At least one block finding.</summary>
    Block = 2,
}
