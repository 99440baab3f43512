package pedigree

import (
	"context"
	"time"
)

// AuditEntry is one action of a user or an API token, as the audit log holds it.
type AuditEntry struct {
	ID             int64     `json:"id"`
	At             time.Time `json:"at"`
	OrganisationID int64     `json:"organisation_id,omitempty"` // 0: nobody known (a failed sign-in)
	Organisation   string    `json:"organisation,omitempty"`
	UserID         int64     `json:"user_id,omitempty"`
	TokenID        int64     `json:"api_token_id,omitempty"`
	Who            string    `json:"who"` // in words, as at the time
	// WhoWords are Who kept as its format and arguments, for a page to say in its reader's
	// language; nil for an entry recorded before they were kept.
	WhoWords *Words `json:"-"`
	Action   string `json:"action"` // the method and route pattern: "POST /api/v1/tokens/{id}/ship"
	Object   string `json:"object,omitempty"`
	Client   string `json:"client"` // the client's network address
	Status   int    `json:"status"` // the outcome: the answer's HTTP status
	// TokenHash is the SHA-256 of the API token acted with, when recording: the store turns
	// it into TokenID.
	TokenHash []byte `json:"-"`
}

// AuditFilter selects audit entries, newest first.
type AuditFilter struct {
	Organisation int64     // 0: every organisation's (a regulator's reading)
	From, To     time.Time // zero: unbounded; To is exclusive
	Action       string    // a part of the action, "" for any
	User         string    // a user id, or a part of who, "" for anyone
	Before       int64     // entries with a smaller id only (paging); 0: from the newest
	Limit        int       // at most MaxAuditPage; 0: DefaultAuditPage
}

// Audit log page sizes.
const (
	DefaultAuditPage = 100
	MaxAuditPage     = 1000
)

// AuditLog is the append-only record of every action: it has no way to change or remove an
// entry.
type AuditLog interface {
	// Record appends an entry.
	Record(ctx context.Context, e AuditEntry) error
	// List returns the entries f selects, newest first. EINVALID for a bad filter.
	List(ctx context.Context, f AuditFilter) ([]AuditEntry, error)
}

// WhoText returns who acted, said by say (a translation, as Words.Say takes), or Who as it is
// where its words were not kept.
func (e AuditEntry) WhoText(say func(format string, args ...any) string) string {
	if e.WhoWords == nil {
		return e.Who
	}
	return e.WhoWords.Say(say)
}
