package merkle_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/merkle"
)

func TestSerialHash(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, serial := range []string{"", "SN00000001", "ünïcödé", "01234567890123456789012345678901234567890123456789012345678901234567890123456789"} {
			got, want := merkle.SerialHash(serial), crypto.Keccak256Hash([]byte(serial))
			if got != want {
				t.Errorf("SerialHash(%q) = %s, want %s", serial, got, want)
			}
		}
	})
}

func TestLeaf(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		// The leaf must equal keccak256(bytes.concat(keccak256(abi.encode(
		// uint256, bytes32)))): encode with the real ABI packer rather than
		// by hand so that a padding mistake cannot hide in both places.
		for _, index := range []uint64{0, 1, 255, 256, 1 << 32, math.MaxUint64} {
			serialHash := merkle.SerialHash(fmt.Sprint("SN", index))
			got, want := merkle.Leaf(index, serialHash), abiLeaf(t, index, serialHash)
			if got != want {
				t.Errorf("Leaf(%d, %s) = %s, want %s", index, serialHash, got, want)
			}
		}
	})
}

func TestNew(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		// Three leaves in heap layout: [root, n1, l2, l1, l0] with
		// n1 = H(l1, l0) and root = H(n1, l2), H hashing the sorted pair.
		sn := []string{"SN-A", "SN-B", "SN-C"}
		l0 := abiLeaf(t, 0, crypto.Keccak256Hash([]byte(sn[0])))
		l1 := abiLeaf(t, 1, crypto.Keccak256Hash([]byte(sn[1])))
		l2 := abiLeaf(t, 2, crypto.Keccak256Hash([]byte(sn[2])))
		n1 := sortedPairHash(l1, l0)
		want := sortedPairHash(n1, l2)

		tree := mustNew(t, sn)
		if got := tree.IndexRoot(); got != want {
			t.Errorf("IndexRoot() = %s, want %s", got, want)
		}
		if got, want := tree.Root(), sortedPairHash(want, referenceSortedRoot(sn)); got != want {
			t.Errorf("Root() = %s, want the parent of both roots %s", got, want)
		}
		if got, want := tree.Len(), 3; got != want {
			t.Errorf("Len() = %d, want %d", got, want)
		}
		for i, want := range []common.Hash{l0, l1, l2} {
			if got := tree.Leaf(i); got != want {
				t.Errorf("Leaf(%d) = %s, want %s", i, got, want)
			}
		}
	})

	t.Run("OKSingle", func(t *testing.T) {
		tree := mustNew(t, []string{"SN-A"})
		got, want := tree.IndexRoot(), abiLeaf(t, 0, merkle.SerialHash("SN-A"))
		if got != want {
			t.Errorf("IndexRoot() = %s, want the leaf %s", got, want)
		}
	})

	t.Run("OKMatchesReference", func(t *testing.T) {
		// 20,000 packs is large enough for the leaves and the lower levels to
		// be hashed on several goroutines.
		for _, n := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, 20_000} {
			sn := serials(n)
			tree := mustNew(t, sn)
			index, sorted := referenceRoot(sn), referenceSortedRoot(sn)
			if got := tree.IndexRoot(); got != index {
				t.Errorf("n=%d: IndexRoot() = %s, want %s", n, got, index)
			}
			if got := tree.SortedRoot(); got != sorted {
				t.Errorf("n=%d: SortedRoot() = %s, want %s", n, got, sorted)
			}
			if got, want := tree.Root(), sortedPairHash(index, sorted); got != want || merkle.SerialsRoot(index, sorted) != want {
				t.Errorf("n=%d: Root() = %s, want %s", n, got, want)
			}
		}
	})

	t.Run("OKFromSerialHashes", func(t *testing.T) {
		sn := serials(1000)
		hashes := make([]common.Hash, len(sn))
		for i, s := range sn {
			hashes[i] = merkle.SerialHash(s)
		}
		fromHashes, err := merkle.FromSerialHashes(hashes)
		if err != nil {
			t.Fatalf("FromSerialHashes: %v", err)
		}
		got, want := fromHashes.Root(), mustNew(t, sn).Root()
		if got != want {
			t.Errorf("FromSerialHashes root = %s, New root = %s", got, want)
		}
	})

	t.Run("OKOrderMatters", func(t *testing.T) {
		// Leaves stay in pack order, so swapping two serials is a different
		// batch with a different root; the sorted tree is the same.
		a, b := mustNew(t, []string{"SN-A", "SN-B"}), mustNew(t, []string{"SN-B", "SN-A"})
		if a.Root() == b.Root() {
			t.Errorf("swapping serials kept root %s", a.Root())
		}
		if a.SortedRoot() != b.SortedRoot() {
			t.Errorf("swapping serials changed the sorted root")
		}
	})

	t.Run("ErrEmpty", func(t *testing.T) {
		if _, err := merkle.New(nil); !errors.Is(err, merkle.ErrEmpty) {
			t.Errorf("New(nil) error = %v, want %v", err, merkle.ErrEmpty)
		}
		if _, err := merkle.FromSerialHashes([]common.Hash{}); !errors.Is(err, merkle.ErrEmpty) {
			t.Errorf("FromSerialHashes(empty) error = %v, want %v", err, merkle.ErrEmpty)
		}
	})
}

func TestTreeLeaf(t *testing.T) {
	t.Run("PanicOutOfRange", func(t *testing.T) {
		tree := mustNew(t, serials(3))
		for _, index := range []int{-1, 3} {
			func() {
				defer func() {
					if recover() == nil {
						t.Errorf("Leaf(%d) did not panic", index)
					}
				}()
				tree.Leaf(index)
			}()
		}
	})
}

func TestProof(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 1000} {
		sn := serials(n)
		tree := mustNew(t, sn)
		root := tree.Root()

		t.Run(fmt.Sprintf("OK/n=%d", n), func(t *testing.T) {
			for i := range n {
				proof := mustProof(t, tree, i)
				if !merkle.Verify(root, uint64(i), merkle.SerialHash(sn[i]), proof) {
					t.Fatalf("index %d: proof does not verify", i)
				}
			}
		})

		t.Run(fmt.Sprintf("ErrTamperedProof/n=%d", n), func(t *testing.T) {
			for i := range n {
				proof := mustProof(t, tree, i)
				for j := range proof {
					bad := slices.Clone(proof)
					bad[j][31] ^= 1
					if merkle.Verify(root, uint64(i), merkle.SerialHash(sn[i]), bad) {
						t.Fatalf("index %d: proof with element %d flipped verifies", i, j)
					}
				}
				// An extra element is a tampered proof too.
				long := append(slices.Clone(proof), root)
				if merkle.Verify(root, uint64(i), merkle.SerialHash(sn[i]), long) {
					t.Fatalf("index %d: proof with an extra element verifies", i)
				}
			}
		})

		t.Run(fmt.Sprintf("ErrWrongSerial/n=%d", n), func(t *testing.T) {
			for i := range n {
				proof := mustProof(t, tree, i)
				if merkle.Verify(root, uint64(i), merkle.SerialHash(sn[i]+"X"), proof) {
					t.Fatalf("index %d: proof verifies for a wrong serial", i)
				}
			}
		})

		t.Run(fmt.Sprintf("ErrWrongIndex/n=%d", n), func(t *testing.T) {
			for i := range n {
				proof := mustProof(t, tree, i)
				for _, wrong := range []uint64{uint64(i + 1), uint64(i) ^ 1, uint64(i) + 1<<32} {
					if merkle.Verify(root, wrong, merkle.SerialHash(sn[i]), proof) {
						t.Fatalf("index %d: proof verifies as index %d", i, wrong)
					}
				}
			}
		})

		t.Run(fmt.Sprintf("ErrIndexOutOfRange/n=%d", n), func(t *testing.T) {
			for _, index := range []int{-1, n, n + 1} {
				if _, err := tree.Proof(index); !errors.Is(err, merkle.ErrIndexOutOfRange) {
					t.Errorf("Proof(%d) error = %v, want %v", index, err, merkle.ErrIndexOutOfRange)
				}
			}
		})
	}
}

func TestMultiProof(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, tt := range []struct {
			name    string
			n       int
			indexes []int
		}{
			{"Single/n=1", 1, []int{0}},
			{"Single", 1000, []int{417}},
			{"SingleFirst", 1000, []int{0}},
			{"SingleLast", 1000, []int{999}},
			{"Aligned", 1000, seq(0, 16)},
			{"Unaligned", 1000, seq(3, 16)},
			{"Tail", 1000, seq(990, 10)},
			{"AcrossLevels", 1000, seq(20, 16)}, // 1000 packs: 0..23 are one level deeper than 24..999
			{"Scattered", 1000, []int{999, 5, 512, 6, 0, 37, 700}},
			{"Unsorted", 7, []int{4, 1, 6}},
			{"Pair", 2, []int{1, 0}},
			{"All/n=3", 3, seq(0, 3)},
			{"All/n=5", 5, seq(0, 5)},
			{"All", 1000, seq(0, 1000)},
		} {
			t.Run(tt.name, func(t *testing.T) {
				sn := serials(tt.n)
				tree := mustNew(t, sn)
				mp := mustMultiProof(t, tree, tt.indexes)

				want := make([]uint64, len(tt.indexes))
				for i, index := range tt.indexes {
					want[i] = uint64(index)
				}
				slices.Sort(want)
				if got := mp.Indexes; !slices.Equal(got, want) {
					t.Fatalf("Indexes = %v, want %v", got, want)
				}
				// The leaves a contract computes from the serials must be
				// the ones the proof carries, in the same order.
				for i, index := range mp.Indexes {
					got, want := mp.Leaves[i], merkle.Leaf(index, merkle.SerialHash(sn[index]))
					if got != want {
						t.Fatalf("Leaves[%d] = %s, want leaf of index %d %s", i, got, index, want)
					}
				}
				if got, want := len(mp.Leaves)+len(mp.Proof), len(mp.Flags)+1; got != want {
					t.Fatalf("len(Leaves)+len(Proof) = %d, want len(Flags)+1 = %d", got, want)
				}
				if !merkle.VerifyMulti(tree.Root(), mp) {
					t.Fatalf("multiproof does not verify: %+v", mp)
				}
				if merkle.VerifyMulti(merkle.SerialHash("other root"), mp) {
					t.Fatalf("multiproof verifies against another root")
				}
			})
		}
	})

	t.Run("OKSingleIsProof", func(t *testing.T) {
		// A multiproof of one leaf is its single proof with every flag false.
		tree := mustNew(t, serials(1000))
		for _, index := range []int{0, 1, 23, 24, 500, 999} {
			mp := mustMultiProof(t, tree, []int{index})
			if got, want := mp.Proof, mustProof(t, tree, index); !slices.Equal(got, want) {
				t.Errorf("index %d: multiproof Proof = %v, want single proof %v", index, got, want)
			}
			if slices.Contains(mp.Flags, true) {
				t.Errorf("index %d: Flags = %v, want all false", index, mp.Flags)
			}
		}
	})

	t.Run("OKAllNeedsOnlyTheSortedRoot", func(t *testing.T) {
		tree := mustNew(t, serials(1000))
		mp := mustMultiProof(t, tree, seq(0, 1000))
		if got, want := mp.Proof, []common.Hash{tree.SortedRoot()}; !slices.Equal(got, want) {
			t.Errorf("Proof = %v, want %v", got, want)
		}
	})

	t.Run("OKCaseProofIsSmall", func(t *testing.T) {
		// A case of 16 consecutive packs starting on a case boundary is one
		// subtree when the batch size is a multiple of 8, so its multiproof
		// is the subtree root's path: about log2(n)-4 hashes. An unaligned
		// run of 16 can straddle a high subtree boundary and needs up to
		// about twice that. One more hash is the sorted tree's root.
		tree := mustNew(t, serials(100_000))
		for start := 0; start+16 <= tree.Len(); start += 16 {
			mp := mustMultiProof(t, tree, seq(start, 16))
			if got, limit := len(mp.Proof), 21; got > limit {
				t.Fatalf("packs %d..%d: %d proof hashes, want at most %d", start, start+15, got, limit)
			}
		}
	})

	t.Run("ErrTampered", func(t *testing.T) {
		for _, tt := range []struct {
			name    string
			n       int
			indexes []int
		}{
			{"Aligned", 1000, seq(0, 16)},
			{"Unaligned", 1000, seq(3, 16)},
			{"Tail", 1000, seq(990, 10)},
			{"Scattered", 1000, []int{999, 5, 512, 6, 0, 37, 700}},
			{"Single", 1000, []int{417}},
			{"All", 5, seq(0, 5)},
		} {
			t.Run(tt.name, func(t *testing.T) {
				tree := mustNew(t, serials(tt.n))
				root := tree.Root()
				mp := mustMultiProof(t, tree, tt.indexes)
				for i := range mp.Leaves {
					bad := cloneMultiProof(mp)
					bad.Leaves[i][0] ^= 0x80
					if merkle.VerifyMulti(root, bad) {
						t.Fatalf("verifies with leaf %d flipped", i)
					}
				}
				for i := range mp.Proof {
					bad := cloneMultiProof(mp)
					bad.Proof[i][31] ^= 1
					if merkle.VerifyMulti(root, bad) {
						t.Fatalf("verifies with proof element %d flipped", i)
					}
				}
				for i := range mp.Flags {
					bad := cloneMultiProof(mp)
					bad.Flags[i] = !bad.Flags[i]
					if merkle.VerifyMulti(root, bad) {
						t.Fatalf("verifies with flag %d flipped", i)
					}
				}
				bad := cloneMultiProof(mp)
				bad.Leaves = bad.Leaves[1:]
				if merkle.VerifyMulti(root, bad) {
					t.Fatalf("verifies with a leaf dropped")
				}
			})
		}
	})

	t.Run("OKSiblingOrderIsNotBound", func(t *testing.T) {
		// Sorted-pair hashing cannot tell two sibling leaves apart by order,
		// so a multiproof does not say which leaf is which pack. This pins
		// that down: whoever needs the packs must derive each leaf from its
		// index (Leaf) rather than trust the position of a leaf in Leaves.
		tree := mustNew(t, serials(16))
		mp := cloneMultiProof(mustMultiProof(t, tree, seq(0, 16)))
		mp.Leaves[0], mp.Leaves[1] = mp.Leaves[1], mp.Leaves[0]
		if !merkle.VerifyMulti(tree.Root(), mp) {
			t.Errorf("swapping sibling leaves no longer verifies; the order is bound after all")
		}
	})

	t.Run("ErrDuplicateIndex", func(t *testing.T) {
		tree := mustNew(t, serials(10))
		for _, indexes := range [][]int{{3, 3}, {1, 2, 3, 2}, {0, 9, 0}} {
			if _, err := tree.MultiProof(indexes); !errors.Is(err, merkle.ErrDuplicateIndex) {
				t.Errorf("MultiProof(%v) error = %v, want %v", indexes, err, merkle.ErrDuplicateIndex)
			}
		}
	})

	t.Run("ErrIndexOutOfRange", func(t *testing.T) {
		tree := mustNew(t, serials(10))
		for _, indexes := range [][]int{{10}, {-1}, {0, 1, 10}, {0, 11, 11}} {
			if _, err := tree.MultiProof(indexes); !errors.Is(err, merkle.ErrIndexOutOfRange) {
				t.Errorf("MultiProof(%v) error = %v, want %v", indexes, err, merkle.ErrIndexOutOfRange)
			}
		}
	})

	t.Run("ErrNoIndexes", func(t *testing.T) {
		if _, err := mustNew(t, serials(10)).MultiProof(nil); !errors.Is(err, merkle.ErrNoIndexes) {
			t.Errorf("MultiProof(nil) error = %v, want %v", err, merkle.ErrNoIndexes)
		}
	})
}

func TestVerifyMulti(t *testing.T) {
	root := merkle.SerialHash("root")
	leaf := merkle.SerialHash("leaf")

	t.Run("OKEmptySetLikeOpenZeppelin", func(t *testing.T) {
		// OpenZeppelin returns proof[0] when there are no leaves and no
		// flags; VerifyMulti must agree with the contract even here.
		if !merkle.VerifyMulti(root, merkle.MultiProof{Proof: []common.Hash{root}}) {
			t.Errorf("empty multiproof of the root does not verify")
		}
	})

	t.Run("ErrMalformed", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			mp   merkle.MultiProof
		}{
			{"Nothing", merkle.MultiProof{}},
			{"CountMismatch", merkle.MultiProof{Leaves: []common.Hash{leaf}, Proof: []common.Hash{root}}},
			{"ProofUnderrun", merkle.MultiProof{Leaves: []common.Hash{leaf, leaf, leaf}, Flags: []bool{false, true}}},
			{"ProofLeftOver", merkle.MultiProof{Leaves: []common.Hash{leaf}, Proof: []common.Hash{root, root}, Flags: []bool{true, false}}},
			{"HashesOverrun", merkle.MultiProof{Proof: []common.Hash{root, root}, Flags: []bool{true}}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				if merkle.VerifyMulti(root, tt.mp) {
					t.Errorf("malformed multiproof %+v verifies", tt.mp)
				}
			})
		}
	})
}

func FuzzProof(f *testing.F) {
	f.Add(uint8(1), uint16(0), []byte("SN00000001"))
	f.Add(uint8(3), uint16(2), []byte(""))
	f.Add(uint8(64), uint16(63), []byte("\xff\x00ünï"))
	f.Add(uint8(7), uint16(7), []byte("out of range"))
	f.Fuzz(func(t *testing.T, n uint8, index uint16, serial []byte) {
		size := int(n)%64 + 1
		i := int(index) % (size + 2) // sometimes out of range
		sn := serials(size)
		if i < size {
			sn[i] = string(serial)
		}
		tree := mustNew(t, sn)
		if got, want := tree.IndexRoot(), referenceRoot(sn); got != want {
			t.Fatalf("IndexRoot() = %s, want %s", got, want)
		}

		proof, err := tree.Proof(i)
		if i >= size {
			if !errors.Is(err, merkle.ErrIndexOutOfRange) {
				t.Fatalf("Proof(%d) of %d error = %v, want %v", i, size, err, merkle.ErrIndexOutOfRange)
			}
			return
		}
		if err != nil {
			t.Fatalf("Proof(%d): %v", i, err)
		}
		serialHash := merkle.SerialHash(string(serial))
		if !merkle.Verify(tree.Root(), uint64(i), serialHash, proof) {
			t.Fatalf("proof of %d of %d does not verify", i, size)
		}
		if merkle.Verify(tree.Root(), uint64(i)+1, serialHash, proof) {
			t.Fatalf("proof of %d of %d verifies as %d", i, size, i+1)
		}
		mp := mustMultiProof(t, tree, []int{i})
		if !merkle.VerifyMulti(tree.Root(), mp) {
			t.Fatalf("multiproof of %d of %d does not verify", i, size)
		}
	})
}

func FuzzMultiProof(f *testing.F) {
	f.Add(uint8(1), uint64(1))
	f.Add(uint8(16), uint64(0xffff))
	f.Add(uint8(37), uint64(0b1011_0000_0001_1110))
	f.Add(uint8(64), uint64(math.MaxUint64))
	f.Fuzz(func(t *testing.T, n uint8, mask uint64) {
		size := int(n)%64 + 1
		var indexes []int
		for i := range size {
			if mask&(1<<i) != 0 {
				indexes = append(indexes, i)
			}
		}
		tree := mustNew(t, serials(size))
		mp, err := tree.MultiProof(indexes)
		if len(indexes) == 0 {
			if !errors.Is(err, merkle.ErrNoIndexes) {
				t.Fatalf("MultiProof(none) error = %v, want %v", err, merkle.ErrNoIndexes)
			}
			return
		}
		if err != nil {
			t.Fatalf("MultiProof(%v) of %d: %v", indexes, size, err)
		}
		if !merkle.VerifyMulti(tree.Root(), mp) {
			t.Fatalf("MultiProof(%v) of %d does not verify", indexes, size)
		}
	})
}

func FuzzVerifyMulti(f *testing.F) {
	f.Add(uint8(2), uint8(1), []byte{1, 0})
	f.Add(uint8(0), uint8(2), []byte{1})
	f.Add(uint8(3), uint8(0), []byte{1, 1})
	f.Fuzz(func(t *testing.T, leaves, proof uint8, flags []byte) {
		// Arbitrary, mostly malformed, multiproofs must never panic: the
		// contract reverts where VerifyMulti returns false.
		mp := merkle.MultiProof{
			Leaves: make([]common.Hash, leaves%32),
			Proof:  make([]common.Hash, proof%32),
		}
		for i := range mp.Leaves {
			mp.Leaves[i] = merkle.SerialHash(fmt.Sprint("leaf", i))
		}
		for i := range mp.Proof {
			mp.Proof[i] = merkle.SerialHash(fmt.Sprint("proof", i))
		}
		for _, b := range flags[:min(len(flags), 64)] {
			mp.Flags = append(mp.Flags, b&1 == 1)
		}
		merkle.VerifyMulti(common.Hash{}, mp)
	})
}

func BenchmarkNew100k(b *testing.B) {
	sn := serials(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := merkle.New(sn); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFromSerialHashes100k(b *testing.B) {
	hashes := make([]common.Hash, 100_000)
	for i := range hashes {
		hashes[i] = merkle.SerialHash(fmt.Sprintf("SN%08d", i))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := merkle.FromSerialHashes(hashes); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMultiProofCase(b *testing.B) {
	tree := mustNew(b, serials(100_000))
	indexes := seq(50_003, 16)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tree.MultiProof(indexes); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyMultiCase(b *testing.B) {
	tree := mustNew(b, serials(100_000))
	mp := mustMultiProof(b, tree, seq(50_003, 16))
	root := tree.Root()
	b.ReportAllocs()
	for b.Loop() {
		if !merkle.VerifyMulti(root, mp) {
			b.Fatal("does not verify")
		}
	}
}

// serials returns n distinct serials in the shape of real ones.
func serials(n int) []string {
	s := make([]string, n)
	for i := range s {
		s[i] = fmt.Sprintf("SN%08d", i)
	}
	return s
}

// seq returns the n consecutive indexes starting at start.
func seq(start, n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = start + i
	}
	return s
}

func mustNew(tb testing.TB, serials []string) *merkle.Tree {
	tb.Helper()
	tree, err := merkle.New(serials)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return tree
}

func mustProof(tb testing.TB, tree *merkle.Tree, index int) []common.Hash {
	tb.Helper()
	proof, err := tree.Proof(index)
	if err != nil {
		tb.Fatalf("Proof(%d): %v", index, err)
	}
	return proof
}

func mustMultiProof(tb testing.TB, tree *merkle.Tree, indexes []int) merkle.MultiProof {
	tb.Helper()
	mp, err := tree.MultiProof(indexes)
	if err != nil {
		tb.Fatalf("MultiProof(%v): %v", indexes, err)
	}
	return mp
}

func cloneMultiProof(mp merkle.MultiProof) merkle.MultiProof {
	return merkle.MultiProof{
		Indexes: slices.Clone(mp.Indexes),
		Leaves:  slices.Clone(mp.Leaves),
		Proof:   slices.Clone(mp.Proof),
		Flags:   slices.Clone(mp.Flags),
	}
}

// abiLeaf computes a leaf with go-ethereum's ABI encoder, independently of
// the package's hand-rolled encoding.
func abiLeaf(tb testing.TB, index uint64, serialHash common.Hash) common.Hash {
	tb.Helper()
	uint256, err := abi.NewType("uint256", "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	bytes32, err := abi.NewType("bytes32", "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	encoded, err := abi.Arguments{{Type: uint256}, {Type: bytes32}}.Pack(new(big.Int).SetUint64(index), [32]byte(serialHash))
	if err != nil {
		tb.Fatal(err)
	}
	if got, want := len(encoded), 64; got != want {
		tb.Fatalf("abi.encode(uint256, bytes32) is %d bytes, want %d", got, want)
	}
	return crypto.Keccak256Hash(crypto.Keccak256(encoded))
}

// sortedPairHash is Hashes.commutativeKeccak256 written out from its
// definition.
func sortedPairHash(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) < 0 {
		return crypto.Keccak256Hash(a[:], b[:])
	}
	return crypto.Keccak256Hash(b[:], a[:])
}

// referenceRoot builds the index tree the slow, obvious way, following
// makeMerkleTree in @openzeppelin/merkle-tree.
func referenceRoot(serials []string) common.Hash {
	tree := make([]common.Hash, 2*len(serials)-1)
	for i, s := range serials {
		var encoded [64]byte
		new(big.Int).SetUint64(uint64(i)).FillBytes(encoded[:32])
		copy(encoded[32:], crypto.Keccak256([]byte(s)))
		tree[len(tree)-1-i] = crypto.Keccak256Hash(crypto.Keccak256(encoded[:]))
	}
	for k := len(tree) - 1 - len(serials); k >= 0; k-- {
		tree[k] = sortedPairHash(tree[2*k+1], tree[2*k+2])
	}
	return tree[0]
}

// referenceSortedRoot builds the sorted tree the slow, obvious way: the
// serial hashes sorted with a sentinel at each end, each leaf the double hash
// of go-ethereum's abi.encode(bytes32 tag, uint256 position, bytes32 value).
func referenceSortedRoot(serials []string) common.Hash {
	values := [][32]byte{{}}
	for _, s := range serials {
		values = append(values, crypto.Keccak256Hash([]byte(s)))
	}
	slices.SortFunc(values[1:], func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	values = append(values, [32]byte(bytes.Repeat([]byte{0xff}, 32)))
	tree := make([]common.Hash, 2*len(values)-1)
	for p, v := range values {
		tree[len(tree)-1-p] = abiSortedLeaf(uint64(p), v)
	}
	for k := len(tree) - 1 - len(values); k >= 0; k-- {
		tree[k] = sortedPairHash(tree[2*k+1], tree[2*k+2])
	}
	return tree[0]
}

// abiSortedLeaf computes a sorted-tree leaf with go-ethereum's ABI encoder.
func abiSortedLeaf(position uint64, value [32]byte) common.Hash {
	uint256, _ := abi.NewType("uint256", "", nil)
	bytes32, _ := abi.NewType("bytes32", "", nil)
	tag := crypto.Keccak256Hash([]byte("pedigree.sorted-serial"))
	encoded, err := abi.Arguments{{Type: bytes32}, {Type: uint256}, {Type: bytes32}}.Pack([32]byte(tag), new(big.Int).SetUint64(position), value)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(crypto.Keccak256(encoded))
}
