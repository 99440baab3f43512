package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Audit is the audit log in PostgreSQL (audit_log). It implements pedigree.AuditLog: it
// inserts and reads, nothing else, and the table's triggers refuse UPDATE, DELETE and
// TRUNCATE to anyone who tries another way.
type Audit struct {
	pool *pgxpool.Pool
	now  func() time.Time
	// Writes, when set, commits entries in groups with other requests' writes (group commit);
	// nil: each in a transaction of its own. Either way Record returns once it is committed.
	Writes *Committer
}

var _ pedigree.AuditLog = (*Audit)(nil)

// NewAudit returns the audit log of pool's database, with now telling the time (nil:
// time.Now).
func NewAudit(pool *pgxpool.Pool, now func() time.Time) *Audit {
	if now == nil {
		now = time.Now
	}
	return &Audit{pool: pool, now: now}
}

// Record implements pedigree.AuditLog.
func (a *Audit) Record(ctx context.Context, e pedigree.AuditEntry) error {
	if e.At.IsZero() {
		e.At = a.now()
	}
	who := storable(e.Who, 500)
	if who == "" {
		who = "unknown"
	}
	var org, usr *int64
	if e.OrganisationID != 0 {
		org = &e.OrganisationID
	}
	if e.UserID != 0 {
		usr = &e.UserID
	}
	var tokenHash []byte
	if usr == nil && len(e.TokenHash) == 32 {
		tokenHash = e.TokenHash
	}
	words, err := wordsJSON(e.WhoWords)
	if err != nil {
		return fmt.Errorf("record audit entry %s: %w", e.Action, err)
	}
	const record = `
		INSERT INTO audit_log (at, organisation_id, user_id, api_token_id, who, action, object, client, status, who_words)
		VALUES ($1, $2, $3, (SELECT id FROM api_tokens WHERE hash = $4), $5, $6, $7, $8, $9, $10)`
	args := []any{e.At, org, usr, tokenHash, who, storable(e.Action, 200), storable(e.Object, 200), storable(e.Client, 200), e.Status, words}
	if a.Writes != nil {
		err = a.Writes.Do(ctx, nil, record, args, nil)
	} else {
		_, err = a.pool.Exec(ctx, record, args...)
	}
	if err != nil {
		return fmt.Errorf("record audit entry %s: %w", e.Action, err)
	}
	return nil
}

// List implements pedigree.AuditLog.
func (a *Audit) List(ctx context.Context, f pedigree.AuditFilter) ([]pedigree.AuditEntry, error) {
	switch {
	case f.Limit < 0 || f.Limit > pedigree.MaxAuditPage:
		return nil, pedigree.Errorf(pedigree.EINVALID, "limit: give 1 to %d", pedigree.MaxAuditPage)
	case f.Limit == 0:
		f.Limit = pedigree.DefaultAuditPage
	case f.Before < 0:
		return nil, pedigree.Errorf(pedigree.EINVALID, "before: give an entry id")
	}
	var where []string
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	if f.Organisation != 0 {
		where = append(where, "l.organisation_id = "+arg(f.Organisation))
	}
	if !f.From.IsZero() {
		where = append(where, "l.at >= "+arg(f.From))
	}
	if !f.To.IsZero() {
		where = append(where, "l.at < "+arg(f.To))
	}
	if f.Action != "" {
		where = append(where, "strpos(lower(l.action), lower("+arg(f.Action)+")) > 0")
	}
	if f.User != "" {
		if id, err := strconv.ParseInt(f.User, 10, 64); err == nil {
			where = append(where, "l.user_id = "+arg(id))
		} else {
			where = append(where, "strpos(lower(l.who), lower("+arg(storable(f.User, 500))+")) > 0")
		}
	}
	if f.Before > 0 {
		where = append(where, "l.id < "+arg(f.Before))
	}
	q := `SELECT l.id, l.at, coalesce(l.organisation_id, 0), coalesce(o.name, ''), coalesce(l.user_id, 0),
		coalesce(l.api_token_id, 0), l.who, l.action, l.object, l.client, l.status, l.who_words
		FROM audit_log l LEFT JOIN organisations o ON o.id = l.organisation_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY l.id DESC LIMIT " + arg(f.Limit)
	rows, err := a.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	entries, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.AuditEntry, error) {
		var e pedigree.AuditEntry
		err := row.Scan(&e.ID, &e.At, &e.OrganisationID, &e.Organisation, &e.UserID, &e.TokenID, &e.Who, &e.Action, &e.Object, &e.Client, &e.Status, &e.WhoWords)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	return entries, nil
}

// wordsJSON returns w as JSON for a jsonb column, nil for no words.
func wordsJSON(w *pedigree.Words) ([]byte, error) {
	if w == nil {
		return nil, nil
	}
	return json.Marshal(w)
}
