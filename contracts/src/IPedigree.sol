// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/**
 * @title IPedigree: the types, events and errors of pedigree's batch token ({Pedigree}).
 *
 * @dev Kept apart from the contract, as OpenZeppelin keeps `IERC721` and `IERC6093`, so that a client (or another
 * contract) can decode every event and revert of pedigree from this file alone.
 */
interface IPedigree {
    /// @notice What a participant is registered as. Only regulators register and suspend participants.
    enum Role {
        None,
        Manufacturer,
        Distributor,
        Dispenser,
        Regulator
    }

    /// @notice The state of one pack: the EU Falsified Medicines Directive set. Every pack starts Active.
    enum PackState {
        Active,
        Supplied,
        Destroyed,
        Stolen,
        Sample,
        FreeSample,
        Exported,
        Locked,
        CheckedOut
    }

    /**
     * @notice A participant's registration, stored under its account (the address it registered with, which holds
     * its tokens and names it in events for good). One storage slot. The participant signs with its keys: the
     * account itself until that key is retired, and any key added with {Pedigree-addKey}.
     */
    struct Participant {
        Role role;
        bool suspended;
        uint24 number; // 1-based registration number, used in pack records and pending shipments
        uint64 gln; // GS1 Global Location Number
        uint16 keys; // active keys, the account's own included unless retired; never 0
        bool accountRetired; // the account's own key was retired: the account still holds, but no longer signs
    }

    /// @notice A batch as stored on chain (GTIN, lot, quantity and master-data hash are in {BatchRegistered}).
    /// `serialsRoot` is the batch's one stored root: `commutativeKeccak256(indexRoot, sortedRoot)`.
    struct Batch {
        bytes32 serialsRoot;
        address manufacturer;
        uint16 expiryDay;
        uint8 recallReason;
    }

    /**
     * @notice One leaf of a batch's sorted tree, with its OpenZeppelin Merkle proof up to the batch's stored root
     * (the sorted tree's path, then `indexRoot` as the last sibling).
     * @param position The leaf's position in the sorted list: 0 is the sentinel `bytes32(0)`, 1..n the batch's
     * serial hashes in ascending order, n+1 the sentinel `type(uint256).max`.
     * @param serialHash The value at that position.
     * @param proof Sibling hashes from the leaf up to the stored root.
     */
    struct Neighbour {
        uint256 position;
        bytes32 serialHash;
        bytes32[] proof;
    }

    /// @notice `account` was registered as `role` with location `gln`; `number` identifies it in pack records.
    event ParticipantRegistered(address indexed account, Role role, uint64 gln, uint24 number, address indexed by);
    /// @notice `account` may no longer act or receive tokens.
    event ParticipantSuspended(address indexed account, address indexed by);
    /// @notice `account` may act again.
    event ParticipantReinstated(address indexed account, address indexed by);
    /// @notice `key` now signs for the participant `account`: it acts as `account` in every call and event.
    event KeyAdded(address indexed account, address indexed key, address indexed by);
    /// @notice `key` no longer signs for the participant `account`; its holdings and records stay the account's.
    event KeyRetired(address indexed account, address indexed key, address indexed by);
    /**
     * @notice The GS1 company prefix `prefix` of `length` digits (leading zeros included) was assigned to
     * `manufacturer`, moving it from `previous` (the zero address when it was unassigned).
     */
    event PrefixAssigned(
        uint64 prefix,
        uint8 length,
        address indexed manufacturer,
        address indexed previous,
        address indexed by
    );
    /// @notice The single GTIN-14 `gtin` was assigned to `manufacturer`, moving it from `previous` (zero: unassigned).
    event GTINAssigned(uint64 gtin, address indexed manufacturer, address indexed previous, address indexed by);
    /**
     * @notice A batch was registered and its token minted to `manufacturer`. It commits to its serials with two
     * Merkle roots, stored folded into one (see {Batch}): `indexRoot` over the serials in pack order, `sortedRoot`
     * over their hashes in ascending order, between two sentinels.
     */
    event BatchRegistered(
        uint256 indexed batchId,
        address indexed manufacturer,
        uint64 gtin,
        string lot,
        uint16 expiryDay,
        uint24 quantity,
        bytes32 indexRoot,
        bytes32 sortedRoot,
        bytes32 masterDataHash
    );
    /// @notice Packs `[start, end)` of `tokenId` moved into the new token `newTokenId`, held by the same holder.
    event TokenSplit(
        uint256 indexed tokenId,
        uint256 indexed newTokenId,
        uint256 indexed batchId,
        uint24 start,
        uint24 end
    );
    /// @notice `from` shipped `tokenId` to `to`; custody moves when `to` accepts (the ERC-721 Transfer event).
    event ShipmentSent(uint256 indexed tokenId, address indexed from, address indexed to);
    /// @notice The pending shipment of `tokenId` was cancelled by `by` (its sender or its receiver).
    event ShipmentCancelled(uint256 indexed tokenId, address indexed by);
    /// @notice `actor` set the packs `indexes` of `batchId` to `state`.
    event PackStatesChanged(uint256 indexed batchId, address indexed actor, PackState state, uint256[] indexes);
    /// @notice `actor` reverted the packs `indexes` of `batchId` to Active.
    event PackStatesReverted(uint256 indexed batchId, address indexed actor, uint256[] indexes);
    /// @notice `batchId` was recalled by `by`, for reason code `reason`. A recall is final: the batch's stock may then
    /// only go back to its manufacturer or be destroyed.
    event BatchRecalled(uint256 indexed batchId, address indexed by, uint8 reason);

    /// @dev `account` is not a registered participant.
    error PedigreeNotParticipant(address account);
    /// @dev `key` was a participant's key and has been retired: it can no longer act.
    error PedigreeKeyRetired(address key);
    /// @dev `key` cannot be added: it is the zero address, a participant's account, or a key added before.
    error PedigreeKeyTaken(address key);
    /// @dev `key` is not an active key of the participant `account`.
    error PedigreeNotKey(address account, address key);
    /// @dev The participant `account` has one key left, which cannot be retired.
    error PedigreeLastKey(address account);
    /// @dev `account` is suspended.
    error PedigreeParticipantSuspended(address account);
    /// @dev `account`, registered as `role`, may not do this.
    error PedigreeUnauthorizedRole(address account, Role role);
    /// @dev `account` is already registered.
    error PedigreeParticipantExists(address account);
    /// @dev `account` cannot be registered, suspended or reinstated this way.
    error PedigreeInvalidParticipant(address account);
    /// @dev `account` is not a registered manufacturer: GTINs are assigned to manufacturers only.
    error PedigreeNotManufacturer(address account);
    /// @dev `gln` is not a 13-digit GLN with a valid check digit.
    error PedigreeInvalidGLN(uint64 gln);
    /// @dev `gtin` is not a GTIN-14 with a valid check digit.
    error PedigreeInvalidGTIN(uint64 gtin);
    /// @dev `prefix` is not a GS1 company prefix of `length` digits, 6 to 12.
    error PedigreeInvalidPrefix(uint64 prefix, uint8 length);
    /// @dev The prefix or GTIN is already assigned to `manufacturer`.
    error PedigreeAlreadyAssigned(address manufacturer);
    /// @dev `gtin` is neither assigned to `account` nor under a company prefix assigned to it.
    error PedigreeGTINNotOwned(uint64 gtin, address account);
    /// @dev `lot` is empty, longer than 20 characters or has a character outside GS1's 82-character set.
    error PedigreeInvalidLot(string lot);
    /// @dev `expiryDay` is already past.
    error PedigreeInvalidExpiry(uint16 expiryDay);
    /// @dev `quantity` is zero.
    error PedigreeInvalidQuantity(uint256 quantity);
    /// @dev A serials root is zero.
    error PedigreeInvalidRoot();
    /// @dev This (GTIN, lot) is already registered.
    error PedigreeBatchExists(uint256 batchId);
    /// @dev No batch has this id.
    error PedigreeUnknownBatch(uint256 batchId);
    /// @dev The batch is recalled: its stock may only be returned to its manufacturer or destroyed (and shipments in
    /// transit accepted or cancelled).
    error PedigreeBatchRecalled(uint256 batchId);
    /// @dev The batch is past its expiry day.
    error PedigreeBatchExpired(uint256 batchId);
    /// @dev `account` does not hold `tokenId`.
    error PedigreeNotCustodian(address account, uint256 tokenId);
    /// @dev `tokenId` has a pending shipment: accept or cancel it first.
    error PedigreeShipmentPending(uint256 tokenId);
    /// @dev `tokenId` has no pending shipment.
    error PedigreeNoShipment(uint256 tokenId);
    /// @dev `account` is not the receiver of the pending shipment of `tokenId`.
    error PedigreeNotReceiver(address account, uint256 tokenId);
    /// @dev A token cannot be shipped to `receiver` (the zero address or the holder itself).
    error PedigreeInvalidReceiver(address receiver);
    /// @dev Custody may not pass from a `from` to a `to` participant (returns to a manufacturer go to the batch's own).
    error PedigreeRouteNotAllowed(Role from, Role to);
    /// @dev `newStart` is not strictly inside the range of `tokenId`.
    error PedigreeSplitOutOfRange(uint256 tokenId, uint256 newStart);
    /// @dev Pack `index` is not in the range of `tokenId`.
    error PedigreePackOutOfRange(uint256 tokenId, uint256 index);
    /// @dev A Merkle proof does not show its leaf (a pack's serial, or a neighbour in the sorted list) under the
    /// batch's stored root.
    error PedigreeInvalidProof(uint256 batchId);
    /// @dev The neighbours are not two adjacent positions of the sorted list whose values enclose `serialHash`
    /// strictly, so they do not show it absent (it may be in the list).
    error PedigreeInvalidNonMembership(uint256 batchId, bytes32 serialHash);
    /// @dev A pack cannot be set to `state` (Active is reached only by undo).
    error PedigreeInvalidPackState(PackState state);
    /// @dev Pack `index` is `state`, not Active: undo first.
    error PedigreePackNotActive(uint256 index, PackState state);
    /// @dev Pack `index` is Active: there is nothing to undo.
    error PedigreeNothingToUndo(uint256 index);
    /// @dev Pack `index` is `state`, which can never be undone.
    error PedigreeIrreversibleState(uint256 index, PackState state);
    /// @dev Only the participant who changed pack `index` may undo it; `account` did not.
    error PedigreeNotDecommissioner(address account, uint256 index);
    /// @dev Pack `index` changed on `changedDay`, more than {UNDO_WINDOW_DAYS} ago.
    error PedigreeUndoWindowClosed(uint256 index, uint16 changedDay);
    /// @dev A recall needs a non-zero reason code.
    error PedigreeInvalidRecallReason();
    /// @dev Pack lists must be non-empty, strictly ascending and as long as their serial hashes.
    error PedigreeInvalidPackList();
    /// @dev Approvals are disabled: custody moves only by ship and accept.
    error PedigreeApprovalsDisabled();
}
