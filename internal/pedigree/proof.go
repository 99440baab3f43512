package pedigree

// NonMembership proves that no serial of a batch hashes to SerialHash: the proof of a fake that
// an UNKNOWN_SERIAL answer carries, which anyone checks against the chain without trusting this
// service, with the contract's verifyAbsent or with no contract at all.
//
// A batch commits to its serials with two Merkle trees (OpenZeppelin's layout and double-hashed
// leaves) under the one root it stores, SerialsRoot = commutativeKeccak256(IndexRoot, SortedRoot):
// the index tree over the serial hashes in pack order, and the sorted tree over the n serial
// hashes in ascending order between two sentinels, s_0 = 0x00…00 < s_1 < … < s_n < s_{n+1} =
// 0xff…ff, whose leaf at position p is
//
//	keccak256(bytes.concat(keccak256(abi.encode(bytes32 tag, uint256 p, bytes32 s_p))))
//	tag = keccak256("pedigree.sorted-serial")  (the contract's SORTED_LEAF_TAG)
//
// Low and High are the leaves at two adjacent positions with Low.SerialHash < SerialHash <
// High.SerialHash, each with its OpenZeppelin proof up to SerialsRoot (its path in the sorted
// tree, then IndexRoot). To check it: read serialsRoot from the contract's batch(batchId), take
// SerialHash as keccak256 of the serial's bytes, then either call
// verifyAbsent(batchId, serialHash, low, high) (it returns true or reverts naming why), or
// recompute: High.Position = Low.Position + 1, the strict order, and
// MerkleProof.verify(proof, serialsRoot, leaf) for both leaves (internal/merkle's VerifyAbsent).
//
// IndexRoot and SortedRoot are shown for whoever wants to see the structure; the check needs
// neither: the proofs reach SerialsRoot.
type NonMembership struct {
	SerialHash  Hash      `json:"serial_hash"`  // keccak256 of the serial's bytes
	SerialsRoot Hash      `json:"serials_root"` // the batch's stored root: batch(batchId).serialsRoot
	IndexRoot   Hash      `json:"index_root"`   // the root of the index tree (pack order)
	SortedRoot  Hash      `json:"sorted_root"`  // the root of the sorted tree
	Low         Neighbour `json:"low"`          // the greatest value below SerialHash
	High        Neighbour `json:"high"`         // the least value above it
}

// Neighbour is a leaf of a batch's sorted tree: the value at Position of the sorted list (0 and
// n+1 are the sentinels, 1 to n the serial hashes ascending) and its OpenZeppelin proof up to
// the batch's stored root. As a contract argument it is the tuple
// (uint256 position, bytes32 serialHash, bytes32[] proof).
type Neighbour struct {
	Position   uint32 `json:"position"`
	SerialHash Hash   `json:"serial_hash"`
	Proof      []Hash `json:"proof"`
}
