package chain

import (
	"context"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Actions performs organisations' actions on the contract, signing with their keys. It
// implements pedigree.CustodyService.
type Actions struct {
	// Names names a participant's account for people (its organisation's name), in refusals;
	// nil or "": the account as it is.
	Names    func(ctx context.Context, account pedigree.Address) string
	contract *Contract
	senders  *Senders
	packs    pedigree.PackLocator
	trees    *merkle.Cache[pedigree.TokenID]
}

var _ pedigree.CustodyService = (*Actions)(nil)

// NewActions returns the actions on c of the organisations whose senders it has, keyed by
// account; packs finds packs for state changes.
func NewActions(c *Contract, senders *Senders, packs pedigree.PackLocator) *Actions {
	return &Actions{contract: c, senders: senders, packs: packs, trees: merkle.NewCache[pedigree.TokenID](16)}
}

// holders are the roles that hold tokens and change packs.
var holders = []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser}

// sender checks org's role is one of roles and returns its sender: nothing is signed for an
// organisation whose role may not do what it asks.
func (a *Actions) sender(org pedigree.Organisation, what string, roles ...pedigree.Role) (*Sender, error) {
	allowed := false
	for _, r := range roles {
		allowed = allowed || org.Role == r
	}
	if !allowed {
		return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "%s is a %s: it may not %s", org.Name, org.Role, what)
	}
	s, ok := a.senders.Get(org.Account)
	if !ok {
		return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "this service holds no key for %s (%s)", org.Name, org.Account)
	}
	return s, nil
}

func (a *Actions) send(ctx context.Context, s *Sender, data []byte) (pedigree.TxResult, error) {
	receipt, err := s.Transact(ctx, &a.contract.Address, data)
	if err != nil {
		return pedigree.TxResult{}, a.domainError(ctx, err)
	}
	return result(receipt), nil
}

// domainError is DomainError with accounts named (Names).
func (a *Actions) domainError(ctx context.Context, err error) error {
	if a.Names == nil {
		return DomainError(err)
	}
	return NamedDomainError(err, func(addr common.Address) string { return a.Names(ctx, pedigree.Address(addr)) })
}

func result(r *types.Receipt) pedigree.TxResult {
	return pedigree.TxResult{TxHash: pedigree.Hash(r.TxHash), Block: r.BlockNumber.Uint64()}
}

// Split implements pedigree.CustodyService.
func (a *Actions) Split(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, newStart uint32) (pedigree.TokenID, pedigree.TxResult, error) {
	s, err := a.sender(org, "split tokens", holders...)
	if err != nil {
		return pedigree.TokenID{}, pedigree.TxResult{}, err
	}
	t, err := a.contract.Token(ctx, token.Big())
	if err != nil {
		return pedigree.TokenID{}, pedigree.TxResult{}, DomainError(err)
	}
	res, err := a.send(ctx, s, a.contract.binding.PackSplit(token.Big(), bigUint(uint64(newStart))))
	if err != nil {
		return pedigree.TokenID{}, res, err
	}
	return pedigree.TokenIDFromBig(SplitTokenID(t.BatchId, newStart)), res, nil
}

// Ship implements pedigree.CustodyService.
func (a *Actions) Ship(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, to pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "ship tokens", holders...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackShip(token.Big(), common.Address(to)))
}

// Accept implements pedigree.CustodyService.
func (a *Actions) Accept(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID) (pedigree.TxResult, error) {
	s, err := a.sender(org, "accept shipments", holders...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackAccept(token.Big()))
}

// Cancel implements pedigree.CustodyService.
func (a *Actions) Cancel(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID) (pedigree.TxResult, error) {
	s, err := a.sender(org, "cancel shipments", holders...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackCancelShipment(token.Big()))
}

// SetPackStates implements pedigree.CustodyService: the packs are grouped by the token they
// are in, and each group goes in one transaction with one multiproof.
func (a *Actions) SetPackStates(ctx context.Context, org pedigree.Organisation, state pedigree.PackState, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
	s, err := a.sender(org, "change packs' states", holders...)
	if err != nil {
		return nil, err
	}
	if state == pedigree.PackActive || state > pedigree.PackCheckedOut {
		return nil, pedigree.Errorf(pedigree.EINVALID, "state: %s is not a state to set (use undo to make packs active again)", state)
	}
	groups, err := a.locate(ctx, packs)
	if err != nil {
		return nil, err
	}
	var out []pedigree.TxResult
	for _, g := range groups {
		serials := make(map[int]string, len(g.locs))
		for _, l := range g.locs {
			serials[l.Index] = l.Serial
		}
		res, err := a.setStates(ctx, s, g.token, g.batch, state, g.indexes, func(i int) string { return serials[i] })
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

// setStates sets the packs indexes (ascending) of token, of batch, to state in one transaction
// with one multiproof; serial returns a pack's serial.
func (a *Actions) setStates(ctx context.Context, s *Sender, token, batch pedigree.TokenID, state pedigree.PackState, indexes []int, serial func(int) string) (pedigree.TxResult, error) {
	tree, err := a.tree(ctx, batch)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	mp, err := tree.MultiProof(indexes)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	p := PackProof{Indexes: mp.Indexes, Proof: mp.Proof, Flags: mp.Flags}
	for _, i := range mp.Indexes {
		p.SerialHashes = append(p.SerialHashes, merkle.SerialHash(serial(int(i))))
	}
	return a.send(ctx, s, a.contract.binding.PackSetPackStates(token.Big(), bigs(p.Indexes), hashes(p.SerialHashes), uint8(state), hashes(p.Proof), p.Flags))
}

// SetTokenPackStates implements pedigree.CustodyService, proving the packs with the batch's
// stored serial list.
func (a *Actions) SetTokenPackStates(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, state pedigree.PackState, packs []pedigree.PackRange) (pedigree.TxResult, error) {
	s, err := a.sender(org, "change packs' states", holders...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	if state == pedigree.PackActive || state > pedigree.PackCheckedOut {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "state: %s is not a state to set (use undo to make packs active again)", state)
	}
	var indexes []int
	for _, r := range packs {
		if r.Start < 0 || r.End <= r.Start || (len(indexes) > 0 && r.Start <= indexes[len(indexes)-1]) {
			return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "packs: give ascending, non-empty ranges that do not overlap")
		}
		for i := r.Start; i < r.End; i++ {
			indexes = append(indexes, i)
		}
		if len(indexes) > pedigree.MaxPacksPerAction {
			return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "packs: give from 1 to %d packs", pedigree.MaxPacksPerAction)
		}
	}
	if len(indexes) == 0 {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "packs: give from 1 to %d packs", pedigree.MaxPacksPerAction)
	}
	t, err := a.contract.Token(ctx, token.Big())
	if err != nil {
		return pedigree.TxResult{}, DomainError(err)
	}
	batch := pedigree.TokenIDFromBig(t.BatchId)
	serials, err := a.packs.Serials(ctx, batch)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	if last := indexes[len(indexes)-1]; last >= len(serials) {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "packs: the batch has %d packs, not %d", len(serials), last+1)
	}
	return a.setStates(ctx, s, token, batch, state, indexes, func(i int) string { return serials[i] })
}

// UndoPackStates implements pedigree.CustodyService.
func (a *Actions) UndoPackStates(ctx context.Context, org pedigree.Organisation, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
	s, err := a.sender(org, "undo packs' states", holders...)
	if err != nil {
		return nil, err
	}
	groups, err := a.locate(ctx, packs)
	if err != nil {
		return nil, err
	}
	var out []pedigree.TxResult
	for _, g := range groups {
		indexes := make([]uint64, len(g.indexes))
		for i, n := range g.indexes {
			indexes[i] = uint64(n)
		}
		res, err := a.send(ctx, s, a.contract.binding.PackUndoPackStates(g.token.Big(), bigs(indexes)))
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

// packGroup is the packs of one token.
type packGroup struct {
	token, batch pedigree.TokenID
	indexes      []int // ascending
	locs         []pedigree.PackLocation
}

// locate finds the packs and groups them by token, refusing duplicates.
func (a *Actions) locate(ctx context.Context, packs []pedigree.PackCode) ([]packGroup, error) {
	if len(packs) == 0 || len(packs) > pedigree.MaxPacksPerAction {
		return nil, pedigree.Errorf(pedigree.EINVALID, "codes: give from 1 to %d packs", pedigree.MaxPacksPerAction)
	}
	locs, err := a.packs.LocatePacks(ctx, packs)
	if err != nil {
		return nil, err
	}
	byToken := map[pedigree.TokenID]*packGroup{}
	var order []pedigree.TokenID
	seen := map[string]bool{}
	for _, l := range locs {
		key := l.Batch.String() + "/" + strconv.Itoa(l.Index)
		if seen[key] {
			return nil, pedigree.Errorf(pedigree.EINVALID, "codes: serial %s is given twice", l.Serial)
		}
		seen[key] = true
		g, ok := byToken[l.Token]
		if !ok {
			g = &packGroup{token: l.Token, batch: l.Batch}
			byToken[l.Token] = g
			order = append(order, l.Token)
		}
		g.indexes = append(g.indexes, l.Index)
		g.locs = append(g.locs, l)
	}
	out := make([]packGroup, 0, len(order))
	for _, t := range order {
		g := byToken[t]
		sort.Ints(g.indexes)
		out = append(out, *g)
	}
	return out, nil
}

func (a *Actions) tree(ctx context.Context, batch pedigree.TokenID) (*merkle.Tree, error) {
	return a.trees.Get(ctx, batch, func(ctx context.Context) (*merkle.Tree, error) {
		serials, err := a.packs.Serials(ctx, batch)
		if err != nil {
			return nil, err
		}
		return merkle.New(serials)
	})
}

// Recall implements pedigree.CustodyService.
func (a *Actions) Recall(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, reason uint8) (pedigree.TxResult, error) {
	s, err := a.sender(org, "recall batches", pedigree.RoleManufacturer, pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	if reason == 0 {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "reason: give a recall reason code from 1 to 255")
	}
	return a.send(ctx, s, a.contract.binding.PackRecall(batch.Big(), reason))
}

// RegisterParticipant implements pedigree.CustodyService.
func (a *Actions) RegisterParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address, role pedigree.Role, gln string) (pedigree.TxResult, error) {
	s, err := a.sender(org, "register participants", pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	n, err := strconv.ParseUint(gln, 10, 64)
	if err != nil || len(gln) != 13 {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "gln: %q is not 13 digits", gln)
	}
	if role == pedigree.RoleNone || role > pedigree.RoleRegulator {
		return pedigree.TxResult{}, pedigree.Errorf(pedigree.EINVALID, "role: %s is not a role to register", role)
	}
	return a.send(ctx, s, a.contract.binding.PackRegisterParticipant(common.Address(account), uint8(role), n))
}

// SuspendParticipant implements pedigree.CustodyService.
func (a *Actions) SuspendParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "suspend participants", pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackSuspendParticipant(common.Address(account)))
}

// ReinstateParticipant implements pedigree.CustodyService.
func (a *Actions) ReinstateParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "reinstate participants", pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackReinstateParticipant(common.Address(account)))
}

// AssignPrefix implements pedigree.CustodyService.
func (a *Actions) AssignPrefix(ctx context.Context, org pedigree.Organisation, prefix string, manufacturer pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "assign GS1 company prefixes", pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	n, length, err := prefixArgs(prefix)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	if err := a.checkAssignment(ctx, "prefix", prefix, manufacturer); err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackAssignPrefix(n, length, common.Address(manufacturer)))
}

// AssignGTIN implements pedigree.CustodyService.
func (a *Actions) AssignGTIN(ctx context.Context, org pedigree.Organisation, gtin string, manufacturer pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "assign GTINs", pedigree.RoleRegulator)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	if err := pedigree.ValidAssignedGTIN(gtin); err != nil {
		return pedigree.TxResult{}, err
	}
	n, _ := strconv.ParseUint(gtin, 10, 64)
	if err := a.checkAssignment(ctx, "gtin", gtin, manufacturer); err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackAssignGTIN(n, common.Address(manufacturer)))
}

// checkAssignment refuses, before anything is signed, an assignment the contract would refuse:
// to an account that is no active manufacturer, or of a code the manufacturer holds already.
func (a *Actions) checkAssignment(ctx context.Context, field, code string, manufacturer pedigree.Address) error {
	p, err := a.contract.Participant(ctx, common.Address(manufacturer))
	if err != nil {
		return DomainError(err)
	}
	switch {
	case pedigree.Role(p.Role) != pedigree.RoleManufacturer:
		return pedigree.Errorf(pedigree.EINVALID, "manufacturer: %s is not a registered manufacturer", manufacturer)
	case p.Suspended:
		return pedigree.Errorf(pedigree.EINVALID, "manufacturer: %s is suspended", manufacturer)
	}
	owner, err := a.contract.PrefixOwner(ctx, code)
	if err != nil {
		return DomainError(err)
	}
	if owner == common.Address(manufacturer) {
		return pedigree.Errorf(pedigree.ECONFLICT, "%s: %s is already assigned to %s", field, code, manufacturer)
	}
	return nil
}
