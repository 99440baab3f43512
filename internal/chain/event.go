package chain

import (
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// EventTopics returns the topic-0 hashes of every event DecodeEvent understands, for log filters.
func EventTopics() []common.Hash {
	a := PedigreeABI()
	var out []common.Hash
	for _, name := range eventNames {
		out = append(out, a.Events[name].ID)
	}
	return out
}

var eventNames = []string{
	"ParticipantRegistered", "ParticipantSuspended", "ParticipantReinstated", "BatchRegistered",
	"TokenSplit", "ShipmentSent", "ShipmentCancelled", "Transfer", "PackStatesChanged",
	"PackStatesReverted", "BatchRecalled", "PrefixAssigned", "GTINAssigned", "KeyAdded", "KeyRetired",
}

// DecodeEvent turns a log of pedigree's contract into a domain event. It reports ok == false
// for logs that carry nothing for the projection (the Transfer of a mint, which BatchRegistered
// and TokenSplit describe). A log it cannot decode, or whose values the contract could never
// have emitted, is an error: it comes from the node, and the node is not trusted blindly.
func DecodeEvent(l *types.Log) (ev pedigree.Event, ok bool, err error) {
	if len(l.Topics) == 0 {
		return nil, false, fmt.Errorf("log %d of block %d has no topics", l.Index, l.BlockNumber)
	}
	a := PedigreeABI()
	e, err := a.EventByID(l.Topics[0])
	if err != nil {
		return nil, false, fmt.Errorf("log %d of block %d: unknown event %s", l.Index, l.BlockNumber, l.Topics[0])
	}
	meta := pedigree.EventMeta{
		Block:     l.BlockNumber,
		BlockHash: pedigree.Hash(l.BlockHash),
		TxHash:    pedigree.Hash(l.TxHash),
		LogIndex:  uint32(l.Index),
		Time:      time.Unix(int64(l.BlockTimestamp), 0).UTC(),
	}
	ev, ok, err = decode(e.Name, meta, l)
	if err != nil {
		return nil, false, fmt.Errorf("log %d of block %d (%s): %w", l.Index, l.BlockNumber, e.Name, err)
	}
	return ev, ok, nil
}

// binding is shared: decoding is on the indexer's hot path.
var binding = sync.OnceValue(NewPedigree)

func decode(name string, meta pedigree.EventMeta, l *types.Log) (pedigree.Event, bool, error) {
	b := binding()
	switch name {
	case "ParticipantRegistered":
		e, err := b.UnpackParticipantRegisteredEvent(l)
		if err != nil {
			return nil, false, err
		}
		role := pedigree.Role(e.Role)
		if role == pedigree.RoleNone || role > pedigree.RoleRegulator {
			return nil, false, fmt.Errorf("role %d out of range", e.Role)
		}
		gln, err := digits(e.Gln, 13)
		if err != nil {
			return nil, false, err
		}
		n, err := u32(e.Number)
		if err != nil {
			return nil, false, err
		}
		return pedigree.ParticipantRegistered{EventMeta: meta, Account: pedigree.Address(e.Account), Role: role, GLN: gln, Number: n, By: pedigree.Address(e.By)}, true, nil
	case "ParticipantSuspended":
		e, err := b.UnpackParticipantSuspendedEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.ParticipantSuspended{EventMeta: meta, Account: pedigree.Address(e.Account), By: pedigree.Address(e.By)}, true, nil
	case "ParticipantReinstated":
		e, err := b.UnpackParticipantReinstatedEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.ParticipantReinstated{EventMeta: meta, Account: pedigree.Address(e.Account), By: pedigree.Address(e.By)}, true, nil
	case "BatchRegistered":
		e, err := b.UnpackBatchRegisteredEvent(l)
		if err != nil {
			return nil, false, err
		}
		gtin, err := digits(e.Gtin, 14)
		if err != nil {
			return nil, false, err
		}
		if len(e.Lot) == 0 || len(e.Lot) > 20 {
			return nil, false, fmt.Errorf("lot of %d bytes", len(e.Lot))
		}
		q, err := u32(e.Quantity)
		if err != nil || q == 0 {
			return nil, false, fmt.Errorf("quantity %v out of range", e.Quantity)
		}
		return pedigree.BatchRegistered{
			EventMeta: meta, BatchID: pedigree.TokenIDFromBig(e.BatchId), Manufacturer: pedigree.Address(e.Manufacturer),
			GTIN: gtin, Lot: e.Lot, Expiry: time.Unix(int64(e.ExpiryDay)*86400, 0).UTC(), Quantity: q,
			SerialsRoot: pedigree.Hash(merkle.SerialsRoot(e.IndexRoot, e.SortedRoot)),
			IndexRoot:   pedigree.Hash(e.IndexRoot), SortedRoot: pedigree.Hash(e.SortedRoot),
			MasterDataHash: pedigree.Hash(e.MasterDataHash),
		}, true, nil
	case "KeyAdded":
		e, err := b.UnpackKeyAddedEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.KeyAdded{EventMeta: meta, Account: pedigree.Address(e.Account), Key: pedigree.Address(e.Key), By: pedigree.Address(e.By)}, true, nil
	case "KeyRetired":
		e, err := b.UnpackKeyRetiredEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.KeyRetired{EventMeta: meta, Account: pedigree.Address(e.Account), Key: pedigree.Address(e.Key), By: pedigree.Address(e.By)}, true, nil
	case "PrefixAssigned":
		e, err := b.UnpackPrefixAssignedEvent(l)
		if err != nil {
			return nil, false, err
		}
		if e.Length < pedigree.MinPrefixDigits || e.Length > pedigree.MaxPrefixDigits {
			return nil, false, fmt.Errorf("prefix length %d out of range", e.Length)
		}
		prefix := fmt.Sprintf("%0*d", e.Length, e.Prefix)
		if len(prefix) != int(e.Length) {
			return nil, false, fmt.Errorf("prefix %d has more than %d digits", e.Prefix, e.Length)
		}
		return pedigree.PrefixAssigned{EventMeta: meta, Prefix: prefix, Manufacturer: pedigree.Address(e.Manufacturer),
			Previous: pedigree.Address(e.Previous), By: pedigree.Address(e.By)}, true, nil
	case "GTINAssigned":
		e, err := b.UnpackGTINAssignedEvent(l)
		if err != nil {
			return nil, false, err
		}
		gtin, err := digits(e.Gtin, 14)
		if err != nil {
			return nil, false, err
		}
		return pedigree.GTINAssigned{EventMeta: meta, GTIN: gtin, Manufacturer: pedigree.Address(e.Manufacturer),
			Previous: pedigree.Address(e.Previous), By: pedigree.Address(e.By)}, true, nil
	case "TokenSplit":
		e, err := b.UnpackTokenSplitEvent(l)
		if err != nil {
			return nil, false, err
		}
		start, err1 := u32(e.Start)
		end, err2 := u32(e.End)
		if err1 != nil || err2 != nil || start >= end {
			return nil, false, fmt.Errorf("range [%v, %v) invalid", e.Start, e.End)
		}
		return pedigree.TokenSplit{EventMeta: meta, TokenID: pedigree.TokenIDFromBig(e.TokenId), NewTokenID: pedigree.TokenIDFromBig(e.NewTokenId),
			BatchID: pedigree.TokenIDFromBig(e.BatchId), Start: start, End: end}, true, nil
	case "ShipmentSent":
		e, err := b.UnpackShipmentSentEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.ShipmentSent{EventMeta: meta, TokenID: pedigree.TokenIDFromBig(e.TokenId), From: pedigree.Address(e.From), To: pedigree.Address(e.To)}, true, nil
	case "ShipmentCancelled":
		e, err := b.UnpackShipmentCancelledEvent(l)
		if err != nil {
			return nil, false, err
		}
		return pedigree.ShipmentCancelled{EventMeta: meta, TokenID: pedigree.TokenIDFromBig(e.TokenId), By: pedigree.Address(e.By)}, true, nil
	case "Transfer":
		e, err := b.UnpackTransferEvent(l)
		if err != nil {
			return nil, false, err
		}
		if e.From == (common.Address{}) {
			return nil, false, nil // a mint: BatchRegistered or TokenSplit says more
		}
		return pedigree.ShipmentAccepted{EventMeta: meta, TokenID: pedigree.TokenIDFromBig(e.TokenId), From: pedigree.Address(e.From), To: pedigree.Address(e.To)}, true, nil
	case "PackStatesChanged":
		e, err := b.UnpackPackStatesChangedEvent(l)
		if err != nil {
			return nil, false, err
		}
		state := pedigree.PackState(e.State)
		if state == pedigree.PackActive || state > pedigree.PackCheckedOut {
			return nil, false, fmt.Errorf("state %d out of range", e.State)
		}
		idx, err := indexes(e.Indexes)
		if err != nil {
			return nil, false, err
		}
		return pedigree.PackStatesChanged{EventMeta: meta, BatchID: pedigree.TokenIDFromBig(e.BatchId), Actor: pedigree.Address(e.Actor), State: state, Indexes: idx}, true, nil
	case "PackStatesReverted":
		e, err := b.UnpackPackStatesRevertedEvent(l)
		if err != nil {
			return nil, false, err
		}
		idx, err := indexes(e.Indexes)
		if err != nil {
			return nil, false, err
		}
		return pedigree.PackStatesReverted{EventMeta: meta, BatchID: pedigree.TokenIDFromBig(e.BatchId), Actor: pedigree.Address(e.Actor), Indexes: idx}, true, nil
	case "BatchRecalled":
		e, err := b.UnpackBatchRecalledEvent(l)
		if err != nil {
			return nil, false, err
		}
		if e.Reason == 0 {
			return nil, false, fmt.Errorf("recall without a reason")
		}
		return pedigree.BatchRecalled{EventMeta: meta, BatchID: pedigree.TokenIDFromBig(e.BatchId), By: pedigree.Address(e.By), Reason: e.Reason}, true, nil
	}
	return nil, false, nil // Approval and ApprovalForAll: the contract never emits them
}

// digits formats n with exactly width digits, refusing numbers that do not fit.
func digits(n uint64, width int) (string, error) {
	s := fmt.Sprintf("%0*d", width, n)
	if len(s) != width || n == 0 {
		return "", fmt.Errorf("%d is not a %d-digit code", n, width)
	}
	return s, nil
}

func u32(n *big.Int) (uint32, error) {
	if n == nil || n.Sign() < 0 || !n.IsUint64() || n.Uint64() > 1<<32-1 {
		return 0, fmt.Errorf("%v out of range", n)
	}
	return uint32(n.Uint64()), nil
}

func indexes(ns []*big.Int) ([]uint32, error) {
	if len(ns) == 0 {
		return nil, fmt.Errorf("no pack indexes")
	}
	out := make([]uint32, len(ns))
	for i, n := range ns {
		v, err := u32(n)
		if err != nil {
			return nil, fmt.Errorf("pack index %w", err)
		}
		out[i] = v
	}
	return out, nil
}
