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

// Directory answers the web pages' lists from the projection. It implements pedigree.Directory.
type Directory struct{ pool *pgxpool.Pool }

var _ pedigree.Directory = (*Directory)(nil)

// NewDirectory returns the directory read from pool's database.
func NewDirectory(pool *pgxpool.Pool) *Directory { return &Directory{pool: pool} }

// Holdings implements pedigree.Directory, in one query: each token with its batch and its
// parties named by joins, as Provenance.parties names them.
func (d *Directory) Holdings(ctx context.Context, account pedigree.Address) (pedigree.Holdings, error) {
	var out pedigree.Holdings
	rows, err := d.pool.Query(ctx, `
		SELECT `+holdingColumns+` FROM `+holdingJoins+`
		WHERE b.superseded_at IS NULL AND (t.holder = $1 OR t.pending_to = $1)
		ORDER BY t.block_number DESC, t.log_index DESC, t.range_start`, account[:])
	if err != nil {
		return out, fmt.Errorf("read holdings of %s: %w", account, err)
	}
	holdings, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Holding, error) {
		var h holdingRow
		if err := row.Scan(h.dest()...); err != nil {
			return pedigree.Holding{}, err
		}
		return h.holding()
	})
	if err != nil {
		return out, fmt.Errorf("read holdings of %s: %w", account, err)
	}
	for _, h := range holdings {
		switch {
		case h.Token.PendingTo == nil:
			out.Held = append(out.Held, h)
		case h.Token.Holder.Account == account:
			out.Outgoing = append(out.Outgoing, h)
		default:
			out.Incoming = append(out.Incoming, h)
		}
	}
	return out, nil
}

// holdingColumns are the columns of holdingJoins that holdingRow reads.
const holdingColumns = `t.token_id, t.range_start, t.range_end, t.changed_at, t.block_number,
	t.holder, h.role, h.gln, ho.name, t.pending_to, r.role, r.gln, ro.name, ` + batchColumns

// holdingJoins are batchJoins with the current tokens t of each batch, their holder's
// participant version h and organisation ho, and those of the receiver of a pending shipment,
// r and ro. The caller selects the current batches.
const holdingJoins = batchJoins + `
	JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = b.batch_id
	LEFT JOIN participants h ON h.superseded_at IS NULL AND h.account = t.holder
	LEFT JOIN organisations ho ON ho.account = t.holder
	LEFT JOIN participants r ON r.superseded_at IS NULL AND r.account = t.pending_to
	LEFT JOIN organisations ro ON ro.account = t.pending_to`

// holdingRow scans holdingColumns.
type holdingRow struct {
	id              []byte
	start, end      int
	changed         time.Time
	block           uint64
	holder, pending partyRow
	batch           batchInfoRow
}

func (r *holdingRow) dest() []any {
	dest := append([]any{&r.id, &r.start, &r.end, &r.changed, &r.block}, r.holder.dest()...)
	return append(append(dest, r.pending.dest()...), r.batch.dest()...)
}

// holding returns the token scanned, with its batch.
func (r *holdingRow) holding() (pedigree.Holding, error) {
	// Packs is the token's range, as Provenance.Batch counts it.
	h := pedigree.Holding{Token: pedigree.TokenView{ID: pedigree.TokenID(r.id), Start: r.start, End: r.end,
		ChangedAt: pedigree.DateOf(r.changed), Packs: r.end - r.start, BlockNumber: r.block}}
	var err error
	if h.Token.Holder, err = r.holder.party(); err != nil {
		return h, err
	}
	if h.Token.PendingTo, err = r.pending.optionalParty(); err != nil {
		return h, err
	}
	h.Batch, err = r.batch.info()
	return h, err
}

// Participants implements pedigree.Directory. Roles come in the contract's order (manufacturer,
// distributor, dispenser, regulator), and within a role the participants no organisation here
// names come last, by GLN.
func (d *Directory) Participants(ctx context.Context) ([]pedigree.Participant, error) {
	rows, err := d.pool.Query(ctx, `
		SELECT p.account, p.role, p.gln, o.name, p.number, p.suspended, p.changed_at
		FROM participants p LEFT JOIN organisations o ON o.account = p.account
		WHERE p.superseded_at IS NULL
		ORDER BY array_position(ARRAY['manufacturer', 'distributor', 'dispenser', 'regulator'], p.role), o.name, p.gln`)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Participant, error) {
		var p pedigree.Participant
		var party partyRow
		if err := row.Scan(append(party.dest(), &p.Number, &p.Suspended, &p.ChangedAt)...); err != nil {
			return p, err
		}
		var err error
		p.Party, err = party.party()
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	return out, nil
}

// maxBatchLimit is the most batches SearchBatches returns at once.
const maxBatchLimit = 200

// SearchBatches implements pedigree.Directory. A Manufacturer or Holder of 13 digits is a GLN;
// anything else is looked for in the names of the organisations this service hosts, so a party
// hosted elsewhere is found by its GLN only. The lot is a prefix in any case, which the index
// batches_lot_prefix serves: a range of lower(lot) in text_pattern_ops's order.
func (d *Directory) SearchBatches(ctx context.Context, q pedigree.BatchQuery) (pedigree.BatchResults, error) {
	var out pedigree.BatchResults
	if q.GTIN != "" && !digits(q.GTIN, 14) {
		return out, pedigree.Errorf(pedigree.EINVALID, "gtin: GTIN %q is not 14 digits", q.GTIN)
	}
	if q.Status != "" {
		if _, err := pedigree.ParseBatchStatus(string(q.Status)); err != nil {
			return out, err
		}
	}
	if q.Limit < 0 || q.Offset < 0 {
		return out, pedigree.Errorf(pedigree.EINVALID, "the limit (%d) and the offset (%d) may not be negative", q.Limit, q.Offset)
	}
	limit := min(q.Limit, maxBatchLimit)
	if limit == 0 {
		limit = pedigree.BatchPageSize
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	where := []string{"b.superseded_at IS NULL"}
	if q.GTIN != "" {
		where = append(where, "b.gtin = "+arg(q.GTIN))
	}
	if q.Lot != "" {
		// Lots are GS1's characters, all below DEL (0x7f): [p, p || DEL) holds every lot
		// starting with p, byte by byte as text_pattern_ops compares.
		p := arg(q.Lot)
		where = append(where, "lower(b.lot) ~>=~ lower("+p+") AND lower(b.lot) ~<~ (lower("+p+") || chr(127))")
	}
	if q.Manufacturer != "" {
		where = append(where, partyMatches("m", "mo", q.Manufacturer, arg))
	}
	if q.Holder != "" {
		where = append(where, `EXISTS (SELECT 1 FROM tokens t
			LEFT JOIN participants hp ON hp.superseded_at IS NULL AND hp.account = t.holder
			LEFT JOIN organisations ho ON ho.account = t.holder
			WHERE t.superseded_at IS NULL AND t.batch_id = b.batch_id AND `+partyMatches("hp", "ho", q.Holder, arg)+")")
	}
	if q.Status != "" {
		where = append(where, "b.status = "+arg(string(q.Status)))
	}
	cond := strings.Join(where, " AND ")
	batch := &pgx.Batch{}
	batch.Queue(`SELECT count(*) FROM `+batchJoins+` WHERE `+cond, args...).QueryRow(func(row pgx.Row) error {
		return row.Scan(&out.Total)
	})
	batch.Queue(`SELECT `+batchColumns+` FROM `+batchJoins+` WHERE `+cond+`
		ORDER BY b.registered_block DESC, b.batch_id LIMIT `+strconv.Itoa(limit)+` OFFSET `+strconv.Itoa(q.Offset), args...).
		Query(func(rows pgx.Rows) error {
			var err error
			out.Batches, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.BatchInfo, error) {
				var b batchInfoRow
				if err := row.Scan(b.dest()...); err != nil {
					return pedigree.BatchInfo{}, err
				}
				return b.info()
			})
			return err
		})
	if err := d.pool.SendBatch(ctx, batch).Close(); err != nil {
		return out, fmt.Errorf("search batches: %w", err)
	}
	return out, nil
}

// partyMatches is the condition that the party of participant version p and organisation o
// is who: its GLN when who is 13 digits, else part of its name in any case. arg adds an
// argument and returns its placeholder.
func partyMatches(p, o, who string, arg func(any) string) string {
	if digits(who, 13) {
		return p + ".gln = " + arg(who)
	}
	return o + ".name ILIKE " + arg("%"+likeEscaper.Replace(who)+"%")
}

// likeEscaper makes a string match itself in a LIKE pattern (whose escape is \ by default).
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// digits reports whether s is n ASCII digits.
func digits(s string, n int) bool {
	return len(s) == n && strings.Trim(s, "0123456789") == ""
}

// batchColumns are the columns of batchJoins that batchInfoRow reads.
const batchColumns = `b.batch_id, b.gtin, b.lot, b.expiry, b.quantity, b.status, coalesce(b.recall_reason, 0),
	d.product, b.manufacturer, m.role, m.gln, mo.name`

// batchJoins are the batches b with their details d, their manufacturer's participant version
// m and organisation mo. The caller selects the current batches.
const batchJoins = `batches b LEFT JOIN batch_details d ON d.batch_id = b.batch_id
	LEFT JOIN participants m ON m.superseded_at IS NULL AND m.account = b.manufacturer
	LEFT JOIN organisations mo ON mo.account = b.manufacturer`

// batchInfoRow scans batchColumns.
type batchInfoRow struct {
	b            pedigree.BatchInfo
	id           []byte
	expiry       time.Time
	status       string
	product      []byte
	manufacturer partyRow
}

func (r *batchInfoRow) dest() []any {
	return append([]any{&r.id, &r.b.GTIN, &r.b.Lot, &r.expiry, &r.b.Quantity, &r.status, &r.b.RecallReason, &r.product},
		r.manufacturer.dest()...)
}

// info returns the batch scanned.
func (r *batchInfoRow) info() (pedigree.BatchInfo, error) {
	b := r.b
	b.ID, b.Expiry = pedigree.TokenID(r.id), pedigree.DateOf(r.expiry)
	var err error
	if b.Status, err = pedigree.ParseBatchStatus(r.status); err != nil {
		return b, err
	}
	if b.Product, err = readProduct(r.product); err != nil {
		return b, err
	}
	b.Manufacturer, err = r.manufacturer.party()
	return b, err
}

// readProduct decodes a batch's product master data, the zero Product when there is none
// (NULL: a batch registered elsewhere).
func readProduct(data []byte) (pedigree.Product, error) {
	var p pedigree.Product
	if data == nil {
		return p, nil
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("read product master data: %w", err)
	}
	return p, nil
}

// tokenIDOrNil returns the token id of a nullable column.
func tokenIDOrNil(b []byte) *pedigree.TokenID {
	if b == nil {
		return nil
	}
	id := pedigree.TokenID(b)
	return &id
}

// partyRow scans a party's account, role, GLN and name, in that order: the role and GLN of a
// participant version, NULL for an account that is none (which a consistent projection never
// shows), and the name of the organisation, NULL for a participant this service does not host.
type partyRow struct {
	account         []byte
	role, gln, name *string
}

func (r *partyRow) dest() []any { return []any{&r.account, &r.role, &r.gln, &r.name} }

// optionalParty returns the party scanned, nil when the account is NULL.
func (r *partyRow) optionalParty() (*pedigree.Party, error) {
	if r.account == nil {
		return nil, nil
	}
	p, err := r.party()
	return &p, err
}

// party returns the party scanned, known by its account only if it is no participant.
func (r *partyRow) party() (pedigree.Party, error) {
	p := pedigree.Party{Account: pedigree.Address(r.account)}
	if r.role != nil {
		role, err := pedigree.ParseRole(*r.role)
		if err != nil {
			return p, err
		}
		p.Role, p.GLN = role, *r.gln
	}
	if r.name != nil {
		p.Name = *r.name
	}
	return p, nil
}
