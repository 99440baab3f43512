package chain

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

var (
	pedigreeABIOnce sync.Once
	pedigreeABI     *abi.ABI
)

// PedigreeABI returns the parsed ABI of pedigree's contract.
func PedigreeABI() *abi.ABI {
	pedigreeABIOnce.Do(func() {
		a, err := PedigreeMetaData.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("chain: generated Pedigree ABI does not parse: %v", err)) // a build defect
		}
		pedigreeABI = a
	})
	return pedigreeABI
}

// BatchID returns the token id of the batch (gtin, lot), as the contract computes it:
// uint256(keccak256(abi.encode(uint64 gtin, string lot))).
func BatchID(gtin uint64, lot string) *big.Int {
	// abi.encode(uint64, string): the GTIN word, the offset of the string (0x40), its length, its
	// bytes padded to a whole number of words.
	words := 3 + (len(lot)+31)/32
	buf := make([]byte, 32*words)
	new(big.Int).SetUint64(gtin).FillBytes(buf[0:32])
	buf[63] = 0x40
	new(big.Int).SetInt64(int64(len(lot))).FillBytes(buf[64:96])
	copy(buf[96:], lot)
	return new(big.Int).SetBytes(crypto.Keccak256(buf))
}

// SplitTokenID returns the id of the token a split creates when it starts at pack newStart.
func SplitTokenID(batchID *big.Int, newStart uint32) *big.Int {
	return new(big.Int).Xor(batchID, new(big.Int).SetUint64(uint64(newStart)))
}

// PedigreeCreationCode returns the transaction data that deploys pedigree's contract with its
// first regulator located at regulatorGLN.
func PedigreeCreationCode(regulatorGLN uint64) []byte {
	return append(common.FromHex(PedigreeMetaData.Bin), NewPedigree().PackConstructor(regulatorGLN)...)
}

// Deploy deploys pedigree's contract from s's account, which becomes its first regulator,
// located at regulatorGLN, and waits for it to be mined.
func Deploy(ctx context.Context, s *Sender, regulatorGLN uint64) (common.Address, *types.Receipt, error) {
	receipt, err := s.Transact(ctx, nil, PedigreeCreationCode(regulatorGLN))
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy contract: %w", err)
	}
	return receipt.ContractAddress, receipt, nil
}

// DeployBlock finds the block in which addr got its code, by bisection over the chain's history
// (the node must keep old state: an archive node, or the embedded chain). ENOTFOUND when addr
// has no code at the head.
func DeployBlock(ctx context.Context, backend Backend, addr common.Address) (uint64, error) {
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read head: %w", err)
	}
	hasCode := func(n uint64) (bool, error) {
		code, err := backend.CodeAt(ctx, addr, new(big.Int).SetUint64(n))
		if err != nil {
			return false, fmt.Errorf("read code of %s at block %d: %w", addr, n, err)
		}
		return len(code) > 0, nil
	}
	lo, hi := uint64(0), head.Number.Uint64()
	if ok, err := hasCode(hi); err != nil || !ok {
		if err == nil {
			err = pedigree.Errorf(pedigree.ENOTFOUND, "no contract at %s on this chain", addr)
		}
		return 0, err
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		ok, err := hasCode(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// Contract is a deployed pedigree contract: typed reads, and transactions sent through a Sender.
type Contract struct {
	Address common.Address
	backend Backend
	binding *Pedigree
	inst    *bind.BoundContract
}

// NewContract returns the contract at addr on backend.
func NewContract(backend Backend, addr common.Address) *Contract {
	b := NewPedigree()
	return &Contract{Address: addr, backend: backend, binding: b, inst: b.Instance(backend, addr)}
}

// Binding returns the generated binding, for packing calls and unpacking events.
func (c *Contract) Binding() *Pedigree { return c.binding }

func (c *Contract) transact(ctx context.Context, s *Sender, data []byte) (*types.Receipt, error) {
	return s.Transact(ctx, &c.Address, data)
}

func call[T any](ctx context.Context, c *Contract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, asRevert(err, []*abi.ABI{PedigreeABI()})
	}
	return v, nil
}

// RegisterParticipant registers account as role at gln (s must be a regulator's).
func (c *Contract) RegisterParticipant(ctx context.Context, s *Sender, account common.Address, role pedigree.Role, gln uint64) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackRegisterParticipant(account, uint8(role), gln))
}

// SuspendParticipant suspends account (s must be a regulator's).
func (c *Contract) SuspendParticipant(ctx context.Context, s *Sender, account common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackSuspendParticipant(account))
}

// ReinstateParticipant lifts account's suspension (s must be a regulator's).
func (c *Contract) ReinstateParticipant(ctx context.Context, s *Sender, account common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackReinstateParticipant(account))
}

// AddKey adds key as a signing key of the participant account: key then acts as account, whose
// tokens, pending shipments and undo rights it shares. s must be one of account's active keys or
// a regulator's.
func (c *Contract) AddKey(ctx context.Context, s *Sender, account, key common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackAddKey(account, key))
}

// RetireKey retires key, an active key of the participant account (account's own key included),
// which can then no longer act; the last key cannot be retired. s must be one of account's active
// keys or a regulator's.
func (c *Contract) RetireKey(ctx context.Context, s *Sender, account, key common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackRetireKey(account, key))
}

// KeyAccount returns the participant account key signs for, or the zero address when key is
// unknown or retired.
func (c *Contract) KeyAccount(ctx context.Context, key common.Address) (common.Address, error) {
	return call(ctx, c, c.binding.PackKeyAccount(key), c.binding.UnpackKeyAccount)
}

// NewBatch is what registering a batch commits to the chain.
type NewBatch struct {
	GTIN      uint64
	Lot       string
	ExpiryDay uint16 // last day of use, days since 1970-01-01
	Quantity  uint32
	// IndexRoot and SortedRoot are the roots of the serials' two trees (merkle.Tree's
	// IndexRoot and SortedRoot); the contract stores their parent, merkle.SerialsRoot.
	IndexRoot, SortedRoot common.Hash
	MasterDataHash        common.Hash
}

// PackRegisterBatch returns the calldata of registerBatch for b.
func (c *Contract) PackRegisterBatch(b NewBatch) []byte {
	return c.binding.PackRegisterBatch(b.GTIN, b.Lot, b.ExpiryDay, new(big.Int).SetUint64(uint64(b.Quantity)),
		b.IndexRoot, b.SortedRoot, b.MasterDataHash)
}

// RegisterBatch registers b and mints its token to s's account (a manufacturer's, owning b.GTIN).
func (c *Contract) RegisterBatch(ctx context.Context, s *Sender, b NewBatch) (*types.Receipt, error) {
	return c.transact(ctx, s, c.PackRegisterBatch(b))
}

// AssignPrefix assigns the GS1 company prefix (6 to 12 digits, leading zeros included) to the
// manufacturer, moving it from any other (s must be a regulator's).
func (c *Contract) AssignPrefix(ctx context.Context, s *Sender, prefix string, manufacturer common.Address) (*types.Receipt, error) {
	n, length, err := prefixArgs(prefix)
	if err != nil {
		return nil, err
	}
	return c.transact(ctx, s, c.binding.PackAssignPrefix(n, length, manufacturer))
}

// AssignGTIN assigns the single GTIN-14 to the manufacturer, moving it from any other (s must
// be a regulator's).
func (c *Contract) AssignGTIN(ctx context.Context, s *Sender, gtin uint64, manufacturer common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackAssignGTIN(gtin, manufacturer))
}

// GTINOwner returns the manufacturer that may register batches of gtin, or the zero address.
func (c *Contract) GTINOwner(ctx context.Context, gtin uint64) (common.Address, error) {
	return call(ctx, c, c.binding.PackGtinOwner(gtin), c.binding.UnpackGtinOwner)
}

// PrefixOwner returns the manufacturer the company prefix (6 to 12 digits) is assigned to, or
// the zero address; a 14-digit prefix is a single GTIN, and its exact assignment is returned.
func (c *Contract) PrefixOwner(ctx context.Context, prefix string) (common.Address, error) {
	var n uint64
	var length uint8
	var err error
	if len(prefix) == 14 {
		n, err = strconv.ParseUint(prefix, 10, 64)
		length = 14
	} else {
		n, length, err = prefixArgs(prefix)
	}
	if err != nil {
		return common.Address{}, err
	}
	return call(ctx, c, c.binding.PackPrefixOwner(n, length), c.binding.UnpackPrefixOwner)
}

// prefixArgs turns a company prefix into the contract's (prefix, length) arguments.
func prefixArgs(prefix string) (uint64, uint8, error) {
	if err := pedigree.ValidPrefix(prefix); err != nil {
		return 0, 0, err
	}
	n, err := strconv.ParseUint(prefix, 10, 64)
	if err != nil {
		return 0, 0, pedigree.Errorf(pedigree.EINVALID, "prefix: %q is not a number", prefix)
	}
	return n, uint8(len(prefix)), nil
}

// Split moves packs [newStart, end) of tokenID into a new token, SplitTokenID(batchID, newStart).
func (c *Contract) Split(ctx context.Context, s *Sender, tokenID *big.Int, newStart uint32) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackSplit(tokenID, new(big.Int).SetUint64(uint64(newStart))))
}

// Ship ships tokenID to to.
func (c *Contract) Ship(ctx context.Context, s *Sender, tokenID *big.Int, to common.Address) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackShip(tokenID, to))
}

// Accept accepts the pending shipment of tokenID.
func (c *Contract) Accept(ctx context.Context, s *Sender, tokenID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackAccept(tokenID))
}

// CancelShipment cancels the pending shipment of tokenID.
func (c *Contract) CancelShipment(ctx context.Context, s *Sender, tokenID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackCancelShipment(tokenID))
}

// SetPackState sets one pack of tokenID to state, proving its serial hash with proof.
func (c *Contract) SetPackState(ctx context.Context, s *Sender, tokenID *big.Int, index uint32, serialHash common.Hash, state pedigree.PackState, proof []common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackSetPackState(tokenID, new(big.Int).SetUint64(uint64(index)), serialHash, uint8(state), hashes(proof)))
}

// PackProof is a multiproof for several packs: indexes ascending, their serial hashes in the same
// order, and the OpenZeppelin multiproof (internal/merkle builds it).
type PackProof struct {
	Indexes      []uint64
	SerialHashes []common.Hash
	Proof        []common.Hash
	Flags        []bool
}

// SetPackStates sets many packs of tokenID to state in one transaction.
func (c *Contract) SetPackStates(ctx context.Context, s *Sender, tokenID *big.Int, state pedigree.PackState, p PackProof) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackSetPackStates(tokenID, bigs(p.Indexes), hashes(p.SerialHashes), uint8(state), hashes(p.Proof), p.Flags))
}

// UndoPackStates reverts packs of tokenID to active.
func (c *Contract) UndoPackStates(ctx context.Context, s *Sender, tokenID *big.Int, indexes []uint64) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackUndoPackStates(tokenID, bigs(indexes)))
}

// Recall recalls batchID for reason (non-zero).
func (c *Contract) Recall(ctx context.Context, s *Sender, batchID *big.Int, reason uint8) (*types.Receipt, error) {
	return c.transact(ctx, s, c.binding.PackRecall(batchID, reason))
}

// Participant returns the registration of account (role none when it has none).
func (c *Contract) Participant(ctx context.Context, account common.Address) (IPedigreeParticipant, error) {
	return call(ctx, c, c.binding.PackParticipant(account), c.binding.UnpackParticipant)
}

// Batch returns the stored fields of batchID.
func (c *Contract) Batch(ctx context.Context, batchID *big.Int) (IPedigreeBatch, error) {
	return call(ctx, c, c.binding.PackBatch(batchID), c.binding.UnpackBatch)
}

// Token returns what tokenID covers.
func (c *Contract) Token(ctx context.Context, tokenID *big.Int) (TokenOutput, error) {
	return call(ctx, c, c.binding.PackToken(tokenID), c.binding.UnpackToken)
}

// OwnerOf returns the holder of tokenID.
func (c *Contract) OwnerOf(ctx context.Context, tokenID *big.Int) (common.Address, error) {
	return call(ctx, c, c.binding.PackOwnerOf(tokenID), c.binding.UnpackOwnerOf)
}

// BalanceOf returns the number of tokens account holds (ERC-721 balanceOf).
func (c *Contract) BalanceOf(ctx context.Context, account common.Address) (uint64, error) {
	n, err := call(ctx, c, c.binding.PackBalanceOf(account), c.binding.UnpackBalanceOf)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// PackState returns pack index of batchID: state, day of the change, who changed it.
func (c *Contract) PackState(ctx context.Context, batchID *big.Int, index uint32) (PackStateOutput, error) {
	return call(ctx, c, c.binding.PackPackState(batchID, new(big.Int).SetUint64(uint64(index))), c.binding.UnpackPackState)
}

// VerifySerial asks the contract whether proof shows serialHash is pack index of batchID.
func (c *Contract) VerifySerial(ctx context.Context, batchID *big.Int, index uint32, serialHash common.Hash, proof []common.Hash) (bool, error) {
	return call(ctx, c, c.binding.PackVerifySerial(batchID, new(big.Int).SetUint64(uint64(index)), serialHash, hashes(proof)), c.binding.UnpackVerifySerial)
}

// VerifyAbsent asks the contract whether p proves that no serial of batchID hashes to
// serialHash (p's own SerialHash and roots are not sent: the contract reads the batch's root).
// It returns nil when the contract accepts the proof, and the contract's refusal otherwise: a
// *RevertError named PedigreeInvalidNonMembership, PedigreeInvalidProof or PedigreeUnknownBatch.
func (c *Contract) VerifyAbsent(ctx context.Context, batchID *big.Int, serialHash common.Hash, p pedigree.NonMembership) error {
	ok, err := call(ctx, c, c.PackVerifyAbsent(batchID, serialHash, p), c.binding.UnpackVerifyAbsent)
	if err == nil && !ok {
		err = fmt.Errorf("verifyAbsent returned false") // the contract reverts instead: a defect
	}
	return err
}

// PackVerifyAbsent returns the calldata of verifyAbsent(batchId, serialHash, low, high) for p.
func (c *Contract) PackVerifyAbsent(batchID *big.Int, serialHash common.Hash, p pedigree.NonMembership) []byte {
	return c.binding.PackVerifyAbsent(batchID, serialHash, neighbour(p.Low), neighbour(p.High))
}

func neighbour(n pedigree.Neighbour) IPedigreeNeighbour {
	proof := make([][32]byte, len(n.Proof))
	for i, h := range n.Proof {
		proof[i] = h
	}
	return IPedigreeNeighbour{Position: new(big.Int).SetUint64(uint64(n.Position)), SerialHash: n.SerialHash, Proof: proof}
}

func bigUint(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func bigs(ns []uint64) []*big.Int {
	out := make([]*big.Int, len(ns))
	for i, n := range ns {
		out[i] = new(big.Int).SetUint64(n)
	}
	return out
}
