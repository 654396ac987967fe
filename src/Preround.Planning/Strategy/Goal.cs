namespace Preround.Planning.Strategy;

/// <summary>Why the user posts at all; every suggested action is tied to one of these.</summary>
public enum Goal
{
    /// <summary>Explain health topics to patients and the public.</summary>
    PatientEducation,

    /// <summary>Meet and keep in touch with peers, mentors and sponsors.</summary>
    ProfessionalNetworking,

    /// <summary>Speak up for patients, the profession or public health.</summary>
    Advocacy,

    /// <summary>Share one's own and others' research.</summary>
    ResearchDissemination,

    /// <summary>Recruit colleagues or trainees, or grow a practice.</summary>
    RecruitmentOrPracticeGrowth,
}

/// <summary>Who the user writes for.</summary>
public enum Audience
{
    /// <summary>Parents of patients under 18.</summary>
    PatientsChildrenAndParents,

    /// <summary>Patients aged 18 to 39.</summary>
    PatientsYoungAdults,

    /// <summary>Patients aged 40 to 64.</summary>
    PatientsMidlife,

    /// <summary>Patients aged 65 and over.</summary>
    PatientsOlderAdults,

    /// <summary>Colleagues in one's own and neighbouring fields.</summary>
    Peers,

    /// <summary>Students, residents and other learners.</summary>
    Trainees,

    /// <summary>Anyone: journalists, policy makers, the curious.</summary>
    Public,
}
