package demo

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Part is a role in a Story, named as the demo organisations are.
type Part string

// The parts of a Story. Distributor2 is a second distributor, a wholesaler the first supplies,
// and Dispenser2 the pharmacy it supplies in turn.
const (
	Manufacturer Part = "manufacturer"
	Distributor  Part = "distributor"
	Dispenser    Part = "dispenser"
	Distributor2 Part = "distributor2"
	Dispenser2   Part = "dispenser2"
)

// Story is the one story pedigree's worlds tell, each at its own size: a manufacturer
// registers a batch, keeps its first packs and hands the rest, the pallet, to a distributor,
// which cuts consignments off the pallet's end; the first go to a pharmacy, the next to a
// second distributor, which passes the first of its own on to a second pharmacy; each
// pharmacy dispenses packs of every consignment it holds. A second Story that ships nothing
// and recalls its batch gives a world its recalled batch.
//
// `pedigree dev`'s demo batch (SeedBatch), the tests' world (internal/testkit/worldtest) and the
// benchmarks (bench/verify, bench/indexer) are all told from it, so what one shows the others
// show too. Tell tells it through Senders, one transaction after another; Write writes it out as
// calldata in acts, for a caller that packs many stories' transactions into blocks itself.
type Story struct {
	// Batch is the batch the manufacturer registers: GTIN, lot, expiry and product, and its
	// serials, or how many to generate when they are registered through a Registrar.
	Batch pedigree.NewBatch
	// Ship is how many packs, the batch's last, go to the distributor as one pallet; 0: none.
	Ship int
	// Consignments is how many parts the distributor's pallet ends in: it cuts
	// Consignments-1 of Ship/Consignments packs each off its end, and keeps the rest.
	Consignments int
	// ToPharmacy of those consignments, in the order cut, go to the dispenser; the next
	// ToWholesaler to the second distributor, which passes the first of them on to the second
	// dispenser. The distributor keeps any others.
	ToPharmacy, ToWholesaler int
	// Each dispenser dispenses packs [DispenseAt, DispenseAt+Dispense) of every consignment it
	// holds, counted from the consignment's first, in one transaction per consignment.
	DispenseAt, Dispense int

	// Samples are packs the manufacturer keeps and sets aside as samples.
	Samples []int
	// Misroute has the manufacturer ship what it keeps to the second distributor with the
	// pallet, by mistake, and cancel that shipment once the pallet is accepted.
	Misroute bool
	// Lock are packs of the pallet's remainder the distributor locks as it ships the
	// consignments.
	Lock []int
	// Undo are dispensed packs their dispenser hands back at the end.
	Undo []int
	// Recall, when not zero, is the reason the manufacturer recalls the batch last.
	Recall uint8
}

// Step is one transaction of a story: who sends it, what it does, and the call to pedigree's
// contract.
type Step struct {
	By   Part
	What string // in words, for errors: "ship packs [48, 64) to the dispenser"
	Data []byte
	// done reports whether the chain already shows the step's effect, so Tell can resume.
	done func(ctx context.Context, c *chain.Contract) (bool, error)
}

// Consignment is a token of the batch at the story's end: packs [Start, End) held by Holder.
type Consignment struct {
	Token      *big.Int
	Start, End int
	Holder     Part
}

// Script is a story written out for a cast: the batch and its tree, the transactions in acts,
// and where the packs end up.
type Script struct {
	ID      *big.Int // the batch's token
	Serials []string
	Tree    *merkle.Tree
	// Acts are the transactions in the order they are told. The transactions of one act are
	// independent of one another or sent by one party in the order given, so a chain may mine
	// an act in one block and the next act in the next. Acts[0] registers the batch.
	Acts [][]Step
	// Parts are the batch's tokens at the end, in pack order.
	Parts []Consignment
	// Sent is how many transactions Tell sent: those the chain already showed are not.
	Sent int

	states map[int]pedigree.PackState // packs not active at the end
}

// Transactions returns how many transactions the story takes, the registration included.
func (s *Script) Transactions() int {
	n := 0
	for _, act := range s.Acts {
		n += len(act)
	}
	return n
}

// State returns pack index's state at the story's end.
func (s *Script) State(index int) pedigree.PackState {
	if st, ok := s.states[index]; ok {
		return st
	}
	return pedigree.PackActive
}

// Held returns the consignments p holds at the end, in pack order.
func (s *Script) Held(p Part) []Consignment {
	var out []Consignment
	for _, c := range s.Parts {
		if c.Holder == p {
			out = append(out, c)
		}
	}
	return out
}

// Active returns the first pack p holds whose state is active at the end, and false when
// there is none.
func (s *Script) Active(p Part) (int, bool) {
	for _, c := range s.Held(p) {
		for i := c.Start; i < c.End; i++ {
			if s.State(i) == pedigree.PackActive {
				return i, true
			}
		}
	}
	return 0, false
}

// Write writes the story out for the accounts in cast, which must hold every part the story
// gives a role. The batch's serials must be given. Acts[0] registers the batch directly on
// the contract, committing to the product's JSON as chain.Registrar does; no serials are
// stored anywhere.
func (s Story) Write(cast map[Part]common.Address) (*Script, error) {
	if len(s.Batch.Serials) == 0 {
		return nil, fmt.Errorf("demo story %s: Write needs the serials", s.Batch.Lot)
	}
	tree, err := merkle.New(s.Batch.Serials)
	if err != nil {
		return nil, err
	}
	return s.write(cast, s.Batch.Serials, tree)
}

// The acts of a story, in order; empty ones are dropped.
const (
	actRegister  = iota
	actSplit     // the pallet split off; samples
	actShip      // the pallet shipped; the misrouted shipment
	actAccept    // the pallet accepted; the misrouted shipment cancelled
	actCut       // the consignments cut off the pallet
	actConsign   // the consignments shipped; packs locked
	actReceive   // the consignments accepted
	actDispense  // the dispenser dispenses; the second distributor passes a consignment on
	actReceive2  // the second dispenser accepts it
	actDispense2 // and dispenses
	actUndo      // packs handed back
	actRecall    // the batch recalled, after everything else
	acts
)

func (s Story) write(cast map[Part]common.Address, serials []string, tree *merkle.Tree) (*Script, error) {
	fail := func(format string, args ...any) (*Script, error) {
		return nil, fmt.Errorf("demo story %s: %s", s.Batch.Lot, fmt.Sprintf(format, args...))
	}
	gtin, err := strconv.ParseUint(s.Batch.GTIN, 10, 64)
	if err != nil {
		return fail("GTIN %q: %v", s.Batch.GTIN, err)
	}
	n := len(serials)
	switch {
	case s.Ship < 0 || s.Ship >= n:
		return fail("ships %d of %d packs: the manufacturer keeps at least one", s.Ship, n)
	case s.Ship == 0 && (s.Consignments != 0 || s.ToPharmacy != 0 || s.ToWholesaler != 0 || len(s.Lock) != 0 || s.Misroute):
		return fail("consignments, locks or a misrouted shipment without a pallet")
	case s.Ship > 0 && (s.Consignments < 1 || s.Ship/s.Consignments < 1):
		return fail("%d consignments of a pallet of %d", s.Consignments, s.Ship)
	case s.ToPharmacy < 0 || s.ToWholesaler < 0 || s.ToPharmacy+s.ToWholesaler > max(s.Consignments-1, 0):
		return fail("%d consignments to the pharmacy and %d to the wholesaler, of %d cut", s.ToPharmacy, s.ToWholesaler, max(s.Consignments-1, 0))
	}
	size := 0
	if s.Ship > 0 {
		size = s.Ship / s.Consignments
	}
	if s.Dispense < 0 || s.DispenseAt < 0 || (s.Dispense > 0 && s.DispenseAt+s.Dispense > size) {
		return fail("dispenses packs [%d, %d) of consignments of %d", s.DispenseAt, s.DispenseAt+s.Dispense, size)
	}
	needs := []Part{Manufacturer}
	if s.Ship > 0 {
		needs = append(needs, Distributor)
	}
	if s.ToPharmacy > 0 {
		needs = append(needs, Dispenser)
	}
	if s.ToWholesaler > 0 {
		needs = append(needs, Distributor2, Dispenser2)
	}
	if s.Misroute {
		needs = append(needs, Distributor2)
	}
	for _, p := range needs {
		if cast[p] == (common.Address{}) {
			return fail("no account plays the %s", p)
		}
	}

	b := chain.NewPedigree()
	id := chain.BatchID(gtin, s.Batch.Lot)
	sc := &Script{ID: id, Serials: serials, Tree: tree, states: map[int]pedigree.PackState{}}
	var plan [acts][]Step
	add := func(act int, st Step) { plan[act] = append(plan[act], st) }

	masterData, err := chain.MasterDataHash(s.Batch.Product)
	if err != nil {
		return nil, err
	}
	add(actRegister, Step{By: Manufacturer, What: "register the batch",
		Data: b.PackRegisterBatch(gtin, s.Batch.Lot, uint16(s.Batch.Expiry.Unix()/86400), big.NewInt(int64(n)), tree.IndexRoot(), tree.SortedRoot(), masterData),
		done: func(ctx context.Context, c *chain.Contract) (bool, error) { return registered(ctx, c, id) },
	})

	// parts are the batch's tokens as the story goes; steps refer to them by index, as
	// splitting appends to the slice. holders[i] are the accounts parts[i] passes through, in
	// order: a step is done when the token has reached its holder or one after it, so a
	// telling resumed after a consignment went on is not mistaken.
	parts := []Consignment{{Token: id, Start: 0, End: n, Holder: Manufacturer}}
	holders := [][]common.Address{{cast[Manufacturer]}}
	reached := func(ctx context.Context, ch *chain.Contract, c, from int) (bool, error) {
		owner, err := ch.OwnerOf(ctx, parts[c].Token)
		return slices.Contains(holders[c][from:], owner), err
	}
	holding := func(index int) int {
		for i := range parts {
			if parts[i].Start <= index && index < parts[i].End {
				return i
			}
		}
		return -1
	}
	split := func(act int, by Part, start int) int {
		c := holding(start)
		part := chain.SplitTokenID(id, uint32(start))
		add(act, Step{By: by, What: fmt.Sprintf("split packs [%d, %d) off", start, parts[c].End),
			Data: b.PackSplit(parts[c].Token, big.NewInt(int64(start))),
			done: func(ctx context.Context, ch *chain.Contract) (bool, error) { return exists(ctx, ch, part) },
		})
		parts = append(parts, Consignment{Token: part, Start: start, End: parts[c].End, Holder: by})
		holders = append(holders, []common.Address{cast[by]})
		parts[c].End = start
		return len(parts) - 1
	}
	ship := func(act int, c int, to Part) {
		p, next := parts[c], len(holders[c])
		add(act, Step{By: p.Holder, What: fmt.Sprintf("ship packs [%d, %d) to the %s", p.Start, p.End, to),
			Data: b.PackShip(p.Token, cast[to]),
			done: func(ctx context.Context, ch *chain.Contract) (bool, error) {
				if ok, err := reached(ctx, ch, c, next); ok || err != nil {
					return ok, err
				}
				t, err := ch.Token(ctx, p.Token)
				return t.PendingTo == cast[to], err
			},
		})
	}
	accept := func(act int, c int, by Part) {
		p, at := parts[c], len(holders[c])
		add(act, Step{By: by, What: fmt.Sprintf("accept packs [%d, %d)", p.Start, p.End),
			Data: b.PackAccept(p.Token),
			done: func(ctx context.Context, ch *chain.Contract) (bool, error) { return reached(ctx, ch, c, at) },
		})
		parts[c].Holder = by
		holders[c] = append(holders[c], cast[by])
	}
	setStates := func(act int, c int, state pedigree.PackState, indexes []int) error {
		mp, err := tree.MultiProof(indexes)
		if err != nil {
			return err
		}
		idx := make([]*big.Int, len(mp.Indexes))
		hashes := make([][32]byte, len(mp.Indexes))
		for i, x := range mp.Indexes {
			idx[i] = new(big.Int).SetUint64(x)
			hashes[i] = merkle.SerialHash(serials[x])
			sc.states[int(x)] = state
		}
		proof := make([][32]byte, len(mp.Proof))
		for i, h := range mp.Proof {
			proof[i] = h
		}
		// The step is done when a pack of it that is never handed back has the state.
		witness := uint32(mp.Indexes[0])
		for _, x := range mp.Indexes {
			if !slices.Contains(s.Undo, int(x)) {
				witness = uint32(x)
				break
			}
		}
		add(act, Step{By: parts[c].Holder, What: fmt.Sprintf("set %d packs from %d %s", len(indexes), mp.Indexes[0], state),
			Data: b.PackSetPackStates(parts[c].Token, idx, hashes, uint8(state), proof, mp.Flags),
			done: func(ctx context.Context, ch *chain.Contract) (bool, error) {
				st, err := ch.PackState(ctx, id, witness)
				return pedigree.PackState(st.State) == state, err
			},
		})
		return nil
	}
	within := func(what string, indexes []int, lo, hi int) error {
		for _, i := range indexes {
			if i < lo || i >= hi {
				return fmt.Errorf("demo story %s: %s pack %d is not in [%d, %d)", s.Batch.Lot, what, i, lo, hi)
			}
		}
		return nil
	}

	head := n - s.Ship
	if err := within("sample", s.Samples, 0, head); err != nil {
		return nil, err
	}
	const batch = 0 // the batch's own token, parts[0]: the manufacturer's throughout
	pallet := -1
	if s.Ship > 0 {
		pallet = split(actSplit, Manufacturer, head)
		ship(actShip, pallet, Distributor)
		accept(actAccept, pallet, Distributor)
		if s.Misroute {
			// The pallet's acceptance tells a resumed telling that the mistake came and went.
			accepted := func(ctx context.Context, ch *chain.Contract) (bool, error) { return reached(ctx, ch, pallet, 1) }
			add(actShip, Step{By: Manufacturer, What: "ship packs it keeps to the " + string(Distributor2) + " by mistake",
				Data: b.PackShip(id, cast[Distributor2]),
				done: func(ctx context.Context, c *chain.Contract) (bool, error) {
					t, err := c.Token(ctx, id)
					if err != nil || t.PendingTo == cast[Distributor2] {
						return err == nil, err
					}
					return accepted(ctx, c)
				},
			})
			add(actAccept, Step{By: Manufacturer, What: "cancel the shipment to the " + string(Distributor2),
				Data: b.PackCancelShipment(id),
				done: func(ctx context.Context, c *chain.Contract) (bool, error) {
					t, err := c.Token(ctx, id)
					return t.PendingTo == (common.Address{}), err
				},
			})
		}
	}
	if len(s.Samples) > 0 {
		if err := setStates(actSplit, batch, pedigree.PackSample, s.Samples); err != nil {
			return nil, err
		}
	}
	// Consignment i, from 1, is [n - i*size, n - (i-1)*size): each is cut off the pallet's end.
	var consignments []int
	for i := 1; i < s.Consignments; i++ {
		consignments = append(consignments, split(actCut, Distributor, n-i*size))
	}
	dispense := func(act int, c int) error {
		if s.Dispense == 0 {
			return nil
		}
		idx := make([]int, s.Dispense)
		for i := range idx {
			idx[i] = parts[c].Start + s.DispenseAt + i
		}
		return setStates(act, c, pedigree.PackSupplied, idx)
	}
	for i, c := range consignments {
		switch {
		case i < s.ToPharmacy:
			ship(actConsign, c, Dispenser)
			accept(actReceive, c, Dispenser)
			if err := dispense(actDispense, c); err != nil {
				return nil, err
			}
		case i < s.ToPharmacy+s.ToWholesaler:
			ship(actConsign, c, Distributor2)
			accept(actReceive, c, Distributor2)
			if i == s.ToPharmacy {
				ship(actDispense, c, Dispenser2)
				accept(actReceive2, c, Dispenser2)
				if err := dispense(actDispense2, c); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(s.Lock) > 0 {
		if err := within("locked", s.Lock, parts[pallet].Start, parts[pallet].End); err != nil {
			return nil, err
		}
		if err := setStates(actConsign, pallet, pedigree.PackLocked, s.Lock); err != nil {
			return nil, err
		}
	}
	if len(s.Undo) > 0 {
		byPart := map[int][]int{}
		var order []int
		for _, i := range s.Undo {
			if sc.State(i) != pedigree.PackSupplied {
				return fail("pack %d is handed back, but was not dispensed", i)
			}
			c := holding(i)
			if _, ok := byPart[c]; !ok {
				order = append(order, c)
			}
			byPart[c] = append(byPart[c], i)
		}
		for _, c := range order {
			indexes := byPart[c]
			first := uint32(indexes[0])
			idx := make([]*big.Int, len(indexes))
			for k, i := range indexes {
				idx[k] = new(big.Int).SetUint64(uint64(i))
				delete(sc.states, i)
			}
			add(actUndo, Step{By: parts[c].Holder, What: fmt.Sprintf("hand back %d packs from %d", len(indexes), first),
				Data: b.PackUndoPackStates(parts[c].Token, idx),
				done: func(ctx context.Context, ch *chain.Contract) (bool, error) {
					st, err := ch.PackState(ctx, id, first)
					return pedigree.PackState(st.State) == pedigree.PackActive, err
				},
			})
		}
	}
	if s.Recall != 0 {
		add(actRecall, Step{By: Manufacturer, What: "recall the batch",
			Data: b.PackRecall(id, s.Recall),
			done: func(ctx context.Context, c *chain.Contract) (bool, error) {
				bt, err := c.Batch(ctx, id)
				return bt.RecallReason != 0, err
			},
		})
	}
	for _, act := range plan {
		if len(act) > 0 {
			sc.Acts = append(sc.Acts, act)
		}
	}
	// A copy: the steps' checks find their tokens in parts by index.
	sc.Parts = slices.Clone(parts)
	slices.SortFunc(sc.Parts, func(a, b Consignment) int { return a.Start - b.Start })
	return sc, nil
}

// Cast is who tells a Story: a Sender for each part it gives a role, and how the manufacturer
// registers its batch.
type Cast struct {
	Senders map[Part]*chain.Sender
	// Registrar registers the batch as Manufacturer, storing its serials as the service does:
	// the service's chain.Registrar. Nil: the manufacturer's Sender registers it directly, and
	// no serials are stored.
	Registrar    pedigree.BatchService
	Manufacturer pedigree.Organisation
	// Serials reads the stored serials of a batch an earlier telling registered with generated
	// serials; needed only then.
	Serials func(ctx context.Context, batch pedigree.TokenID) ([]string, error)
}

// Tell tells the story on c, one transaction after another, each waited for. Every step looks
// at the chain first and is skipped when its effect is there, so a telling interrupted half-way
// (a `pedigree dev` stopped during its first start) is finished by the next, and a batch the
// caller registered itself is taken as it is. (A telling interrupted between a mistaken
// shipment and the pallet's acceptance sends the mistake again; one whose Undo hands back
// every pack of a dispensing dispenses them again: both are undone once more as the story goes
// on.)
func (s Story) Tell(ctx context.Context, c *chain.Contract, cast Cast) (*Script, error) {
	gtin, err := strconv.ParseUint(s.Batch.GTIN, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("demo story %s: GTIN %q: %w", s.Batch.Lot, s.Batch.GTIN, err)
	}
	id := chain.BatchID(gtin, s.Batch.Lot)
	addrs := map[Part]common.Address{}
	for p, snd := range cast.Senders {
		addrs[p] = snd.From()
	}
	serials, sent := s.Batch.Serials, 0
	done, err := registered(ctx, c, id)
	if err != nil {
		return nil, err
	}
	switch {
	case !done && cast.Registrar != nil:
		res, err := cast.Registrar.Register(ctx, cast.Manufacturer, s.Batch)
		if err != nil {
			return nil, fmt.Errorf("register batch %s: %w", s.Batch.Lot, err)
		}
		if len(serials) == 0 {
			serials = res.Serials
		}
		sent++
	case !done && len(serials) == 0:
		if serials, err = chain.GenerateSerials(s.Batch.Quantity); err != nil {
			return nil, err
		}
	case done && len(serials) == 0:
		if cast.Serials == nil {
			return nil, fmt.Errorf("demo story %s: the batch is registered, and its serials are neither given nor stored", s.Batch.Lot)
		}
		if serials, err = cast.Serials(ctx, pedigree.TokenIDFromBig(id)); err != nil {
			return nil, err
		}
	}
	tree, err := merkle.New(serials)
	if err != nil {
		return nil, err
	}
	sc, err := s.write(addrs, serials, tree)
	if err != nil {
		return nil, err
	}
	sc.Sent = sent
	for i, act := range sc.Acts {
		for _, st := range act {
			if i == 0 && (done || cast.Registrar != nil) {
				continue // registered above, or before
			}
			if ok, err := st.done(ctx, c); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", st.By, st.What, err)
			} else if ok {
				continue
			}
			snd := cast.Senders[st.By]
			if _, err := snd.Transact(ctx, &c.Address, st.Data); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", st.By, st.What, err)
			}
			sc.Sent++
		}
	}
	return sc, nil
}

// registered reports whether batch id is on the chain.
func registered(ctx context.Context, c *chain.Contract, id *big.Int) (bool, error) {
	_, err := c.Batch(ctx, id)
	if chain.IsRevert(err, "PedigreeUnknownBatch") {
		return false, nil
	}
	return err == nil, err
}

// exists reports whether token has been minted (by a split).
func exists(ctx context.Context, c *chain.Contract, token *big.Int) (bool, error) {
	_, err := c.Token(ctx, token)
	if chain.IsRevert(err, "ERC721NonexistentToken") {
		return false, nil
	}
	return err == nil, err
}

// shipped reports whether token is on its way to to, or there.
func shipped(ctx context.Context, c *chain.Contract, token *big.Int, to common.Address) (bool, error) {
	owner, err := c.OwnerOf(ctx, token)
	if err != nil || owner == to {
		return err == nil, err
	}
	t, err := c.Token(ctx, token)
	return t.PendingTo == to, err
}
