package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Organisations stores the organisations this service signs for.
type Organisations struct{ pool *pgxpool.Pool }

// NewOrganisations returns the organisations stored in pool's database.
func NewOrganisations(pool *pgxpool.Pool) *Organisations { return &Organisations{pool: pool} }

// Create stores o and returns it with its id. ECONFLICT when its account is already stored.
func (s *Organisations) Create(ctx context.Context, o pedigree.Organisation) (pedigree.Organisation, error) {
	err := s.pool.QueryRow(ctx, `INSERT INTO organisations (name, gln, role, account) VALUES ($1, $2, $3, $4) RETURNING id`,
		o.Name, o.GLN, o.Role.String(), o.Account[:]).Scan(&o.ID)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return o, pedigree.Errorf(pedigree.ECONFLICT, "an organisation with account %s exists", o.Account)
	}
	if err != nil {
		return o, fmt.Errorf("store organisation %q: %w", o.Name, err)
	}
	return o, nil
}

// ByAccount returns the organisation whose key is account. ENOTFOUND when there is none.
func (s *Organisations) ByAccount(ctx context.Context, account pedigree.Address) (pedigree.Organisation, error) {
	o := pedigree.Organisation{Account: account}
	var role string
	err := s.pool.QueryRow(ctx, `SELECT id, name, gln, role FROM organisations WHERE account = $1`, account[:]).Scan(&o.ID, &o.Name, &o.GLN, &role)
	if errors.Is(err, pgx.ErrNoRows) {
		return o, pedigree.Errorf(pedigree.ENOTFOUND, "no organisation with account %s", account)
	}
	if err != nil {
		return o, fmt.Errorf("read organisation %s: %w", account, err)
	}
	o.Role, err = pedigree.ParseRole(role)
	return o, err
}

// NoteAction records that the organisation's latest action is in block (or a later one already
// recorded), so its next verifications can wait for the projection to show it.
func (s *Organisations) NoteAction(ctx context.Context, id int64, block uint64) error {
	_, err := s.pool.Exec(ctx, `UPDATE organisations SET last_action_block = greatest(last_action_block, $2) WHERE id = $1`, id, int64(block))
	if err != nil {
		return fmt.Errorf("record organisation %d's action in block %d: %w", id, block, err)
	}
	return nil
}

// BeginOnboarding records req's onboarding, or returns the one already recorded for its GLN.
// ECONFLICT when that one has other details.
func (s *Organisations) BeginOnboarding(ctx context.Context, req pedigree.OnboardRequest) (pedigree.Onboarding, error) {
	var account []byte
	if req.Account != nil {
		account = req.Account[:]
	}
	prefixes := req.Prefixes
	if prefixes == nil {
		prefixes = []string{}
	}
	_, err := s.pool.Exec(ctx, `
		INSERT INTO onboardings (gln, name, role, admin_email, prefixes, account, key_kept, step)
		VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN 'key' ELSE 'created' END) ON CONFLICT (gln) DO NOTHING`,
		req.GLN, req.Name, req.Role.String(), req.AdminEmail, prefixes, account, req.Account != nil)
	if err != nil {
		return pedigree.Onboarding{}, fmt.Errorf("record onboarding of GLN %s: %w", req.GLN, err)
	}
	o, err := s.onboarding(ctx, `gln = $1`, req.GLN)
	if err != nil {
		return o, err
	}
	r := o.Request
	same := r.Name == req.Name && r.Role == req.Role && r.AdminEmail == req.AdminEmail && slices.Equal(r.Prefixes, prefixes) &&
		(req.Account == nil || (r.Account != nil && *r.Account == *req.Account))
	if !same {
		return o, pedigree.Errorf(pedigree.ECONFLICT, "gln: %s is already being onboarded as %q (%s, administrator %s) with other details", r.GLN, r.Name, r.Role, r.AdminEmail)
	}
	return o, nil
}

const onboardingColumns = `id, gln, name, role, admin_email, prefixes, account, key_kept, step, organisation_id, coalesce(error, ''), updated_at`

// onboarding reads the onboarding where cond holds of args.
func (s *Organisations) onboarding(ctx context.Context, cond string, args ...any) (pedigree.Onboarding, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+onboardingColumns+` FROM onboardings WHERE `+cond+` ORDER BY updated_at DESC`, args...)
	if err != nil {
		return pedigree.Onboarding{}, fmt.Errorf("read onboarding: %w", err)
	}
	all, err := pgx.CollectRows(rows, scanOnboarding)
	if err != nil {
		return pedigree.Onboarding{}, fmt.Errorf("read onboarding: %w", err)
	}
	if len(all) == 0 {
		return pedigree.Onboarding{}, pedigree.Errorf(pedigree.ENOTFOUND, "no such onboarding")
	}
	return all[0], nil
}

func scanOnboarding(row pgx.CollectableRow) (pedigree.Onboarding, error) {
	var o pedigree.Onboarding
	var role, step string
	var account []byte
	var kept bool
	var orgID *int64
	err := row.Scan(&o.ID, &o.Request.GLN, &o.Request.Name, &role, &o.Request.AdminEmail, &o.Request.Prefixes, &account, &kept, &step, &orgID, &o.Error, &o.UpdatedAt)
	if err != nil {
		return o, err
	}
	if o.Request.Role, err = pedigree.ParseRole(role); err != nil {
		return o, err
	}
	if account != nil {
		a := pedigree.Address(account)
		o.Account = &a
		if kept {
			o.Request.Account = &a
		}
	}
	if orgID != nil {
		o.OrganisationID = *orgID
	}
	o.Step = pedigree.OnboardingStep(step)
	return o, nil
}

// Onboardings lists the onboardings, latest first.
func (s *Organisations) Onboardings(ctx context.Context) ([]pedigree.Onboarding, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+onboardingColumns+` FROM onboardings ORDER BY updated_at DESC LIMIT 200`)
	if err != nil {
		return nil, fmt.Errorf("list onboardings: %w", err)
	}
	return pgx.CollectRows(rows, scanOnboarding)
}

// OnboardingStep records that onboarding id reached step, with the account (StepKey) or the
// organisation (StepStored) it made; it clears the last failure.
func (s *Organisations) OnboardingStep(ctx context.Context, id int64, step pedigree.OnboardingStep, account *pedigree.Address, organisationID int64) error {
	var a []byte
	if account != nil {
		a = account[:]
	}
	var org *int64
	if organisationID != 0 {
		org = &organisationID
	}
	_, err := s.pool.Exec(ctx, `UPDATE onboardings SET step = $2, account = coalesce($3, account), organisation_id = coalesce($4, organisation_id),
		error = NULL, updated_at = now() WHERE id = $1`, id, string(step), a, org)
	if err != nil {
		return fmt.Errorf("record onboarding %d's step %s: %w", id, step, err)
	}
	return nil
}

// OnboardingFailed records why onboarding id stopped.
func (s *Organisations) OnboardingFailed(ctx context.Context, id int64, reason string) error {
	_, err := s.pool.Exec(ctx, `UPDATE onboardings SET error = $2, updated_at = now() WHERE id = $1`, id, storable(reason, 2000))
	if err != nil {
		return fmt.Errorf("record onboarding %d's failure: %w", id, err)
	}
	return nil
}

// UserByEmail returns the id of the organisation's user with email and whether they are still
// invited (no password). ENOTFOUND when there is none.
func (s *Organisations) UserByEmail(ctx context.Context, organisationID int64, email string) (id int64, invited bool, err error) {
	err = s.pool.QueryRow(ctx, `SELECT id, password_hash IS NULL FROM users WHERE organisation_id = $1 AND email = $2`,
		organisationID, normaliseEmail(email)).Scan(&id, &invited)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false, pedigree.Errorf(pedigree.ENOTFOUND, "no user %s in organisation %d", email, organisationID)
	}
	if err != nil {
		return 0, false, fmt.Errorf("read user %s: %w", email, err)
	}
	return id, invited, nil
}
