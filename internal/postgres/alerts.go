package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Alerts keeps the alert cases scans raised. It implements pedigree.AlertService.
type Alerts struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ pedigree.AlertService = (*Alerts)(nil)

// NewAlerts returns the alert cases stored in pool's database, with clock now.
func NewAlerts(pool *pgxpool.Pool, now func() time.Time) *Alerts {
	return &Alerts{pool: pool, now: now}
}

// alertColumns are what scanAlert reads, from alerts a.
const alertColumns = `a.id, a.at, a.last_at, a.count, a.kind, a.gtin, coalesce(a.lot, ''), coalesce(a.serial, ''),
	coalesce(o.name, ''), a.message, a.words,
	(SELECT json_agg(json_build_object('at', r.at, 'organisation', ro.name, 'comment', r.comment) ORDER BY r.at, r.id)
	 FROM alert_reports r JOIN organisations ro ON ro.id = r.organisation_id WHERE r.alert_id = a.id),
	a.status, a.status_at, coalesce(a.reason, ''), a.batch_id, a.manufacturer,
	coalesce(mo.name, ''), coalesce(mo.gln, mp.gln, '')
	FROM alerts a LEFT JOIN organisations o ON o.id = a.organisation_id
	LEFT JOIN organisations mo ON mo.account = a.manufacturer
	LEFT JOIN participants mp ON mp.account = a.manufacturer AND mp.superseded_at IS NULL`

func scanAlert(row pgx.CollectableRow) (pedigree.Alert, error) {
	var a pedigree.Alert
	var kind, status, reason, mname, mgln string
	var reports, batch, manufacturer []byte
	err := row.Scan(&a.ID, &a.At, &a.LastAt, &a.Count, &kind, &a.GTIN, &a.Lot, &a.Serial, &a.Organisation, &a.Message, &a.Words, &reports,
		&status, &a.StatusAt, &reason, &batch, &manufacturer, &mname, &mgln)
	if err != nil {
		return a, err
	}
	if reports != nil {
		if err := json.Unmarshal(reports, &a.Reports); err != nil {
			return a, err
		}
	}
	if err := a.Kind.UnmarshalText([]byte(kind)); err != nil {
		return a, err
	}
	a.EUCode = a.Kind.EUCode()
	if err := a.Status.UnmarshalText([]byte(status)); err != nil {
		return a, err
	}
	if reason != "" {
		if err := a.Reason.UnmarshalText([]byte(reason)); err != nil {
			return a, err
		}
	}
	if len(batch) == 32 {
		var id pedigree.TokenID
		copy(id[:], batch)
		a.Batch = &id
	}
	if len(manufacturer) == 20 {
		a.Manufacturer = &pedigree.Party{Role: pedigree.RoleManufacturer, Name: mname, GLN: mgln, Account: pedigree.Address(manufacturer)}
	}
	return a, nil
}

// Alerts implements pedigree.AlertService.
func (s *Alerts) Alerts(ctx context.Context, f pedigree.AlertFilter) (pedigree.AlertPage, error) {
	switch {
	case f.Limit == 0:
		f.Limit = pedigree.DefaultAlertPage
	case f.Limit < 0 || f.Limit > pedigree.MaxAlertPage:
		return pedigree.AlertPage{}, pedigree.Errorf(pedigree.EINVALID, "limit: give a number from 1 to %d", pedigree.MaxAlertPage)
	}
	if f.Offset < 0 {
		return pedigree.AlertPage{}, pedigree.Errorf(pedigree.EINVALID, "offset: give a number from 0")
	}
	var where []string
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	if f.Manufacturer != (pedigree.Address{}) {
		where = append(where, "a.manufacturer = "+arg(f.Manufacturer[:]))
	}
	if f.ManufacturerGLN != "" {
		gln := arg(f.ManufacturerGLN)
		where = append(where, "a.manufacturer IN (SELECT account FROM participants WHERE superseded_at IS NULL AND gln = "+gln+
			" UNION SELECT account FROM organisations WHERE gln = "+gln+")")
	}
	if f.Status != "" {
		where = append(where, "a.status = "+arg(f.Status.String()))
	}
	if f.Kind != "" {
		where = append(where, "a.kind = "+arg(f.Kind.String()))
	}
	if f.Batch != (pedigree.TokenID{}) {
		where = append(where, "a.batch_id = "+arg(f.Batch[:]))
	}
	if f.GTIN != "" {
		where = append(where, "a.gtin = "+arg(f.GTIN))
	}
	if f.Lot != "" {
		where = append(where, "a.lot = "+arg(f.Lot))
	}
	if !f.From.IsZero() {
		where = append(where, "a.at >= "+arg(f.From))
	}
	if !f.To.IsZero() {
		where = append(where, "a.at < "+arg(f.To))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	out := pedigree.AlertPage{Offset: f.Offset, Limit: f.Limit}
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM alerts a`+cond, args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("count alerts: %w", err)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+alertColumns+cond+` ORDER BY a.at DESC, a.id DESC LIMIT `+arg(f.Limit)+` OFFSET `+arg(f.Offset), args...)
	if err != nil {
		return out, fmt.Errorf("read alerts: %w", err)
	}
	if out.Alerts, err = pgx.CollectRows(rows, scanAlert); err != nil {
		return out, fmt.Errorf("read alerts: %w", err)
	}
	return out, nil
}

// standing reads alert id's manufacturer and scanners and returns how org stands to it.
// ENOTFOUND when there is no such alert, or org is an outsider to it.
func standing(ctx context.Context, q querier, id int64, org pedigree.Organisation, lock bool) (pedigree.CaseStanding, pedigree.AlertStatus, error) {
	var manufacturer []byte
	var status string
	var scanners []int64
	sql := `SELECT a.manufacturer, a.status, ARRAY(
			SELECT DISTINCT s.organisation_id FROM scan_alerts sa JOIN scans s ON s.id = sa.scan_id
			WHERE sa.alert_id = a.id AND s.organisation_id IS NOT NULL
			UNION SELECT a.organisation_id WHERE a.organisation_id IS NOT NULL)
		FROM alerts a WHERE a.id = $1`
	if lock {
		sql += ` FOR UPDATE`
	}
	err := q.QueryRow(ctx, sql, id).Scan(&manufacturer, &status, &scanners)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, "", pedigree.Errorf(pedigree.ENOTFOUND, "alert: there is no alert %d", id)
	}
	if err != nil {
		return 0, "", fmt.Errorf("read alert: %w", err)
	}
	var m pedigree.Address
	copy(m[:], manufacturer)
	st := pedigree.StandingOf(org, m, scanners)
	if st == pedigree.CaseOutsider {
		return st, "", pedigree.Errorf(pedigree.ENOTFOUND, "alert: there is no alert %d of yours", id)
	}
	return st, pedigree.AlertStatus(status), nil
}

// Case implements pedigree.AlertService.
func (s *Alerts) Case(ctx context.Context, id int64, org pedigree.Organisation) (pedigree.Alert, pedigree.CaseStanding, error) {
	st, _, err := standing(ctx, s.pool, id, org, false)
	if err != nil {
		return pedigree.Alert{}, st, err
	}
	if !st.Sees() {
		return pedigree.Alert{ID: id}, st, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT `+alertColumns+` WHERE a.id = $1`, id)
	if err != nil {
		return pedigree.Alert{}, st, fmt.Errorf("read alert: %w", err)
	}
	a, err := pgx.CollectExactlyOneRow(rows, scanAlert)
	if err != nil {
		return a, st, fmt.Errorf("read alert: %w", err)
	}
	if a.History, err = s.history(ctx, id); err != nil {
		return a, st, err
	}
	return a, st, nil
}

// history returns a case's events and its scanners' comments, oldest first.
func (s *Alerts) history(ctx context.Context, id int64) ([]pedigree.CaseEvent, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT e.at, e.recorded_at, o.name, o.role, e.who, coalesce(e.from_status, ''), coalesce(e.status, ''), coalesce(e.reason, ''), coalesce(e.comment, ''), false
		FROM alert_events e JOIN organisations o ON o.id = e.organisation_id WHERE e.alert_id = $1
		UNION ALL
		SELECT r.at, r.recorded_at, o.name, o.role, coalesce(u.name, ''), '', '', '', r.comment, true
		FROM alert_reports r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN users u ON u.id = r.user_id WHERE r.alert_id = $1
		ORDER BY 1, 2`, id)
	if err != nil {
		return nil, fmt.Errorf("read alert history: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.CaseEvent, error) {
		var e pedigree.CaseEvent
		var recorded time.Time
		var role string
		var report bool
		err := row.Scan(&e.At, &recorded, &e.Organisation, &role, &e.Who, &e.From, &e.Status, &e.Reason, &e.Comment, &report)
		st := pedigree.CaseManufacturer
		switch {
		case report:
			st = pedigree.CaseScanner
		case role == pedigree.RoleRegulator.String():
			st = pedigree.CaseRegulator
		}
		return pedigree.NewCaseEvent(e, st), err
	})
	if err != nil {
		return nil, fmt.Errorf("read alert history: %w", err)
	}
	return out, nil
}

// ChangeStatus implements pedigree.AlertService: the case is locked, checked, moved and its
// event recorded in one transaction.
func (s *Alerts) ChangeStatus(ctx context.Context, id int64, by pedigree.CaseActor, c pedigree.CaseChange) (pedigree.Alert, error) {
	now := s.now()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		st, from, err := standing(ctx, tx, id, by.Organisation, true)
		if err != nil {
			return err
		}
		if !st.MayChangeStatus() {
			return pedigree.Errorf(pedigree.EFORBIDDEN, "alert: %s may comment on alert %d but not change its status: its manufacturer and the regulator do", by.Organisation.Name, id)
		}
		if err := c.Validate(from); err != nil {
			return err
		}
		var reason *string
		if c.Status == pedigree.StatusClosed {
			r := c.Reason.String()
			reason = &r
		}
		if _, err := tx.Exec(ctx, `UPDATE alerts SET status = $2, status_at = $3, reason = $4 WHERE id = $1`, id, c.Status.String(), now, reason); err != nil {
			var pgErr *pgconn.PgError
			if errors.As(err, &pgErr) && pgErr.Code == "23505" {
				return pedigree.Errorf(pedigree.ECONFLICT, "status: a newer case of the same finding (kind, batch and hour) is open; comment on that one instead of reopening this")
			}
			return fmt.Errorf("change alert status: %w", err)
		}
		return s.addEvent(ctx, tx, id, now, by, &c.Status, &from, reason, c.Comment)
	})
	if err != nil {
		return pedigree.Alert{}, err
	}
	a, _, err := s.Case(ctx, id, by.Organisation)
	return a, err
}

// addEvent records a manufacturer's or regulator's step in a case.
func (s *Alerts) addEvent(ctx context.Context, tx pgx.Tx, id int64, at time.Time, by pedigree.CaseActor, status, from *pedigree.AlertStatus, reason *string, comment string) error {
	var usr *int64
	if by.User != 0 {
		usr = &by.User
	}
	var text *string
	if t := strings.TrimSpace(comment); t != "" {
		text = &t
	}
	var st, fr *string
	if status != nil {
		a, b := status.String(), from.String()
		st, fr = &a, &b
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO alert_events (alert_id, at, organisation_id, user_id, who, from_status, status, reason, comment)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		id, at, by.Organisation.ID, usr, storable(by.Who, 500), fr, st, reason, text)
	if err != nil {
		return fmt.Errorf("record alert event: %w", err)
	}
	return nil
}

// Comment implements pedigree.AlertService: a scanning organisation's comment joins its
// reports, on its latest scan the case aggregates; the others' join the case's events.
func (s *Alerts) Comment(ctx context.Context, id int64, by pedigree.CaseActor, comment string) error {
	if err := pedigree.CheckCaseComment(comment); err != nil {
		return err
	}
	now := s.now()
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		st, _, err := standing(ctx, tx, id, by.Organisation, true)
		if err != nil {
			return err
		}
		if st != pedigree.CaseScanner {
			return s.addEvent(ctx, tx, id, now, by, nil, nil, nil, comment)
		}
		var usr *int64
		if by.User != 0 {
			usr = &by.User
		}
		_, err = tx.Exec(ctx, `
			INSERT INTO alert_reports (alert_id, scan_id, at, organisation_id, user_id, comment)
			SELECT $1, max(s.id), $2, $3, $4, $5 FROM scans s
			WHERE s.organisation_id = $3 AND (s.id IN (SELECT scan_id FROM scan_alerts WHERE alert_id = $1) OR s.id = (SELECT scan_id FROM alerts WHERE id = $1))`,
			id, now, by.Organisation.ID, usr, strings.TrimSpace(comment))
		if err != nil {
			return fmt.Errorf("comment on alert: %w", err)
		}
		return nil
	})
}

// NewCases implements pedigree.AlertService.
func (s *Alerts) NewCases(ctx context.Context, org pedigree.Organisation) (int, error) {
	var n int
	var err error
	switch org.Role {
	case pedigree.RoleRegulator:
		err = s.pool.QueryRow(ctx, `SELECT count(*) FROM alerts WHERE status = 'new'`).Scan(&n)
	case pedigree.RoleManufacturer:
		err = s.pool.QueryRow(ctx, `SELECT count(*) FROM alerts WHERE status = 'new' AND manufacturer = $1`, org.Account[:]).Scan(&n)
	}
	if err != nil {
		return 0, fmt.Errorf("count new alerts: %w", err)
	}
	return n, nil
}
