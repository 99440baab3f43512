package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/bench/kit"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
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
	register  time.Duration // the service's chain.Registrar.Register, call to return
	toSent    time.Duration // parse, then Register until the mint was in the node's pool
	status    string

	sql                                     map[string]kit.Stat // the store's statements and acquisitions, as the service's pool saw them
	estimate, prepare, send, mine, receipts kit.Stat            // the manufacturer's calls to the chain
	tree                                    time.Duration

	lot          string
	peakRSS      int64         // the process's peak resident set during parse and Register, bytes
	peakSince    string        // what peakRSS is the peak since
	copyBaseline time.Duration // a bare COPY of as many serials rows into an unindexed table, same database
	cpu          kit.CPU       // used by parse and Register
}

// total is the scored figure: parse and Register, to the mint's receipt.
func (r registration) total() time.Duration { return r.parse + r.register }

// store returns the time the store took: its statements and connection acquisitions.
func (r registration) store() time.Duration {
	var d time.Duration
	for _, s := range r.sql {
		d += s.Took
	}
	return d
}

// register registers a batch of the given serials as the manufacturer, through the service's
// chain.Registrar, timing it; stats is what the service's pool adds its statements to.
// Nothing else runs meanwhile.
func (w *world) register(ctx context.Context, registrar pedigree.BatchService, stats *kit.Stats, pool *pgxpool.Pool, serials []string, lot string, expiry time.Time) (*batch, pedigree.NewBatch, registration, error) {
	r := registration{serials: len(serials), lot: lot}
	var nb pedigree.NewBatch
	body, err := json.Marshal(registrationBody{
		GTIN: gtin14, Lot: lot, Expiry: expiry.Format(time.DateOnly),
		Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, Serials: serials,
	})
	if err != nil {
		return nil, nb, r, err
	}
	r.bodyBytes = len(body)
	runtime.GC() // not the setup's garbage
	w.manufacturerChain.reset()
	stats.Reset()
	r.peakSince = "the registration began"
	if !kit.ResetPeakRSS() {
		r.peakSince = "the process began"
	}

	cpu := kit.ReadCPU(ctx, pool)
	began := time.Now()
	var req registrationBody
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, nb, r, fmt.Errorf("parse the registration: %w", err)
	}
	exp, err := time.Parse(time.DateOnly, req.Expiry)
	if err != nil {
		return nil, nb, r, fmt.Errorf("parse the registration: %w", err)
	}
	nb = pedigree.NewBatch{GTIN: req.GTIN, Lot: req.Lot, Expiry: exp, Product: req.Product, Serials: req.Serials}
	r.parse = time.Since(began)
	called := time.Now()
	res, err := registrar.Register(ctx, w.manufacturer.org, nb)
	r.register = time.Since(called)
	r.peakRSS = kit.PeakRSS()
	r.cpu = kit.ReadCPU(ctx, pool).Sub(cpu)
	if err != nil {
		return nil, nb, r, fmt.Errorf("register the batch: %w", err)
	}
	w.txs++
	mc := w.manufacturerChain
	mc.mu.Lock()
	r.estimate, r.prepare, r.send, r.mine, r.receipts = mc.estimate, mc.prepare, mc.send, mc.mine, mc.receipts
	r.toSent = r.parse + mc.sentAt.Sub(called)
	mc.mu.Unlock()
	r.sql, r.status = stats.Snapshot(), res.Status.String()
	if res.Status != pedigree.RegistrationConfirmed {
		return nil, nb, r, fmt.Errorf("register the batch: status %q, want confirmed", res.Status)
	}

	// The tree again, apart, to say how much of Register it is.
	runtime.GC()
	began = time.Now()
	tree, err := merkle.New(serials)
	r.tree = time.Since(began)
	if err != nil {
		return nil, nb, r, err
	}
	b := &batch{id: chain.BatchID(gtin, lot), serials: serials, tree: tree, expiry: exp}
	if pedigree.TokenIDFromBig(b.id) != res.TokenID {
		return nil, nb, r, fmt.Errorf("register the batch: token %s, want %s", res.TokenID, pedigree.TokenIDFromBig(b.id))
	}
	return b, nb, r, nil
}
