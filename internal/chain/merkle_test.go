package chain_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestMerkleAgreesWithContract proves on chain that internal/merkle builds the tree the contract
// verifies: for every list size, the Go root registers a batch whose proofs the contract
// accepts, and it refuses a tampered proof, serial or index.
func TestMerkleAgreesWithContract(t *testing.T) {
	h := chaintest.New(t)
	for n, size := range []int{1, 2, 3, 1000, 100_000} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			lot := fmt.Sprintf("MERKLE-%d", size)
			b := h.Register(gtinA, lot, size)
			indexes := sample(size, 200, uint64(n))

			for _, i := range indexes {
				hash, proof := b.Proof(t, i)
				if ok, err := h.C.VerifySerial(h.Ctx, b.ID, uint32(i), hash, proof); err != nil || !ok {
					t.Fatalf("pack %d: contract refused the Go proof (%v)", i, err)
				}
				// Even a one-pack batch's proof has a sibling: the sorted tree's root.
				bad := append([]common.Hash(nil), proof...)
				bad[len(bad)-1][31] ^= 1
				if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32(i), hash, bad); ok {
					t.Fatalf("pack %d: tampered proof accepted", i)
				}
				if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32(i+1), hash, proof); ok {
					t.Fatalf("pack %d: proof accepted for index %d", i, i+1)
				}
			}
			hash, proof := b.Proof(t, indexes[0])
			if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32(indexes[0]), merkle.SerialHash(b.Serials[indexes[0]]+"X"), proof); ok {
				t.Fatal("tampered serial accepted")
			}
			if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32(indexes[0]), crypto.Keccak256Hash(hash[:]), proof); ok {
				t.Fatal("hash of the serial hash accepted")
			}

			// A state change with the Go proof goes through; a tampered one reverts.
			bad := append([]common.Hash(nil), proof...)
			bad[0][0] ^= 0x80
			_, err := h.C.SetPackState(h.Ctx, h.Manufacturer.S, b.ID, uint32(indexes[0]), hash, pedigree.PackSample, bad)
			chaintest.Reverts(t, err, "PedigreeInvalidProof")
			h.Ok(h.C.SetPackState(h.Ctx, h.Manufacturer.S, b.ID, uint32(indexes[0]), hash, pedigree.PackSample, proof))

			// Multiproofs: a case of consecutive packs and a scattered set, in one call each.
			if size >= 64 {
				h.Ok(h.C.SetPackStates(h.Ctx, h.Manufacturer.S, b.ID, pedigree.PackSample, b.Multi(t, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47)))
				h.Ok(h.C.SetPackStates(h.Ctx, h.Manufacturer.S, b.ID, pedigree.PackSample, b.Multi(t, 1, 17, 50, size-1)))
			}
		})
	}
}

// sample returns up to k distinct indexes below n: the first, the last, and random others.
func sample(n, k int, seed uint64) []int {
	if n <= k {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	r := rand.New(rand.NewPCG(seed, 42))
	seen := map[int]bool{0: true, n - 1: true}
	out := []int{0, n - 1}
	for len(out) < k {
		i := r.IntN(n)
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// TestNonMembershipAgreesWithContract proves on chain that internal/merkle's proofs of a fake
// are the contract's: for every list size, verifyAbsent accepts the Go proofs of serials that
// are not in the list (below the smallest hash, above the largest, and between), as
// merkle.VerifyAbsent does without the chain; both refuse, with the same named error, a serial
// that is in the list and tampered neighbours.
func TestNonMembershipAgreesWithContract(t *testing.T) {
	h := chaintest.New(t)
	other := h.Register(gtinB, "NM-OTHER", 8)
	for n, size := range []int{1, 2, 3, 1000, 100_000} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			b := h.Register(gtinA, fmt.Sprintf("NM-%d", size), size)
			// agree checks that the contract and the Go verifier both give want for p.
			agree := func(t *testing.T, serialHash common.Hash, p pedigree.NonMembership, want string) {
				t.Helper()
				goErr := merkle.VerifyAbsent(b.Tree.Root(), serialHash, p)
				chainErr := h.C.VerifyAbsent(h.Ctx, b.ID, serialHash, p)
				if want == "" {
					if goErr != nil || chainErr != nil {
						t.Fatalf("refused: Go %v, contract %v", goErr, chainErr)
					}
					return
				}
				chaintest.Reverts(t, chainErr, want)
				if goWant := map[string]error{"PedigreeInvalidNonMembership": merkle.ErrInvalidNonMembership, "PedigreeInvalidProof": merkle.ErrInvalidProof}[want]; !errors.Is(goErr, goWant) {
					t.Fatalf("Go: got %v, want %v", goErr, goWant)
				}
			}

			// Absent serials: random ones, and ones hashing below and above every serial.
			fakes := absentSerials(t, b, 50, uint64(n))
			var low, high bool
			for _, fake := range fakes {
				p := b.Absent(t, fake)
				low, high = low || p.Low.Position == 0, high || int(p.High.Position) == size+1
				if p.SerialsRoot != pedigree.Hash(b.Tree.Root()) || p.SerialHash != pedigree.Hash(merkle.SerialHash(fake)) {
					t.Fatalf("proof of %q names root %s and hash %s", fake, p.SerialsRoot, p.SerialHash)
				}
				agree(t, merkle.SerialHash(fake), p, "")
			}
			if !low || !high {
				t.Fatalf("no proof below the first (%v) or above the last (%v) serial hash", low, high)
			}

			// A serial in the list has no proof, and none made of its neighbours passes.
			serial := b.Serials[size/2]
			in := merkle.SerialHash(serial)
			if _, err := b.Tree.NonMembership(in); !errors.Is(err, merkle.ErrPresent) {
				t.Fatalf("NonMembership of a serial in the list: %v", err)
			}
			below, above := mustAbsent(t, b, addTo(in, -1)), mustAbsent(t, b, addTo(in, +1))
			// Neighbours whose high (or low) is the serial itself, or that skip it.
			agree(t, in, below, "PedigreeInvalidNonMembership")
			agree(t, in, above, "PedigreeInvalidNonMembership")
			agree(t, in, pedigree.NonMembership{Low: below.Low, High: above.High}, "PedigreeInvalidNonMembership")

			// Tampered neighbours.
			fake := merkle.SerialHash(fakes[0])
			good := b.Absent(t, fakes[0])
			tamper := func(edit func(p *pedigree.NonMembership)) pedigree.NonMembership {
				p := good
				p.Low.Proof, p.High.Proof = slices.Clone(good.Low.Proof), slices.Clone(good.High.Proof)
				edit(&p)
				return p
			}
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.Low.Proof[0][0] ^= 1 }), "PedigreeInvalidProof")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.High.Proof[len(p.High.Proof)-1][31] ^= 1 }), "PedigreeInvalidProof")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.High.Proof = p.High.Proof[:len(p.High.Proof)-1] }), "PedigreeInvalidProof")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { // a value moved, still enclosing fake
				if p.Low.SerialHash != (pedigree.Hash{}) {
					p.Low.SerialHash = pedigree.Hash(addTo(common.Hash(p.Low.SerialHash), -1))
				} else {
					p.High.SerialHash = pedigree.Hash(addTo(common.Hash(p.High.SerialHash), +1))
				}
			}), "PedigreeInvalidProof")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.Low.Position++; p.High.Position++ }), "PedigreeInvalidProof")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.Low.Position-- }), "PedigreeInvalidNonMembership")
			agree(t, fake, tamper(func(p *pedigree.NonMembership) { p.Low, p.High = p.High, p.Low }), "PedigreeInvalidNonMembership")
			// Leaves of the index tree are no neighbours: the sorted leaves are tagged.
			if i, ok := ascendingPair(b); ok {
				hi, pi := b.Proof(t, i)
				hj, pj := b.Proof(t, i+1)
				p := pedigree.NonMembership{Low: neighbourOf(uint32(i), hi, pi), High: neighbourOf(uint32(i+1), hj, pj)}
				agree(t, addTo(hi, +1), p, "PedigreeInvalidProof")
			}
			// Another batch's proof is not this batch's.
			fromOther, err := other.Tree.NonMembership(fake)
			if err != nil {
				t.Fatal(err)
			}
			agree(t, fake, fromOther, "PedigreeInvalidProof")
		})
	}
	t.Run("ErrUnknownBatch", func(t *testing.T) {
		err := h.C.VerifyAbsent(h.Ctx, chain.BatchID(gtinA, "NO-SUCH"), common.Hash{1}, other.Absent(t, "FAKE"))
		chaintest.Reverts(t, err, "PedigreeUnknownBatch")
	})
}

// absentSerials returns k serials not in b, among them one hashing below every serial of b and
// one above.
func absentSerials(t *testing.T, b chaintest.Batch, k int, seed uint64) []string {
	t.Helper()
	var out []string
	var below, above bool
	for i := 0; len(out) < k || !below || !above; i++ {
		if i > 10_000_000 {
			t.Fatal("no serial hashes outside the list's range")
		}
		fake := fmt.Sprintf("FAKE-%d-%d", seed, i)
		p, err := b.Tree.NonMembership(merkle.SerialHash(fake))
		if err != nil {
			t.Fatal(err)
		}
		first, last := p.Low.Position == 0, int(p.High.Position) == b.Tree.Len()+1
		if len(out) < k || (first && !below) || (last && !above) {
			out = append(out, fake)
		}
		below, above = below || first, above || last
	}
	return out
}

// ascendingPair returns a pack i whose serial hash is below pack i+1's by more than one: their
// index-tree leaves, (i, hash_i) and (i+1, hash_i+1), would pass for sorted neighbours around
// hash_i + 1 if the two kinds of leaf were not told apart.
func ascendingPair(b chaintest.Batch) (int, bool) {
	for i := 0; i+1 < len(b.Serials); i++ {
		hi, hj := merkle.SerialHash(b.Serials[i]), merkle.SerialHash(b.Serials[i+1])
		if bytes.Compare(addTo(hi, +1).Bytes(), hj[:]) < 0 {
			return i, true
		}
	}
	return 0, false
}

func mustAbsent(t *testing.T, b chaintest.Batch, serialHash common.Hash) pedigree.NonMembership {
	t.Helper()
	p, err := b.Tree.NonMembership(serialHash)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func neighbourOf(position uint32, serialHash common.Hash, proof []common.Hash) pedigree.Neighbour {
	n := pedigree.Neighbour{Position: position, SerialHash: pedigree.Hash(serialHash)}
	for _, h := range proof {
		n.Proof = append(n.Proof, pedigree.Hash(h))
	}
	return n
}

// addTo returns h + d as a 256-bit integer (wrapping).
func addTo(h common.Hash, d int64) common.Hash {
	n := new(big.Int).Add(h.Big(), big.NewInt(d))
	n.Mod(n, new(big.Int).Lsh(big.NewInt(1), 256))
	return common.BigToHash(n)
}
