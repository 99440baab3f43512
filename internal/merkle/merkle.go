// Package merkle builds the Merkle trees that commit a medication batch's
// serial numbers, and the proofs that an on-chain contract checks with
// OpenZeppelin Contracts v5 MerkleProof.verifyCalldata and
// MerkleProof.multiProofVerifyCalldata: that a serial is pack i of the batch
// (membership), and that a serial is not in the batch at all (non-membership,
// the proof of a fake).
//
// # Serial hashes
//
// Serial numbers never go on the chain: a proof call publishes only the
// serial's hash, so a verifier can confirm a pack it holds without the chain
// becoming a public list of every serial ever made. Each serial is therefore
// hashed first,
//
//	serialHash = keccak256(bytes(serial))
//
// over the string's bytes exactly as given (no trimming, no case folding, no
// Unicode normalisation: callers normalise before building the tree).
//
// # Two trees under one root
//
// A batch's Tree is two Merkle trees whose roots are the two children of the
// one root the contract stores:
//
//	root = commutativeKeccak256(indexRoot, sortedRoot)
//
// The index tree binds each serial hash to the pack's position in the batch,
// with OpenZeppelin's double-hash convention:
//
//	leaf_i = keccak256(bytes.concat(keccak256(abi.encode(uint256 i, bytes32 serialHash_i))))
//
// The sorted tree holds the n serial hashes in ascending order (as big-endian
// unsigned integers) between two sentinels, s_0 = 0x00...00 and
// s_{n+1} = 0xff...ff, each bound to its position p in that list and tagged so
// that it can never pass for an index-tree leaf:
//
//	sortedLeaf_p = keccak256(bytes.concat(keccak256(abi.encode(bytes32 SortedLeafTag, uint256 p, bytes32 s_p))))
//	SortedLeafTag = keccak256("pedigree.sorted-serial")
//
// Two adjacent leaves with s_p < h < s_{p+1} show that no serial hashes to h:
// the proof of a fake (NonMembership, VerifyAbsent). The sentinels make the
// ends no special case. The 64- and 96-byte abi.encode preimages are hashed
// twice so that a leaf can never be mistaken for an internal node, whose
// preimage is 64 bytes (the second preimage attack that OpenZeppelin's
// MerkleProof documentation warns about); the tag keeps the two kinds of leaf
// apart, so that index-tree leaves cannot be passed off as neighbours in the
// sorted list, nor sorted leaves as packs.
//
// Every proof this package produces, of either kind of leaf, is an ordinary
// OpenZeppelin proof up to the stored root: the path in its own tree, then the
// other tree's root as the last sibling.
//
// # Layout
//
// Both trees use OpenZeppelin StandardMerkleTree's heap layout (makeMerkleTree
// in @openzeppelin/merkle-tree): an array of 2n-1 nodes with the leaf at
// position i stored at 2n-2-i and node k = commutativeKeccak256(node 2k+1,
// node 2k+2), so the tree's root is node 0. Pairs are hashed in sorted order,
// which is what lets OpenZeppelin's verifier take a proof without left/right
// bits.
//
// Unlike StandardMerkleTree, leaves are not sorted by hash: they stay in the
// order given (pack-index order, or the sorted list's). Packs travel together
// (a case holds consecutive serials), and consecutive leaves share most of
// their path to the root, so a multiproof for a case is a handful of hashes
// instead of one full path per pack. The index tree is
// StandardMerkleTree.of(values, ["uint256", "bytes32"], {sortLeaves: false})
// with values [i, serialHash_i]; the sorted tree is
// StandardMerkleTree.of(values, ["bytes32", "uint256", "bytes32"],
// {sortLeaves: false}) with values [SortedLeafTag, p, s_p].
//
// Positions are only bound through the leaves: sorted-pair hashing makes
// proofs position-independent, so Verify of a proof against the wrong index
// fails because the leaf differs, not because the path differs.
package merkle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// SortedLeafTag is the first word of a sorted-tree leaf's preimage,
// keccak256("pedigree.sorted-serial"): the contract's SORTED_LEAF_TAG.
var SortedLeafTag = crypto.Keccak256Hash([]byte("pedigree.sorted-serial"))

// The sentinels at either end of the sorted list: no serial hashes to them,
// so every absent hash lies strictly between two adjacent values.
var (
	sentinelLow  = common.Hash{}
	sentinelHigh = common.Hash{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
)

// ErrEmpty is returned by New and FromSerialHashes for an empty batch: a tree
// needs at least one leaf.
var ErrEmpty = errors.New("merkle: no serials")

// ErrIndexOutOfRange is returned by Proof and MultiProof for an index that is
// not a pack of the tree.
var ErrIndexOutOfRange = errors.New("merkle: index out of range")

// ErrDuplicateIndex is returned by MultiProof when an index is requested twice:
// OpenZeppelin's multiproof format cannot express a leaf used twice.
var ErrDuplicateIndex = errors.New("merkle: duplicate index")

// ErrNoIndexes is returned by MultiProof for an empty index list. OpenZeppelin
// accepts a multiproof of nothing as valid for any root equal to proof[0],
// which proves nothing, so this package refuses to produce one.
var ErrNoIndexes = errors.New("merkle: no indexes")

// ErrPresent is returned by NonMembership for a serial hash that is in the
// batch's list (or is one of the sentinels): there is no proof of its absence.
var ErrPresent = errors.New("merkle: the serial is in the list")

// ErrInvalidNonMembership is returned by VerifyAbsent when the neighbours are
// not at adjacent positions or do not enclose the serial hash strictly: the
// contract's PedigreeInvalidNonMembership.
var ErrInvalidNonMembership = errors.New("merkle: the neighbours are not adjacent around the serial hash")

// ErrInvalidProof is returned by VerifyAbsent when a neighbour's proof does not
// show its leaf under the root: the contract's PedigreeInvalidProof.
var ErrInvalidProof = errors.New("merkle: a neighbour is not in the sorted list")

// Tree is the commitment of a batch's serial list: its index tree and its
// sorted tree under one root (see the package documentation). It is immutable
// after New or FromSerialHashes and safe for concurrent use.
type Tree struct {
	index  heap
	sorted heap
	// values is the sorted list: the sentinels at 0 and len-1, the serial
	// hashes ascending between them.
	values []common.Hash
	root   common.Hash
}

// heap is one Merkle tree in heap layout: 2n-1 nodes, leaf i at
// len(nodes)-1-i, the root at 0.
type heap struct {
	nodes []common.Hash
}

// MultiProof is a proof that several packs belong to a tree, in the shape
// OpenZeppelin's multiProofVerifyCalldata takes: Leaves, Proof and Flags are
// passed to the contract as they are.
type MultiProof struct {
	// Indexes are the pack indexes proven, ascending; Indexes[i] is the index
	// of Leaves[i]. The verifier does not read them: a contract that needs to
	// bind leaves to packs recomputes each leaf with Leaf.
	Indexes []uint64
	// Leaves are the leaf hashes in the order the verifier consumes them.
	Leaves []common.Hash
	// Proof holds the sibling hashes the verifier cannot compute itself.
	Proof []common.Hash
	// Flags tells the verifier, for each hash it computes, whether the second
	// operand is the next leaf or computed hash (true) or the next Proof
	// element (false).
	Flags []bool
}

// SerialHash returns keccak256 of the serial's bytes, the only form in which
// a serial appears on the chain.
func SerialHash(serial string) common.Hash {
	return newHasher().sumString(serial)
}

// Leaf returns the index-tree leaf for the pack at index with the given serial
// hash: keccak256(keccak256(abi.encode(uint256(index), serialHash))).
func Leaf(index uint64, serialHash common.Hash) common.Hash {
	h := newHasher()
	return h.leaf(index, serialHash)
}

// SortedLeaf returns the sorted-tree leaf at position with value:
// keccak256(keccak256(abi.encode(SortedLeafTag, uint256(position), value))).
func SortedLeaf(position uint64, value common.Hash) common.Hash {
	h := newHasher()
	return h.sortedLeaf(position, value)
}

// SerialsRoot returns the root a batch stores: the parent of its index tree's
// and its sorted tree's roots, commutativeKeccak256(indexRoot, sortedRoot), as
// the contract computes it in registerBatch.
func SerialsRoot(indexRoot, sortedRoot common.Hash) common.Hash {
	return newHasher().node(indexRoot, sortedRoot)
}

// New builds the tree for serials, where serials[i] is the pack at index i.
// It returns ErrEmpty for an empty list.
//
// New does not reject duplicate serials: they hash to different index-tree
// leaves because their indexes differ, so the tree is well formed, but the
// same serial would then be provable at two indexes. Rejecting duplicates is
// the caller's business, before the root is committed.
func New(serials []string) (*Tree, error) {
	if len(serials) == 0 {
		return nil, ErrEmpty
	}
	hashes := make([]common.Hash, len(serials))
	parallel(len(serials), func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			hashes[i] = h.sumString(serials[i])
		}
	})
	return fromHashes(hashes), nil
}

// FromSerialHashes builds the tree from precomputed serial hashes, where
// hashes[i] is SerialHash of the pack at index i. It is New for callers that
// never held the serials, such as a service rebuilding a tree from the
// database. It returns ErrEmpty for an empty list and, like New, does not
// reject duplicates. It does not keep or change hashes.
func FromSerialHashes(hashes []common.Hash) (*Tree, error) {
	if len(hashes) == 0 {
		return nil, ErrEmpty
	}
	return fromHashes(hashes), nil
}

// fromHashes builds both trees from the serial hashes in pack order.
func fromHashes(hashes []common.Hash) *Tree {
	n := len(hashes)
	t := &Tree{values: make([]common.Hash, n+2)}
	copy(t.values[1:], hashes)
	var wg sync.WaitGroup
	wg.Go(func() {
		t.index = build(n, func(h *hasher, i int) common.Hash { return h.leaf(uint64(i), hashes[i]) })
	})
	sortHashes(t.values[1 : n+1])
	t.values[0], t.values[n+1] = sentinelLow, sentinelHigh
	t.sorted = build(n+2, func(h *hasher, p int) common.Hash { return h.sortedLeaf(uint64(p), t.values[p]) })
	wg.Wait()
	t.root = SerialsRoot(t.index.root(), t.sorted.root())
	return t
}

// sortHashes sorts hs ascending as big-endian integers: halves on two
// goroutines, merged, when there are enough of them to be worth it.
func sortHashes(hs []common.Hash) {
	cmp := func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) }
	if len(hs) < 4*minChunk || runtime.GOMAXPROCS(0) < 2 {
		slices.SortFunc(hs, cmp)
		return
	}
	mid := len(hs) / 2
	var wg sync.WaitGroup
	wg.Go(func() { slices.SortFunc(hs[:mid], cmp) })
	slices.SortFunc(hs[mid:], cmp)
	wg.Wait()
	merged := make([]common.Hash, 0, len(hs))
	a, b := hs[:mid], hs[mid:]
	for len(a) > 0 && len(b) > 0 {
		if cmp(a[0], b[0]) <= 0 {
			merged, a = append(merged, a[0]), a[1:]
		} else {
			merged, b = append(merged, b[0]), b[1:]
		}
	}
	merged = append(append(merged, a...), b...)
	copy(hs, merged)
}

// build lays out n leaves computed by leaf and hashes the internal nodes.
func build(n int, leaf func(h *hasher, i int) common.Hash) heap {
	nodes := make([]common.Hash, 2*n-1)
	last := len(nodes) - 1
	parallel(n, func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			nodes[last-i] = leaf(h, i)
		}
	})
	// Children of a node are always one level deeper, so each level only
	// depends on the one below it and its nodes can be hashed in any order.
	// Internal nodes are 0..n-2; level d holds 2^d-1..2^(d+1)-2.
	for depth := bitLen(n-1) - 1; depth >= 0; depth-- {
		lo := 1<<depth - 1
		hi := min(1<<(depth+1)-1, n-1)
		parallel(hi-lo, func(h *hasher, a, b int) {
			for k := lo + a; k < lo+b; k++ {
				nodes[k] = h.node(nodes[2*k+1], nodes[2*k+2])
			}
		})
	}
	return heap{nodes: nodes}
}

// bitLen returns the number of bits needed to represent x (0 for 0).
func bitLen(x int) int {
	n := 0
	for ; x > 0; x >>= 1 {
		n++
	}
	return n
}

// minChunk is the fewest hashes worth handing to a goroutine; below it the
// cost of starting and joining one is a noticeable share of the work.
const minChunk = 4096

// parallel calls fn over [0, n) split into contiguous chunks, one goroutine
// and one hasher per chunk. Small inputs run on the calling goroutine.
func parallel(n int, fn func(h *hasher, lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minChunk)
	if workers <= 1 {
		fn(newHasher(), 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { fn(newHasher(), lo, hi) })
	}
	wg.Wait()
}

func (t heap) root() common.Hash { return t.nodes[0] }

func (t heap) len() int { return (len(t.nodes) + 1) / 2 }

// proof returns the sibling hashes from leaf i up to the heap's root, then
// extra.
func (t heap) proof(i int, extra common.Hash) []common.Hash {
	p := len(t.nodes) - 1 - i
	proof := make([]common.Hash, 0, bitLen(p+1))
	for p > 0 {
		proof = append(proof, t.nodes[sibling(p)])
		p = parent(p)
	}
	return append(proof, extra)
}

// Root returns the root the batch stores on chain:
// SerialsRoot(IndexRoot(), SortedRoot()). Every proof of the tree reaches it.
func (t *Tree) Root() common.Hash { return t.root }

// IndexRoot returns the root of the index tree, over the serials in pack
// order: registerBatch's indexRoot.
func (t *Tree) IndexRoot() common.Hash { return t.index.root() }

// SortedRoot returns the root of the sorted tree, over the serial hashes in
// ascending order between the sentinels: registerBatch's sortedRoot.
func (t *Tree) SortedRoot() common.Hash { return t.sorted.root() }

// Len returns the number of packs (index-tree leaves) in the tree.
func (t *Tree) Len() int { return t.index.len() }

// Leaf returns the index-tree leaf of the pack at index. Like a slice index,
// it panics if index is out of range; Proof and MultiProof return errors
// instead.
func (t *Tree) Leaf(index int) common.Hash {
	if index < 0 || index >= t.Len() {
		panic(fmt.Sprintf("merkle: leaf index %d out of range [0, %d)", index, t.Len()))
	}
	return t.index.nodes[len(t.index.nodes)-1-index]
}

// Proof returns the sibling hashes from the leaf of the pack at index up to
// Root, for MerkleProof.verifyCalldata (the contract's setPackState and
// verifySerial): the index tree's path, then SortedRoot. It returns
// ErrIndexOutOfRange for an index outside the tree.
func (t *Tree) Proof(index int) ([]common.Hash, error) {
	if err := t.checkIndex(index); err != nil {
		return nil, err
	}
	return t.index.proof(index, t.SortedRoot()), nil
}

// MultiProof returns a proof that all the packs at indexes belong to the tree,
// up to Root, for MerkleProof.multiProofVerifyCalldata, using the algorithm of
// getMultiProof in @openzeppelin/merkle-tree on the index tree and one last
// step with SortedRoot. The order of indexes does not matter; the result
// lists them ascending. It returns ErrNoIndexes for an empty list,
// ErrIndexOutOfRange for an index outside the tree and ErrDuplicateIndex for
// an index given twice.
func (t *Tree) MultiProof(indexes []int) (MultiProof, error) {
	if len(indexes) == 0 {
		return MultiProof{}, ErrNoIndexes
	}
	nodes := t.index.nodes
	last := len(nodes) - 1
	positions := make([]int, len(indexes))
	for i, index := range indexes {
		if err := t.checkIndex(index); err != nil {
			return MultiProof{}, err
		}
		positions[i] = last - index
	}
	// The verifier consumes leaves and computed hashes as one FIFO queue, so
	// the leaves must come deepest and rightmost first: positions descending,
	// which is pack indexes ascending.
	slices.Sort(positions)
	slices.Reverse(positions)
	for i := 1; i < len(positions); i++ {
		if positions[i] == positions[i-1] {
			return MultiProof{}, fmt.Errorf("%w: %d", ErrDuplicateIndex, last-positions[i])
		}
	}

	mp := MultiProof{
		Indexes: make([]uint64, len(positions)),
		Leaves:  make([]common.Hash, len(positions)),
	}
	for i, p := range positions {
		mp.Indexes[i] = uint64(last - p)
		mp.Leaves[i] = nodes[p]
	}

	// queue[head:] is OpenZeppelin's stack: shift from the front, push at the
	// back.
	queue := slices.Clone(positions)
	for head := 0; head < len(queue) && queue[head] > 0; {
		j := queue[head]
		head++
		s := sibling(j)
		if head < len(queue) && queue[head] == s {
			mp.Flags = append(mp.Flags, true)
			head++
		} else {
			mp.Flags = append(mp.Flags, false)
			mp.Proof = append(mp.Proof, nodes[s])
		}
		queue = append(queue, parent(j))
	}
	// The index tree's root is now the only hash left in the queue: one more
	// step pairs it with the sorted tree's root, giving Root.
	mp.Flags = append(mp.Flags, false)
	mp.Proof = append(mp.Proof, t.SortedRoot())
	return mp, nil
}

// NonMembership returns the proof that no serial of the batch hashes to
// serialHash: the two adjacent leaves of the sorted tree that enclose it,
// each with its proof up to Root. It returns ErrPresent when serialHash is in
// the list. It takes O(log n): a binary search and two paths.
func (t *Tree) NonMembership(serialHash common.Hash) (pedigree.NonMembership, error) {
	p, found := slices.BinarySearchFunc(t.values, serialHash, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	if found {
		return pedigree.NonMembership{}, ErrPresent
	}
	// values[0] is the lowest hash and values[len-1] the highest, and neither
	// is serialHash, so 0 < p < len(values).
	return pedigree.NonMembership{
		SerialHash:  pedigree.Hash(serialHash),
		SerialsRoot: pedigree.Hash(t.root),
		IndexRoot:   pedigree.Hash(t.IndexRoot()),
		SortedRoot:  pedigree.Hash(t.SortedRoot()),
		Low:         t.neighbour(p - 1),
		High:        t.neighbour(p),
	}, nil
}

// neighbour returns the sorted tree's leaf at position p with its proof.
func (t *Tree) neighbour(p int) pedigree.Neighbour {
	proof := t.sorted.proof(p, t.IndexRoot())
	n := pedigree.Neighbour{Position: uint32(p), SerialHash: pedigree.Hash(t.values[p]), Proof: make([]pedigree.Hash, len(proof))}
	for i, h := range proof {
		n.Proof[i] = pedigree.Hash(h)
	}
	return n
}

// checkIndex reports whether index is a pack of the tree.
func (t *Tree) checkIndex(index int) error {
	if index < 0 || index >= t.Len() {
		return fmt.Errorf("%w: %d not in [0, %d)", ErrIndexOutOfRange, index, t.Len())
	}
	return nil
}

// sibling returns the position of the other child of p's parent.
func sibling(p int) int {
	if p%2 == 1 {
		return p + 1
	}
	return p - 1
}

// parent returns the position of p's parent.
func parent(p int) int { return (p - 1) / 2 }

// Verify reports whether proof shows that the pack at index with serialHash
// belongs to the tree with root, exactly as MerkleProof.verifyCalldata would
// for Leaf(index, serialHash).
func Verify(root common.Hash, index uint64, serialHash common.Hash, proof []common.Hash) bool {
	h := newHasher()
	return processProof(h, h.leaf(index, serialHash), proof) == root
}

// VerifyAbsent checks, without the chain, that p proves no serial of the
// batch whose stored root is root hashes to serialHash, exactly as the
// contract's verifyAbsent(batchId, serialHash, p.Low, p.High) does: p.Low and
// p.High are leaves of the sorted tree at adjacent positions, proven up to
// root, with p.Low.SerialHash < serialHash < p.High.SerialHash. It returns
// nil when they do, ErrInvalidNonMembership when they are not adjacent or do
// not enclose serialHash, and ErrInvalidProof when a proof fails. It reads
// p.Low and p.High only: the caller takes root from the chain (the batch's
// serialsRoot) and serialHash from the serial.
func VerifyAbsent(root, serialHash common.Hash, p pedigree.NonMembership) error {
	low, high := p.Low, p.High
	if high.Position == 0 || high.Position-1 != low.Position ||
		bytes.Compare(low.SerialHash[:], serialHash[:]) >= 0 || bytes.Compare(serialHash[:], high.SerialHash[:]) >= 0 {
		return ErrInvalidNonMembership
	}
	h := newHasher()
	for _, n := range []pedigree.Neighbour{low, high} {
		proof := make([]common.Hash, len(n.Proof))
		for i, x := range n.Proof {
			proof[i] = common.Hash(x)
		}
		if processProof(h, h.sortedLeaf(uint64(n.Position), common.Hash(n.SerialHash)), proof) != root {
			return fmt.Errorf("%w (position %d)", ErrInvalidProof, n.Position)
		}
	}
	return nil
}

// VerifyMulti reports whether p proves its leaves belong to the tree with
// root, exactly as MerkleProof.multiProofVerifyCalldata(p.Proof, p.Flags,
// root, p.Leaves) would, returning false where the contract would revert.
//
// Like the contract, it takes p.Leaves as given and ignores p.Indexes: it
// proves that these leaf hashes are in the tree, not which packs they are.
// Callers that start from serials compute the leaves with Leaf. Also like the
// contract, a proof with no leaves and a single proof element equal to root
// verifies; MultiProof never produces one.
func VerifyMulti(root common.Hash, p MultiProof) bool {
	got, ok := processMultiProof(newHasher(), p.Proof, p.Flags, p.Leaves)
	return ok && got == root
}

// processProof mirrors OpenZeppelin's MerkleProof.processProof: it folds the
// proof into leaf with sorted-pair hashing.
func processProof(h *hasher, leaf common.Hash, proof []common.Hash) common.Hash {
	computed := leaf
	for _, sib := range proof {
		computed = h.node(computed, sib)
	}
	return computed
}

// processMultiProof mirrors OpenZeppelin's MerkleProof.processMultiProof line
// for line. ok is false where the contract reverts, with
// MerkleProofInvalidMultiproof or with an out-of-bounds panic.
func processMultiProof(h *hasher, proof []common.Hash, flags []bool, leaves []common.Hash) (root common.Hash, ok bool) {
	leavesLen, proofLen, totalHashes := len(leaves), len(proof), len(flags)
	if leavesLen+proofLen != totalHashes+1 {
		return common.Hash{}, false
	}
	if totalHashes == 0 {
		if leavesLen > 0 {
			return leaves[0], true
		}
		return proof[0], true
	}
	// Solidity zero-fills the array, and a malformed proof can read a slot
	// before it is written; keeping the zeros gives the same answer as the
	// contract for every input, not just well-formed ones.
	hashes := make([]common.Hash, totalHashes)
	var leafPos, hashPos, proofPos int
	// next returns the next leaf, or once leaves run out the next computed
	// hash; ok is false where Solidity would index past the end.
	next := func() (common.Hash, bool) {
		if leafPos < leavesLen {
			leafPos++
			return leaves[leafPos-1], true
		}
		if hashPos >= totalHashes {
			return common.Hash{}, false
		}
		hashPos++
		return hashes[hashPos-1], true
	}
	for i := range totalHashes {
		a, ok := next()
		if !ok {
			return common.Hash{}, false
		}
		var b common.Hash
		if flags[i] {
			if b, ok = next(); !ok {
				return common.Hash{}, false
			}
		} else {
			if proofPos >= proofLen {
				return common.Hash{}, false
			}
			b = proof[proofPos]
			proofPos++
		}
		hashes[i] = h.node(a, b)
	}
	if proofPos != proofLen {
		return common.Hash{}, false
	}
	return hashes[totalHashes-1], true
}

// hasher computes keccak256 with one reusable state and buffers, so that
// building a tree of 100,000 packs does not allocate per hash. It is not safe
// for concurrent use; each goroutine gets its own.
type hasher struct {
	state crypto.KeccakState
	buf   [96]byte
	out   common.Hash
	// scratch holds a serial's bytes; converting the string directly would
	// allocate on every call.
	scratch []byte
}

// newHasher returns a hasher with a fresh Keccak state.
func newHasher() *hasher {
	return &hasher{state: crypto.NewKeccakState()}
}

// sum returns keccak256(data).
func (h *hasher) sum(data []byte) common.Hash {
	h.state.Reset()
	h.state.Write(data)
	// Read, unlike Sum, does not copy the state. It writes into h.out rather
	// than a local so that the slice passed through the interface does not
	// make a fresh array escape on every call.
	h.state.Read(h.out[:])
	return h.out
}

// sumString returns keccak256 of the bytes of s.
func (h *hasher) sumString(s string) common.Hash {
	h.scratch = append(h.scratch[:0], s...)
	return h.sum(h.scratch)
}

// leaf returns keccak256(keccak256(abi.encode(uint256(index), serialHash))).
func (h *hasher) leaf(index uint64, serialHash common.Hash) common.Hash {
	// abi.encode of a uint256 is 32 bytes big-endian; a uint64 fills the last
	// eight.
	clear(h.buf[:24])
	binary.BigEndian.PutUint64(h.buf[24:32], index)
	copy(h.buf[32:64], serialHash[:])
	inner := h.sum(h.buf[:64])
	copy(h.buf[:32], inner[:])
	return h.sum(h.buf[:32])
}

// sortedLeaf returns keccak256(keccak256(abi.encode(SortedLeafTag,
// uint256(position), value))).
func (h *hasher) sortedLeaf(position uint64, value common.Hash) common.Hash {
	copy(h.buf[:32], SortedLeafTag[:])
	clear(h.buf[32:56])
	binary.BigEndian.PutUint64(h.buf[56:64], position)
	copy(h.buf[64:], value[:])
	inner := h.sum(h.buf[:])
	copy(h.buf[:32], inner[:])
	return h.sum(h.buf[:32])
}

// node returns Hashes.commutativeKeccak256(a, b): keccak256 of the pair with
// the smaller value first, compared as big-endian unsigned integers (which is
// bytewise order).
func (h *hasher) node(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:64], b[:])
	return h.sum(h.buf[:64])
}
