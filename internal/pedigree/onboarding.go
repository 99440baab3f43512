package pedigree

// OnboardingStage is a part of an onboarding as a page shows it happening. The recorded steps
// (OnboardingStep) are coarser: the participant's registration and its prefixes are one step.
type OnboardingStage string

// The stages, in order. StageMail is the page's, after the onboarding: the invitation e-mailed
// when the service sends mail.
const (
	StageKey      OnboardingStage = "key"
	StageRegister OnboardingStage = "register"
	StagePrefixes OnboardingStage = "prefixes"
	StageStore    OnboardingStage = "store"
	StageInvite   OnboardingStage = "invitation"
	StageMail     OnboardingStage = "mail"
)

// OnboardingStages are the stages of an onboarding, without StageMail.
var OnboardingStages = []OnboardingStage{StageKey, StageRegister, StagePrefixes, StageStore, StageInvite}

var stageTitles = map[OnboardingStage]string{
	StageKey: "Make the signing key", StageRegister: "Register the participant on chain", StagePrefixes: "Assign the GS1 company prefixes",
	StageStore: "Store the organisation", StageInvite: "Invite the first administrator", StageMail: "E-mail the invitation",
}

// Title says what the stage does, for people.
func (s OnboardingStage) Title() string {
	if t, ok := stageTitles[s]; ok {
		return t
	}
	return string(s)
}

// StageState is what a progress report says of a stage.
type StageState string

// The states a stage is reported in.
const (
	StageStarted StageState = "started"
	StageDone    StageState = "done"
	StageEarlier StageState = "earlier" // done by an earlier try: not done again
	StageSkipped StageState = "skipped" // nothing to do (no prefixes; a key the organisation keeps)
	StageFailed  StageState = "failed"
)

// OnboardingProgress is told each stage of an onboarding as it starts and ends.
type OnboardingProgress func(stage OnboardingStage, state StageState)
