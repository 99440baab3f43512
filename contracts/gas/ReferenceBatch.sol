// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

/**
 * @title ReferenceBatch: the plainest batch token, written only as a gas baseline for Pedigree.
 *
 * @dev One ERC-721 token per batch holding a serials root; custody moves by plain `transferFrom`; a pack is one bit,
 * set with a Merkle proof. It has none of Pedigree's rules (roles, routes, acceptance, recall, undo) and is never
 * deployed outside the gas report. Its leaves are Pedigree's, so both verify the same proofs.
 */
contract ReferenceBatch is ERC721 {
    using BitMaps for BitMaps.BitMap;

    mapping(uint256 batchId => bytes32) private _roots;
    mapping(uint256 batchId => BitMaps.BitMap) private _used;

    error ReferenceNotHolder(uint256 tokenId);
    error ReferenceInvalidProof(uint256 index);
    error ReferencePackUsed(uint256 index);

    constructor() ERC721("Reference Batch", "REF") {}

    /// @notice Mints the batch (`gtin`, `lot`) with `serialsRoot` to the caller.
    function mint(uint64 gtin, string calldata lot, bytes32 serialsRoot) external returns (uint256 batchId) {
        batchId = uint256(keccak256(abi.encode(gtin, lot)));
        _roots[batchId] = serialsRoot;
        _mint(msg.sender, batchId);
    }

    /// @notice Marks pack `index` of the caller's batch `batchId` used, proving its serial hash with `proof`.
    function decommission(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] calldata proof) public {
        if (ownerOf(batchId) != msg.sender) revert ReferenceNotHolder(batchId);
        if (_used[batchId].get(index)) revert ReferencePackUsed(index);
        if (!MerkleProof.verifyCalldata(proof, _roots[batchId], _leaf(index, serialHash))) {
            revert ReferenceInvalidProof(index);
        }
        _used[batchId].set(index);
    }

    /// @notice Marks many packs used in one transaction, each with its own proof.
    function decommissionMany(
        uint256 batchId,
        uint256[] calldata indexes,
        bytes32[] calldata serialHashes,
        bytes32[][] calldata proofs
    ) external {
        for (uint256 i = 0; i < indexes.length; ++i) {
            decommission(batchId, indexes[i], serialHashes[i], proofs[i]);
        }
    }

    /// @notice Returns whether pack `index` of `batchId` is used.
    function used(uint256 batchId, uint256 index) external view returns (bool) {
        return _used[batchId].get(index);
    }

    function _leaf(uint256 index, bytes32 serialHash) private pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(index, serialHash))));
    }
}
