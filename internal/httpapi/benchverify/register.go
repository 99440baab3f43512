package benchverify

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/benchkit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// registrationBody is a registration as a client would send it over the API: the batch and
// its serials, in pack order.
type registrationBody struct {
	GTIN    string           `json:"gtin"`
	Lot     string           `json:"lot"`
	Expiry  string           `json:"expiry"` // YYYY-MM-DD, the last day of use
	Product pedigree.Product `json:"product"`
	Serials []string         `json:"serials"`
}

// registration is how long registering the batch took, and where the time went.
type registration struct {
	serials   int
	bodyBytes int
	parse     time.Duration // decoding the JSON body into a pedigree.NewBatch
	register  time.Duration // chain.Registrar.Register, call to return
	toSent    time.Duration // parse, then Register until the mint was in the node's pool
	status    string

	create, setStatus                       benchkit.Stat // the batch store's calls
	estimate, prepare, send, mine, receipts benchkit.Stat // the manufacturer's calls to the chain
	tree                                    time.Duration
}

// total is the scored figure: parse and Register, to the mint's receipt.
func (r registration) total() time.Duration { return r.parse + r.register }

// register registers a batch of the given serials as the manufacturer, through
// chain.Registrar, timing it. Nothing else runs meanwhile.
func (w *world) register(ctx context.Context, pool *pgxpool.Pool, serials []string, expiry time.Time, log *slog.Logger) (*batch, registration, error) {
	r := registration{serials: len(serials)}
	body, err := json.Marshal(registrationBody{
		GTIN: gtin14, Lot: lot, Expiry: expiry.Format(time.DateOnly),
		Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, Serials: serials,
	})
	if err != nil {
		return nil, r, err
	}
	r.bodyBytes = len(body)
	store := &timedStore{BatchStore: postgres.NewBatches(pool)}
	registrar := chain.NewRegistrar(w.contract, map[pedigree.Address]*chain.Sender{pedigree.Address(w.manufacturer.addr): w.manufacturer.s},
		store, time.Now, log)
	runtime.GC() // not the setup's garbage
	w.manufacturerChain.reset()

	began := time.Now()
	var req registrationBody
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, r, fmt.Errorf("parse the registration: %w", err)
	}
	exp, err := time.Parse(time.DateOnly, req.Expiry)
	if err != nil {
		return nil, r, fmt.Errorf("parse the registration: %w", err)
	}
	nb := pedigree.NewBatch{GTIN: req.GTIN, Lot: req.Lot, Expiry: exp, Product: req.Product, Serials: req.Serials}
	r.parse = time.Since(began)
	called := time.Now()
	res, err := registrar.Register(ctx, w.manufacturer.org, nb)
	r.register = time.Since(called)
	if err != nil {
		return nil, r, fmt.Errorf("register the batch: %w", err)
	}
	w.txs++
	mc := w.manufacturerChain
	mc.mu.Lock()
	r.estimate, r.prepare, r.send, r.mine, r.receipts = mc.estimate, mc.prepare, mc.send, mc.mine, mc.receipts
	r.toSent = r.parse + mc.sentAt.Sub(called)
	mc.mu.Unlock()
	r.create, r.setStatus, r.status = store.create, store.setStatus, res.Status
	if res.Status != "confirmed" {
		return nil, r, fmt.Errorf("register the batch: status %q, want confirmed", res.Status)
	}

	// The tree again, apart, to say how much of Register it is.
	runtime.GC()
	began = time.Now()
	tree, err := merkle.New(serials)
	r.tree = time.Since(began)
	if err != nil {
		return nil, r, err
	}
	b := &batch{id: chain.BatchID(gtin, lot), serials: serials, tree: tree, expiry: exp}
	if pedigree.TokenIDFromBig(b.id) != res.TokenID {
		return nil, r, fmt.Errorf("register the batch: token %s, want %s", res.TokenID, pedigree.TokenIDFromBig(b.id))
	}
	return b, r, nil
}
