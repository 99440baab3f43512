package chain_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
				if size == 1 {
					continue // a one-leaf tree has an empty proof: there is no sibling to tamper with
				}
				bad := append([]common.Hash(nil), proof...)
				bad[len(bad)-1][31] ^= 1
				if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32(i), hash, bad); ok {
					t.Fatalf("pack %d: tampered proof accepted", i)
				}
				if ok, _ := h.C.VerifySerial(h.Ctx, b.ID, uint32((i+1)%size), hash, proof); ok {
					t.Fatalf("pack %d: proof accepted for index %d", i, (i+1)%size)
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
			if size > 1 {
				bad := append([]common.Hash(nil), proof...)
				bad[0][0] ^= 0x80
				_, err := h.C.SetPackState(h.Ctx, h.Manufacturer.S, b.ID, uint32(indexes[0]), hash, pedigree.PackSample, bad)
				chaintest.Reverts(t, err, "PedigreeInvalidProof")
			}
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
