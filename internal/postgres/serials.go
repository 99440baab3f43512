package postgres

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Serials guards the batches' serial lists: labels to the batch's manufacturer alone, each
// download recorded in label_downloads first (append-only); one serial's whereabouts to
// regulators. It implements pedigree.SerialService.
type Serials struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ pedigree.SerialService = (*Serials)(nil)

// NewSerials returns the serial lists stored in pool's database; now is the clock of the
// download record.
func NewSerials(pool *pgxpool.Pool, now func() time.Time) *Serials {
	return &Serials{pool: pool, now: now}
}

// querier is what a read needs: the pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// access reads what org may see of batch's serials, and the batch's quantity.
func access(ctx context.Context, q querier, org pedigree.Organisation, batch pedigree.TokenID) (pedigree.SerialAccess, bool, int, error) {
	var manufacturer []byte
	var active bool
	var quantity int
	err := q.QueryRow(ctx, `
		SELECT b.manufacturer, b.quantity, EXISTS (
			SELECT 1 FROM participants p WHERE p.superseded_at IS NULL AND p.account = $2 AND NOT p.suspended)
		FROM batches b WHERE b.superseded_at IS NULL AND b.batch_id = $1`, batch[:], org.Account[:]).Scan(&manufacturer, &quantity, &active)
	if errors.Is(err, pgx.ErrNoRows) {
		return pedigree.SerialsNone, false, 0, pedigree.Errorf(pedigree.ENOTFOUND, "no batch %s is on chain", batch)
	}
	if err != nil {
		return pedigree.SerialsNone, false, 0, fmt.Errorf("read access to batch %s: %w", batch, err)
	}
	return pedigree.SerialAccessOf(org, active, pedigree.Address(manufacturer)), active, quantity, nil
}

// refused is the error of org asking for what it may not see: what ("labels"), which goes
// only to whom ("its manufacturer").
func refused(org pedigree.Organisation, active bool, what, whom string) error {
	if !active {
		return pedigree.Errorf(pedigree.EFORBIDDEN, "%s is suspended or no active participant on chain: it may not have %s of any batch", org.Name, what)
	}
	return pedigree.Errorf(pedigree.EFORBIDDEN, "%s of a batch go only to %s, and %s is not", what, whom, org.Name)
}

// Access implements pedigree.SerialService.
func (s *Serials) Access(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, want pedigree.SerialAccess) (pedigree.SerialAccess, error) {
	a, active, _, err := access(ctx, s.pool, org, batch)
	switch {
	case err != nil:
		return a, err
	case a >= want:
		return a, nil
	case want == pedigree.SerialsAll:
		return a, refused(org, active, "labels", "its manufacturer")
	}
	return a, refused(org, active, "serial look-ups and records of label downloads", "its manufacturer and regulators")
}

// Labels implements pedigree.SerialService: in one transaction, the access is checked, the
// download recorded and the serials read, so no serial leaves unrecorded.
func (s *Serials) Labels(ctx context.Context, req pedigree.LabelRequest) ([]string, error) {
	var out []string
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		a, active, quantity, err := access(ctx, tx, req.Organisation, req.Batch)
		if err != nil {
			return err
		}
		if a < pedigree.SerialsAll {
			return refused(req.Organisation, active, "labels", "its manufacturer")
		}
		if err := (pedigree.LabelRange{From: req.From, To: req.To}).Validate(quantity); err != nil {
			return err
		}
		if _, err := pedigree.ParseLabelFormat(string(req.Format)); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT serial FROM serials WHERE batch_id = $1 AND pack_index >= $2 AND pack_index < $3 ORDER BY pack_index`,
			req.Batch[:], req.From, req.To)
		if err != nil {
			return fmt.Errorf("read serials of %s: %w", req.Batch, err)
		}
		if out, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
			return fmt.Errorf("read serials of %s: %w", req.Batch, err)
		}
		if len(out) != req.To-req.From {
			return pedigree.Errorf(pedigree.ENOTFOUND, "the serials of batch %s are not stored here: labels can be printed only where the batch was registered", req.Batch)
		}
		var token []byte
		if req.APIToken != "" {
			h := sha256.Sum256([]byte(req.APIToken))
			token = h[:]
		}
		var user *int64
		if req.UserID != 0 {
			user = &req.UserID
		}
		// Who, in words as they are now: the record outlives renames and revoked tokens.
		tag, err := tx.Exec(ctx, `
			INSERT INTO label_downloads (at, batch_id, organisation_id, user_id, api_token_id, who, range_start, range_end, format, client)
			SELECT $1, $2, o.id, u.id, t.id,
			       CASE WHEN u.id IS NOT NULL THEN 'user ' || u.email
			            WHEN t.id IS NOT NULL THEN 'API token ' || t.prefix || '… "' || t.name || '"'
			            ELSE 'organisation' END || ' (' || o.name || ')',
			       $6, $7, $8, $9
			FROM organisations o
			LEFT JOIN users u ON u.id = $4 AND u.organisation_id = o.id
			LEFT JOIN api_tokens t ON t.hash = $5 AND t.organisation_id = o.id
			WHERE o.id = $3`,
			s.now(), req.Batch[:], req.Organisation.ID, user, token, req.From, req.To, string(req.Format), clip(req.Client, 200))
		if err != nil {
			return fmt.Errorf("record the label download: %w", err)
		}
		if tag.RowsAffected() != 1 {
			return pedigree.Errorf(pedigree.EFORBIDDEN, "organisation %d is not known here", req.Organisation.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RecordOperator records a download by an operator at the database ('pedigree label'), who
// needs no organisation: who says who, client where from.
func (s *Serials) RecordOperator(ctx context.Context, batch pedigree.TokenID, from, to int, format pedigree.LabelFormat, who, client string) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO label_downloads (at, batch_id, who, range_start, range_end, format, client)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, s.now(), batch[:], clip(who, 500), from, to, string(format), clip(client, 200))
	if err != nil {
		return fmt.Errorf("record the label download: %w", err)
	}
	return nil
}

// LookUp implements pedigree.SerialService.
func (s *Serials) LookUp(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, serial string) (pedigree.SerialLookup, error) {
	out := pedigree.SerialLookup{Batch: batch, Serial: serial, State: pedigree.PackActive}
	a, active, _, err := access(ctx, s.pool, org, batch)
	if err != nil {
		return out, err
	}
	if a < pedigree.SerialsLookUp {
		return out, refused(org, active, "serial look-ups", "its manufacturer and regulators")
	}
	var index int32
	var state *string
	var day *time.Time
	var token []byte
	var h, p partyRow
	err = s.pool.QueryRow(ctx, `
		SELECT s.pack_index, ps.state, ps.day, t.token_id, t.holder, hp.role, hp.gln, ho.name, t.pending_to, pp.role, pp.gln, po.name
		FROM serials s
		JOIN batches b ON b.superseded_at IS NULL AND b.batch_id = s.batch_id
		LEFT JOIN pack_states ps ON ps.superseded_at IS NULL AND ps.batch_id = s.batch_id AND ps.pack_index = s.pack_index
		LEFT JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = s.batch_id AND t.range_start <= s.pack_index AND t.range_end > s.pack_index
		LEFT JOIN participants hp ON hp.superseded_at IS NULL AND hp.account = t.holder
		LEFT JOIN organisations ho ON ho.account = t.holder
		LEFT JOIN participants pp ON pp.superseded_at IS NULL AND pp.account = t.pending_to
		LEFT JOIN organisations po ON po.account = t.pending_to
		WHERE s.batch_id = $1 AND s.serial = $2`, batch[:], serial).
		Scan(append(append([]any{&index, &state, &day, &token}, h.dest()...), p.dest()...)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return out, pedigree.Errorf(pedigree.ENOTFOUND, "batch %s has no serial %q", batch, serial)
	}
	if err != nil {
		return out, fmt.Errorf("look up a serial of batch %s: %w", batch, err)
	}
	if token == nil {
		return out, pedigree.Errorf(pedigree.EINTERNAL, "no token covers pack %d of batch %s in the projection", index, batch)
	}
	out.Index, out.Token = int(index), pedigree.TokenID(token)
	if state != nil {
		if out.State, err = pedigree.ParsePackState(*state); err != nil {
			return out, err
		}
		if out.State != pedigree.PackActive && day != nil {
			d := pedigree.DateOf(*day)
			out.StateDay = &d
		}
	}
	if out.Custodian, err = h.party(); err != nil {
		return out, err
	}
	out.Pending, err = p.optionalParty()
	return out, err
}

// FindSerial implements pedigree.SerialService: each batch holding the serial (the index
// serials_serial finds them), then for each, where the pack is (LookUp), its batch, the custody
// events whose range covered it and every state it was set to.
func (s *Serials) FindSerial(ctx context.Context, org pedigree.Organisation, serial string) ([]pedigree.PackStory, error) {
	var active bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM participants p WHERE p.superseded_at IS NULL AND p.account = $1 AND NOT p.suspended)`,
		org.Account[:]).Scan(&active)
	if err != nil {
		return nil, fmt.Errorf("read whether %s is active: %w", org.Name, err)
	}
	switch {
	case !active:
		return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "%s is suspended or no active participant on chain: it may not search serials", org.Name)
	case !pedigree.MayFindSerials(org, active):
		return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "only regulators search every batch for a serial, and %s is a %s", org.Name, org.Role)
	}
	if !gs1.ValidSerial(serial) {
		return nil, pedigree.Errorf(pedigree.EINVALID, "serial: a serial is 1 to 20 characters of GS1's set (letters, digits and !\"%%&'()*+,-./:;<=>?_)")
	}
	rows, err := s.pool.Query(ctx, `
		SELECT s.batch_id FROM serials s JOIN batches b ON b.superseded_at IS NULL AND b.batch_id = s.batch_id
		WHERE s.serial = $1 ORDER BY b.registered_block DESC, b.batch_id LIMIT $2`, serial, pedigree.MaxSerialMatches)
	if err != nil {
		return nil, fmt.Errorf("find serial: %w", err)
	}
	batches, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, fmt.Errorf("find serial: %w", err)
	}
	out := make([]pedigree.PackStory, 0, len(batches))
	for _, b := range batches {
		story, err := s.story(ctx, org, pedigree.TokenID(b), serial)
		if err != nil {
			return nil, err
		}
		out = append(out, story)
	}
	return out, nil
}

// story tells the story of the pack of batch with serial.
func (s *Serials) story(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, serial string) (pedigree.PackStory, error) {
	var out pedigree.PackStory
	var err error
	if out.SerialLookup, err = s.LookUp(ctx, org, batch, serial); err != nil {
		return out, err
	}
	var info batchInfoRow
	if err := s.pool.QueryRow(ctx, `SELECT `+batchColumns+` FROM `+batchJoins+` WHERE b.superseded_at IS NULL AND b.batch_id = $1`, batch[:]).
		Scan(info.dest()...); err != nil {
		return out, fmt.Errorf("read batch %s: %w", batch, err)
	}
	if out.BatchInfo, err = info.info(); err != nil {
		return out, err
	}
	rows, err := s.pool.Query(ctx, `SELECT `+custodyColumns+` FROM custody_events
		WHERE batch_id = $1 AND range_start <= $2 AND range_end > $2 ORDER BY block_number, log_index`, batch[:], out.Index)
	if err != nil {
		return out, fmt.Errorf("read the custody of a pack of %s: %w", batch, err)
	}
	if out.Custody, err = collectCustody(rows); err != nil {
		return out, fmt.Errorf("read the custody of a pack of %s: %w", batch, err)
	}
	var actors [][]byte
	rows, err = s.pool.Query(ctx, `SELECT state, day, actor, block_number, tx_hash FROM pack_states
		WHERE batch_id = $1 AND pack_index = $2 ORDER BY block_number, log_index`, batch[:], out.Index)
	if err != nil {
		return out, fmt.Errorf("read the states of a pack of %s: %w", batch, err)
	}
	out.States, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.PackChange, error) {
		var c pedigree.PackChange
		var state string
		var day time.Time
		var actor, tx []byte
		var block int64
		if err := row.Scan(&state, &day, &actor, &block, &tx); err != nil {
			return c, err
		}
		actors = append(actors, actor)
		c.Day, c.Block, c.TxHash, c.By = pedigree.DateOf(day), uint64(block), pedigree.Hash(tx), pedigree.Party{Account: pedigree.Address(actor)}
		c.State, err = pedigree.ParsePackState(state)
		return c, err
	})
	if err != nil {
		return out, fmt.Errorf("read the states of a pack of %s: %w", batch, err)
	}
	prov := Provenance{pool: s.pool}
	parties, err := prov.parties(ctx, out.Custody, actors...)
	if err != nil {
		return out, err
	}
	nameParties(out.Custody, parties)
	for i := range out.States {
		out.States[i].By = *parties[out.States[i].By.Account]
	}
	return out, nil
}

// Downloads implements pedigree.SerialService.
func (s *Serials) Downloads(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, limit int) ([]pedigree.LabelDownload, error) {
	a, active, _, err := access(ctx, s.pool, org, batch)
	if err != nil {
		return nil, err
	}
	if a < pedigree.SerialsLookUp {
		return nil, refused(org, active, "records of label downloads", "its manufacturer and regulators")
	}
	return s.downloads(ctx, batch, limit)
}

// downloads reads the batch's label downloads, newest first.
func (s *Serials) downloads(ctx context.Context, batch pedigree.TokenID, limit int) ([]pedigree.LabelDownload, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT d.id, d.at, d.batch_id, coalesce(o.name, ''), d.who, d.range_start, d.range_end, d.format, d.client
		FROM label_downloads d LEFT JOIN organisations o ON o.id = d.organisation_id
		WHERE d.batch_id = $1 ORDER BY d.at DESC, d.id DESC LIMIT $2`, batch[:], limit)
	if err != nil {
		return nil, fmt.Errorf("read the label downloads of %s: %w", batch, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.LabelDownload, error) {
		var d pedigree.LabelDownload
		var id []byte
		var format string
		err := row.Scan(&d.ID, &d.At, &id, &d.Organisation, &d.Who, &d.From, &d.To, &format, &d.Client)
		d.Batch, d.Format, d.At = pedigree.TokenID(id), pedigree.LabelFormat(format), d.At.UTC()
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("read the label downloads of %s: %w", batch, err)
	}
	return out, nil
}

// clip cuts s to at most n bytes.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
