namespace Preround.Rules.Professionalism;

/// <summary>Families of cue words the professionalism rules look for; one pass over the tokens sets them.</summary>
[Flags]
internal enum Cue
{
    None = 0,
    Profane = 1 << 0,
    Masked = 1 << 1,
    Insult = 1 << 2,
    Harm = 1 << 3,
    Political = 1 << 4,
    Profession = 1 << 5,
    PatientLabel = 1 << 6,
    Mockery = 1 << 7,
    Workplace = 1 << 8,
    Substance = 1 << 9,
    Sexual = 1 << 10,
    Match = 1 << 11,
    Quit = 1 << 12,
    JobHunt = 1 << 13,
    Contract = 1 << 14,
    Sarcasm = 1 << 15,
}
