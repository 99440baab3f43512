package pedigree

import (
	"context"
	"time"
)

// UserRole is what a user or an API token may do within their organisation: viewers read and
// verify, operators also act on the chain (register, ship, accept, dispense...),
// administrators also manage the organisation's people and API tokens. An API token has a
// role of its own, chosen when it is issued (TokenCaller).
type UserRole uint8

// The roles within an organisation, least first.
const (
	UserViewer UserRole = iota + 1
	UserOperator
	UserAdministrator
)

var userRoleNames = map[UserRole]string{UserViewer: "viewer", UserOperator: "operator", UserAdministrator: "administrator"}

// String returns the role's name: "viewer", "operator" or "administrator".
func (r UserRole) String() string {
	if s, ok := userRoleNames[r]; ok {
		return s
	}
	return "none"
}

// Article returns the role with its indefinite article: "an administrator", "an operator",
// "a viewer".
func Article(r UserRole) string {
	if r == UserAdministrator || r == UserOperator {
		return "an " + r.String()
	}
	return "a " + r.String()
}

// UserRoleName returns the role's name, and whether r is a role at all.
func UserRoleName(r UserRole) (string, bool) {
	s, ok := userRoleNames[r]
	return s, ok
}

// MarshalText implements encoding.TextMarshaler.
func (r UserRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *UserRole) UnmarshalText(b []byte) error {
	v, err := ParseUserRole(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseUserRole returns the role named s. EINVALID for any other name.
func ParseUserRole(s string) (UserRole, error) {
	for r, name := range userRoleNames {
		if name == s {
			return r, nil
		}
	}
	return 0, Errorf(EINVALID, "%q is not a role within an organisation: administrator, operator or viewer", s)
}

// UserAction is something a user does that their role within the organisation governs.
type UserAction uint8

// The actions CanDo decides.
const (
	ActRead            UserAction = iota + 1 // see the organisation's batches, shipments, alerts; verify packs as the organisation
	ActChain                                 // register, split, ship, accept, dispense, undo, recall, onboard, register participants...
	ActManagePeople                          // invite, change roles, disable, issue reset links, list and end sessions
	ActManageTokens                          // create, list and revoke API tokens
	ActOwnAccount                            // change one's own password, see one's own sessions
	ActManageKeys                            // list, add and retire signing keys (MayManageKeys says whose)
	ActManageDirectory                       // keep the lookup directory: other deployments' responders and their tokens (a regulator's)
)

// CanDo reports whether a user of role may do act. It is the one place the rule lives:
// viewers read, operators act, administrators also manage people and tokens; everyone manages
// their own account. A user never acts on another organisation's people: callers check that
// the target is in the user's organisation.
func CanDo(role UserRole, act UserAction) bool {
	switch act {
	case ActRead, ActOwnAccount:
		return role >= UserViewer && role <= UserAdministrator
	case ActChain:
		return role == UserOperator || role == UserAdministrator
	case ActManagePeople, ActManageTokens, ActManageKeys, ActManageDirectory:
		return role == UserAdministrator
	}
	return false
}

// Link lifetimes: an invitation to set a first password, and a password-reset link.
const (
	InvitationLife = 72 * time.Hour
	ResetLife      = time.Hour
)

// LinkKind is what a one-time link is for.
type LinkKind string

// The kinds of one-time link.
const (
	LinkInvitation LinkKind = "invitation"
	LinkReset      LinkKind = "reset"
)

// Person is a user as their administrator sees them.
type Person struct {
	ID        int64
	Email     string
	Name      string
	Role      UserRole
	Disabled  bool
	Invited   bool // no password set yet
	CreatedAt time.Time
}

// SessionInfo is a live session as the list of sessions shows it; ID identifies it for ending
// it without giving away its secret.
type SessionInfo struct {
	ID        string
	UserID    int64
	CreatedAt time.Time
	LastSeen  time.Time
}

// People manages the users within organisations. Every method acting on a user takes the
// organisation of the caller and answers ENOTFOUND for a user of another organisation.
type People interface {
	// Invite adds a user without a password and returns a one-time invitation token
	// (InvitationLife). EINVALID for a malformed email; ECONFLICT when the email is taken.
	Invite(ctx context.Context, organisationID int64, email, name string, role UserRole) (Person, string, error)
	// Reinvite issues a new invitation token to an invited user (the earlier ones end).
	Reinvite(ctx context.Context, organisationID, userID int64) (string, error)
	// ResetLink issues a one-time password-reset token (ResetLife), ending earlier ones.
	ResetLink(ctx context.Context, organisationID, userID int64) (string, error)
	// LinkUser returns the user a live link token is for. ENOTFOUND when it is unknown, used
	// or expired.
	LinkUser(ctx context.Context, token string) (Person, LinkKind, error)
	// UseLink sets the password of the link's user and uses the link up; it ends the user's
	// sessions. ENOTFOUND as LinkUser; EINVALID for a password CheckPassword refuses.
	UseLink(ctx context.Context, token, password string) (Person, error)
	// List returns the organisation's users.
	List(ctx context.Context, organisationID int64) ([]Person, error)
	// SetRole changes a user's role; EINVALID when it would leave no administrator.
	SetRole(ctx context.Context, organisationID, userID int64, role UserRole) error
	// Disable disables a user (or enables again) and ends their sessions; EINVALID when it
	// would leave no administrator.
	Disable(ctx context.Context, organisationID, userID int64, disabled bool) error
	// ChangePassword sets a user's password, the current one required. EUNAUTHORIZED for a
	// wrong current password.
	ChangePassword(ctx context.Context, userID int64, current, next string) error
	// Sessions lists the live sessions of the organisation's users (userID 0: all of them).
	Sessions(ctx context.Context, organisationID, userID int64) ([]SessionInfo, error)
	// EndSession ends a session of the organisation's users.
	EndSession(ctx context.Context, organisationID int64, id string) error
}

// OnboardingStep is how far an organisation's onboarding got; each step is done once.
type OnboardingStep string

// The steps of an onboarding, in order.
const (
	StepCreated OnboardingStep = "created"  // the request is recorded
	StepKey     OnboardingStep = "key"      // the organisation has an account: a key made here or one it keeps
	StepOnChain OnboardingStep = "on_chain" // registered as a participant, prefixes assigned
	StepStored  OnboardingStep = "stored"   // the organisation is stored
	StepInvited OnboardingStep = "invited"  // its first administrator is invited
)

// OnboardingSteps are the steps in order, for pages showing progress.
var OnboardingSteps = []OnboardingStep{StepCreated, StepKey, StepOnChain, StepStored, StepInvited}

// OnboardRequest is what a regulator enters to onboard an organisation.
type OnboardRequest struct {
	Name       string
	Role       Role
	GLN        string
	AdminEmail string
	Prefixes   []string // GS1 company prefixes, manufacturers only
	Account    *Address // the organisation keeps its key: its address; nil: make a key here
	// Progress, when set, is told each stage as it happens (a page showing progress).
	Progress OnboardingProgress
}

// Onboarding is an organisation's onboarding as recorded.
type Onboarding struct {
	ID             int64
	Request        OnboardRequest
	Account        *Address // once StepKey is done
	Step           OnboardingStep
	OrganisationID int64  // once StepStored is done
	Error          string // the last failure, "" after a step succeeds
	UpdatedAt      time.Time
	// InvitationToken is the administrator's one-time invitation token, issued by the call
	// that returned this (never stored in clear): "" when the administrator has a password.
	InvitationToken string
	// Funding says what the new account needs before it can act, "" when nothing.
	Funding string
}

// Onboarder onboards organisations: regulators only.
type Onboarder interface {
	// Onboard runs (or resumes, by GLN) an onboarding to its end. EFORBIDDEN for a caller not
	// a regulator; EINVALID naming the field; ECONFLICT when the GLN is being onboarded with
	// other details; EUNAVAILABLE when a key is to be made and no keystore is configured. On a
	// failure the steps done stay done: the same request again resumes.
	Onboard(ctx context.Context, regulator Organisation, req OnboardRequest) (Onboarding, error)
	// Onboardings lists the onboardings, latest first.
	Onboardings(ctx context.Context) ([]Onboarding, error)
}

// TokenInfo is an API token as its organisation's administrators see it: never the secret.
type TokenInfo struct {
	ID        int64
	Name      string
	Prefix    string // the first characters, to tell tokens apart
	Role      UserRole
	UserID    int64  // a personal token's user; 0: the organisation's token
	UserEmail string // a personal token's user's email
	CreatedAt time.Time
	LastUsed  *time.Time
}

// NewToken is an API token to issue.
type NewToken struct {
	OrganisationID int64
	Name           string
	// Role is what the token may do within the organisation (CanDo). Programs that only
	// verify and act need an operator's; only a program managing people needs an
	// administrator's.
	Role UserRole
	// UserID makes a personal token: it acts for that user, with the lesser of Role and the
	// user's role at the time, and not at all while the user is disabled. 0: the
	// organisation's token (a machine client), which acts with Role alone.
	UserID int64
}

// TokenCaller is who a request with an API token acts as.
type TokenCaller struct {
	TokenID      int64
	Organisation Organisation
	// Role is the token's role; a personal token's is capped by its user's.
	Role UserRole
	// User is a personal token's user (with Role as the role the token acts with); nil for
	// the organisation's token, which is no person: it has no sessions and no second factor.
	User *User
}

// TokenAdmin is what administrators do with their organisation's API tokens.
type TokenAdmin interface {
	// Create issues a token and returns it: the only time it is shown. EINVALID for a role
	// that is not one, or a user not of the organisation.
	Create(ctx context.Context, t NewToken) (string, error)
	// List returns the organisation's live tokens, newest first.
	List(ctx context.Context, organisationID int64) ([]TokenInfo, error)
	// RevokeID revokes the organisation's token id. ENOTFOUND when it has no such live token.
	RevokeID(ctx context.Context, organisationID, id int64) error
}
