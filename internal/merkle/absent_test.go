package merkle_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestSortedLeaf(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		if got, want := merkle.SortedLeafTag, crypto.Keccak256Hash([]byte("pedigree.sorted-serial")); got != want {
			t.Fatalf("SortedLeafTag = %s, want %s", got, want)
		}
		for _, position := range []uint64{0, 1, 255, 1 << 32, math.MaxUint64} {
			value := merkle.SerialHash(fmt.Sprint("SN", position))
			if got, want := merkle.SortedLeaf(position, value), abiSortedLeaf(position, value); got != want {
				t.Errorf("SortedLeaf(%d, %s) = %s, want %s", position, value, got, want)
			}
			// The tag keeps the two kinds of leaf apart.
			if merkle.SortedLeaf(position, value) == merkle.Leaf(position, value) {
				t.Errorf("position %d: a sorted leaf equals an index leaf", position)
			}
		}
	})
}

func TestNonMembership(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, n := range []int{1, 2, 3, 4, 5, 8, 17, 1000, 20_000} {
			sn := serials(n)
			tree := mustNew(t, sn)
			sorted := sortedHashes(sn)
			var first, last bool
			for i := range 200 {
				fake := merkle.SerialHash(fmt.Sprint("FAKE", i))
				p, err := tree.NonMembership(fake)
				if err != nil {
					t.Fatalf("n=%d: NonMembership: %v", n, err)
				}
				if err := merkle.VerifyAbsent(tree.Root(), fake, p); err != nil {
					t.Fatalf("n=%d: proof of %s does not verify: %v", n, fake, err)
				}
				// The neighbours are the ones around fake in the sorted list, sentinels included.
				at := func(position uint32) pedigree.Hash {
					switch {
					case position == 0:
						return pedigree.Hash{}
					case int(position) == n+1:
						return pedigree.Hash(bytes.Repeat([]byte{0xff}, 32))
					}
					return pedigree.Hash(sorted[position-1])
				}
				if p.Low.SerialHash != at(p.Low.Position) || p.High.SerialHash != at(p.High.Position) {
					t.Fatalf("n=%d: neighbours %d=%s, %d=%s are not the sorted list's", n, p.Low.Position, p.Low.SerialHash, p.High.Position, p.High.SerialHash)
				}
				if p.SerialHash != pedigree.Hash(fake) || p.SerialsRoot != pedigree.Hash(tree.Root()) ||
					p.IndexRoot != pedigree.Hash(tree.IndexRoot()) || p.SortedRoot != pedigree.Hash(tree.SortedRoot()) {
					t.Fatalf("n=%d: proof names %+v", n, p)
				}
				first, last = first || p.Low.Position == 0, last || int(p.High.Position) == n+1
			}
			if n <= 5 && (!first || !last) {
				t.Errorf("n=%d: 200 fakes never fell below (%v) or above (%v) the list", n, first, last)
			}
		}
	})

	t.Run("OKProofsAreOpenZeppelinProofs", func(t *testing.T) {
		// Each neighbour's proof is an ordinary proof of its sorted leaf up to the stored root,
		// its last sibling the index tree's root.
		tree := mustNew(t, serials(100))
		p, err := tree.NonMembership(merkle.SerialHash("FAKE"))
		if err != nil {
			t.Fatal(err)
		}
		for _, nb := range []pedigree.Neighbour{p.Low, p.High} {
			proof := toHashes(nb.Proof)
			if got := proof[len(proof)-1]; got != tree.IndexRoot() {
				t.Errorf("last sibling %s, want the index root", got)
			}
			computed := merkle.SortedLeaf(uint64(nb.Position), common.Hash(nb.SerialHash))
			for _, sib := range proof {
				computed = sortedPairHash(computed, sib)
			}
			if computed != tree.Root() {
				t.Errorf("position %d: proof reaches %s, not the root", nb.Position, computed)
			}
		}
	})

	t.Run("OKJSON", func(t *testing.T) {
		tree := mustNew(t, serials(10))
		fake := merkle.SerialHash("FAKE")
		p, err := tree.NonMembership(fake)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back struct {
			SerialHash string `json:"serial_hash"`
			Low, High  struct {
				Position   uint32   `json:"position"`
				SerialHash string   `json:"serial_hash"`
				Proof      []string `json:"proof"`
			}
		}
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.SerialHash != fake.Hex() || back.Low.SerialHash != p.Low.SerialHash.String() || back.High.Position != p.High.Position || len(back.Low.Proof) != len(p.Low.Proof) {
			t.Fatalf("JSON %s", b)
		}
	})

	t.Run("ErrPresent", func(t *testing.T) {
		sn := serials(33)
		tree := mustNew(t, sn)
		for _, s := range sn {
			if _, err := tree.NonMembership(merkle.SerialHash(s)); !errors.Is(err, merkle.ErrPresent) {
				t.Fatalf("serial %s in the list: error %v, want %v", s, err, merkle.ErrPresent)
			}
		}
		for _, sentinel := range []common.Hash{{}, common.Hash(bytes.Repeat([]byte{0xff}, 32))} {
			if _, err := tree.NonMembership(sentinel); !errors.Is(err, merkle.ErrPresent) {
				t.Fatalf("sentinel %s: error %v, want %v", sentinel, err, merkle.ErrPresent)
			}
		}
	})

	t.Run("OKDuplicates", func(t *testing.T) {
		// New does not refuse duplicate serials; absence is still proven around them.
		tree := mustNew(t, []string{"SN-A", "SN-B", "SN-A"})
		fake := merkle.SerialHash("FAKE")
		p, err := tree.NonMembership(fake)
		if err != nil {
			t.Fatal(err)
		}
		if err := merkle.VerifyAbsent(tree.Root(), fake, p); err != nil {
			t.Fatal(err)
		}
	})
}

func TestVerifyAbsent(t *testing.T) {
	sn := serials(64)
	tree := mustNew(t, sn)
	fake := merkle.SerialHash("FAKE")
	good, err := tree.NonMembership(fake)
	if err != nil {
		t.Fatal(err)
	}
	in := merkle.SerialHash(sn[7])
	for _, tc := range []struct {
		name       string
		root, hash common.Hash
		edit       func(p *pedigree.NonMembership)
		want       error
	}{
		{"OK", tree.Root(), fake, func(*pedigree.NonMembership) {}, nil},
		{"OKIgnoresInformationalFields", tree.Root(), fake, func(p *pedigree.NonMembership) { p.SerialHash, p.SerialsRoot = pedigree.Hash{}, pedigree.Hash{} }, nil},
		{"ErrOtherRoot", tree.IndexRoot(), fake, func(*pedigree.NonMembership) {}, merkle.ErrInvalidProof},
		{"ErrPresent", tree.Root(), in, func(p *pedigree.NonMembership) {
			// the proof around the hash just above a serial: its low neighbour is the serial
			*p, _ = tree.NonMembership(plusOne(in))
		}, merkle.ErrInvalidNonMembership},
		{"ErrNotAdjacent", tree.Root(), fake, func(p *pedigree.NonMembership) { p.High.Position++ }, merkle.ErrInvalidNonMembership},
		{"ErrSwapped", tree.Root(), fake, func(p *pedigree.NonMembership) { p.Low, p.High = p.High, p.Low }, merkle.ErrInvalidNonMembership},
		{"ErrBelowLow", tree.Root(), common.Hash(good.Low.SerialHash), func(*pedigree.NonMembership) {}, merkle.ErrInvalidNonMembership},
		{"ErrPositionsShifted", tree.Root(), fake, func(p *pedigree.NonMembership) { p.Low.Position++; p.High.Position++ }, merkle.ErrInvalidProof},
		{"ErrProofFlipped", tree.Root(), fake, func(p *pedigree.NonMembership) { p.High.Proof[0][3] ^= 8 }, merkle.ErrInvalidProof},
		{"ErrProofShort", tree.Root(), fake, func(p *pedigree.NonMembership) { p.Low.Proof = p.Low.Proof[1:] }, merkle.ErrInvalidProof},
		{"ErrEmpty", tree.Root(), fake, func(p *pedigree.NonMembership) { *p = pedigree.NonMembership{} }, merkle.ErrInvalidNonMembership},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := good
			p.Low.Proof, p.High.Proof = slices.Clone(good.Low.Proof), slices.Clone(good.High.Proof)
			tc.edit(&p)
			if err := merkle.VerifyAbsent(tc.root, tc.hash, p); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzNonMembership(f *testing.F) {
	f.Add(uint8(1), []byte("FAKE"))
	f.Add(uint8(7), []byte(""))
	f.Add(uint8(64), []byte("SN00000003"))
	f.Fuzz(func(t *testing.T, n uint8, serial []byte) {
		sn := serials(int(n)%64 + 1)
		tree := mustNew(t, sn)
		h := merkle.SerialHash(string(serial))
		p, err := tree.NonMembership(h)
		if slices.Contains(sn, string(serial)) {
			if !errors.Is(err, merkle.ErrPresent) {
				t.Fatalf("serial %q in the list: %v", serial, err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := merkle.VerifyAbsent(tree.Root(), h, p); err != nil {
			t.Fatal(err)
		}
		if err := merkle.VerifyAbsent(tree.Root(), merkle.SerialHash(sn[0]), p); err == nil {
			t.Fatal("the proof of an absent serial shows a present one absent")
		}
	})
}

func BenchmarkNonMembership100k(b *testing.B) {
	tree := mustNew(b, serials(100_000))
	fake := merkle.SerialHash("FAKE")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tree.NonMembership(fake); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyAbsent100k(b *testing.B) {
	tree := mustNew(b, serials(100_000))
	fake := merkle.SerialHash("FAKE")
	p, err := tree.NonMembership(fake)
	if err != nil {
		b.Fatal(err)
	}
	root := tree.Root()
	b.ReportAllocs()
	for b.Loop() {
		if err := merkle.VerifyAbsent(root, fake, p); err != nil {
			b.Fatal(err)
		}
	}
}

// sortedHashes returns the serials' hashes, ascending.
func sortedHashes(sn []string) []common.Hash {
	out := make([]common.Hash, len(sn))
	for i, s := range sn {
		out[i] = merkle.SerialHash(s)
	}
	slices.SortFunc(out, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return out
}

func toHashes(hs []pedigree.Hash) []common.Hash {
	out := make([]common.Hash, len(hs))
	for i, h := range hs {
		out[i] = common.Hash(h)
	}
	return out
}

// plusOne returns h + 1 as a 256-bit integer (h is never all ones here).
func plusOne(h common.Hash) common.Hash {
	for i := 31; i >= 0; i-- {
		h[i]++
		if h[i] != 0 {
			break
		}
	}
	return h
}
