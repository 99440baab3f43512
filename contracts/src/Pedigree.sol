// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/**
 * @title Pedigree: medication batches as ERC-721 tokens, with custody and per-pack state.
 *
 * @dev Every batch is a token whose id is `uint256(keccak256(abi.encode(gtin, lot)))`, so any client computes it
 * from the code printed on a pack. A token covers the contiguous range `[start, end)` of the batch's pack indexes;
 * the batch token starts with all of them and {split} carves the tail of a range into a new token whose id is
 * `batchId ^ start`. Every pack index is always in exactly one live token, and that token's holder is the pack's
 * custodian.
 *
 * Custody moves in two steps: the holder {ship}s to a registered participant along an allowed route, the receiver
 * {accept}s (the ERC-721 transfer happens then), and either side may {cancelShipment}. Plain `transferFrom` and
 * `safeTransferFrom` are acceptances too: they succeed only when called by the receiver of a pending shipment.
 * Approvals are disabled, so no third party can ever move a token.
 *
 * Serials never go on chain. A batch commits to its serial list with a Merkle root over OpenZeppelin double-hashed
 * leaves `keccak256(bytes.concat(keccak256(abi.encode(index, keccak256(serial)))))`, in pack-index order, so the
 * packs of a case are neighbouring leaves and a multiproof for them is short. Calls that change a pack carry only
 * the serial's hash and a proof.
 *
 * Storage is packed for gas: one slot per token (a batch token's slot also holds the batch's own fields), one slot
 * for the serials root, and four 64-bit pack records per slot.
 */
contract Pedigree is ERC721 {
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

    /// @dev One storage slot per participant.
    struct Participant {
        Role role;
        bool suspended;
        uint24 number; // 1-based registration number, used in pack records and pending shipments
        uint64 gln; // GS1 Global Location Number
    }

    /// @dev One storage slot per token. The first three fields are set on batch tokens only.
    struct Token {
        address manufacturer;
        uint16 expiryDay; // last day of use, in days since 1970-01-01
        uint8 recallReason; // 0: not recalled
        uint24 start;
        uint24 end;
        uint24 pendingTo; // participant number of a pending shipment's receiver; 0: none
    }

    /// @notice A batch as stored on chain (GTIN, lot, quantity and master-data hash are in {BatchRegistered}).
    struct Batch {
        bytes32 serialsRoot;
        address manufacturer;
        uint16 expiryDay;
        uint8 recallReason;
    }

    /// @notice Days after a pack's state change during which the same custodian may undo it.
    uint256 public constant UNDO_WINDOW_DAYS = 10;

    // Bit i is set when ASCII character i is in GS1's 82-character set (AI 10 and AI 21).
    uint256 private constant _GS1_CSET82 = 0x7fffffe87fffffeffffffe600000000;
    uint256 private constant _RECORD_BITS = 64; // a pack record: state (8) | day (16) | actor number (24)
    uint256 private constant _RECORD_MASK = (1 << _RECORD_BITS) - 1;

    mapping(address account => Participant) private _participants;
    mapping(uint24 number => address) private _accounts;
    uint24 private _participantCount;

    mapping(uint256 tokenId => Token) private _tokens;
    mapping(uint256 batchId => bytes32) private _roots;
    mapping(uint256 batchId => mapping(uint256 word => uint256)) private _packs;

    /// @notice `account` was registered as `role` with location `gln`; `number` identifies it in pack records.
    event ParticipantRegistered(address indexed account, Role role, uint64 gln, uint24 number, address indexed by);
    /// @notice `account` may no longer act or receive tokens.
    event ParticipantSuspended(address indexed account, address indexed by);
    /// @notice `account` may act again.
    event ParticipantReinstated(address indexed account, address indexed by);
    /// @notice A batch was registered and its token minted to `manufacturer`.
    event BatchRegistered(
        uint256 indexed batchId,
        address indexed manufacturer,
        uint64 gtin,
        string lot,
        uint16 expiryDay,
        uint24 quantity,
        bytes32 serialsRoot,
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
    /// @notice `batchId` was recalled by `by`, for reason code `reason`. A recall is final.
    event BatchRecalled(uint256 indexed batchId, address indexed by, uint8 reason);

    /// @dev `account` is not a registered participant.
    error PedigreeNotParticipant(address account);
    /// @dev `account` is suspended.
    error PedigreeParticipantSuspended(address account);
    /// @dev `account`, registered as `role`, may not do this.
    error PedigreeUnauthorizedRole(address account, Role role);
    /// @dev `account` is already registered.
    error PedigreeParticipantExists(address account);
    /// @dev `account` cannot be registered, suspended or reinstated this way.
    error PedigreeInvalidParticipant(address account);
    /// @dev `gln` is not a 13-digit GLN with a valid check digit.
    error PedigreeInvalidGLN(uint64 gln);
    /// @dev `gtin` is not a GTIN-14 with a valid check digit.
    error PedigreeInvalidGTIN(uint64 gtin);
    /// @dev `lot` is empty, longer than 20 characters or has a character outside GS1's 82-character set.
    error PedigreeInvalidLot(string lot);
    /// @dev `expiryDay` is already past.
    error PedigreeInvalidExpiry(uint16 expiryDay);
    /// @dev `quantity` is zero.
    error PedigreeInvalidQuantity(uint256 quantity);
    /// @dev The serials root is zero.
    error PedigreeInvalidRoot();
    /// @dev This (GTIN, lot) is already registered.
    error PedigreeBatchExists(uint256 batchId);
    /// @dev No batch has this id.
    error PedigreeUnknownBatch(uint256 batchId);
    /// @dev The batch is recalled: nothing about it may change any more.
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
    /// @dev The Merkle proof does not show the serial(s) at the index(es) in the batch's committed list.
    error PedigreeInvalidProof(uint256 batchId);
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

    /// @notice Deploys the contract with the deployer as its first regulator, located at `regulatorGln`.
    constructor(uint64 regulatorGln) ERC721("Pedigree Batch", "PEDIGREE") {
        _register(msg.sender, Role.Regulator, regulatorGln, msg.sender);
    }

    // ---------------------------------------------------------------- participants

    /// @notice Registers `account` as `role` at location `gln`. Regulators only.
    function registerParticipant(address account, Role role, uint64 gln) external {
        _requireRole(_actor(), Role.Regulator);
        _register(account, role, gln, msg.sender);
    }

    /// @notice Suspends `account`: it can no longer act, receive shipments or have its tokens moved. Regulators only.
    function suspendParticipant(address account) external {
        _requireRole(_actor(), Role.Regulator);
        Participant storage p = _participants[account];
        if (p.role == Role.None) revert PedigreeNotParticipant(account);
        if (p.suspended || account == msg.sender) revert PedigreeInvalidParticipant(account);
        p.suspended = true;
        emit ParticipantSuspended(account, msg.sender);
    }

    /// @notice Lifts the suspension of `account`. Regulators only.
    function reinstateParticipant(address account) external {
        _requireRole(_actor(), Role.Regulator);
        Participant storage p = _participants[account];
        if (!p.suspended) revert PedigreeInvalidParticipant(account);
        p.suspended = false;
        emit ParticipantReinstated(account, msg.sender);
    }

    /// @notice Returns the registration of `account` (role None when it has none).
    function participant(address account) external view returns (Participant memory) {
        return _participants[account];
    }

    /// @notice Returns the account registered with `number`, or the zero address.
    function participantAccount(uint24 number) external view returns (address) {
        return _accounts[number];
    }

    // ---------------------------------------------------------------- batches

    /// @notice Returns the token id of the batch (`gtin`, `lot`): `uint256(keccak256(abi.encode(gtin, lot)))`.
    function batchIdOf(uint64 gtin, string calldata lot) public pure returns (uint256) {
        return uint256(keccak256(abi.encode(gtin, lot)));
    }

    /**
     * @notice Registers a batch and mints its token to the caller, an active manufacturer.
     * @param gtin GTIN-14 as an integer, check digit included.
     * @param lot Lot (GS1 AI 10): 1 to 20 characters of GS1's 82-character set.
     * @param expiryDay Last day of use, in days since 1970-01-01; not in the past.
     * @param quantity Number of packs; pack indexes are `[0, quantity)`.
     * @param serialsRoot Merkle root of the serial list (see the contract's description).
     * @param masterDataHash Hash of the product master data, committed in {BatchRegistered}.
     * @return batchId The new token's id.
     */
    function registerBatch(
        uint64 gtin,
        string calldata lot,
        uint16 expiryDay,
        uint24 quantity,
        bytes32 serialsRoot,
        bytes32 masterDataHash
    ) external returns (uint256 batchId) {
        _requireRole(_actor(), Role.Manufacturer);
        if (!_validCheckDigit(gtin, 1e14)) revert PedigreeInvalidGTIN(gtin);
        if (!_validLot(lot)) revert PedigreeInvalidLot(lot);
        if (expiryDay < _today()) revert PedigreeInvalidExpiry(expiryDay);
        if (quantity == 0) revert PedigreeInvalidQuantity(quantity);
        if (serialsRoot == bytes32(0)) revert PedigreeInvalidRoot();

        batchId = batchIdOf(gtin, lot);
        if (_tokens[batchId].end != 0) revert PedigreeBatchExists(batchId);
        _tokens[batchId] = Token({
            manufacturer: msg.sender,
            expiryDay: expiryDay,
            recallReason: 0,
            start: 0,
            end: quantity,
            pendingTo: 0
        });
        _roots[batchId] = serialsRoot;
        _mint(msg.sender, batchId);
        emit BatchRegistered(batchId, msg.sender, gtin, lot, expiryDay, quantity, serialsRoot, masterDataHash);
    }

    /// @notice Returns the stored fields of `batchId`; reverts with {PedigreeUnknownBatch} when there is none.
    function batch(uint256 batchId) external view returns (Batch memory) {
        Token memory b = _tokens[batchId];
        if (b.manufacturer == address(0)) revert PedigreeUnknownBatch(batchId);
        return Batch(_roots[batchId], b.manufacturer, b.expiryDay, b.recallReason);
    }

    /**
     * @notice Recalls `batchId` for `reason` (a non-zero code). Its manufacturer or any regulator may; it is final
     * and blocks every later change to the batch, its tokens and its packs.
     */
    function recall(uint256 batchId, uint8 reason) external {
        Participant memory p = _actor();
        Token memory b = _tokens[batchId];
        if (b.manufacturer == address(0)) revert PedigreeUnknownBatch(batchId);
        if (p.role != Role.Regulator && msg.sender != b.manufacturer) {
            revert PedigreeUnauthorizedRole(msg.sender, p.role);
        }
        if (reason == 0) revert PedigreeInvalidRecallReason();
        if (b.recallReason != 0) revert PedigreeBatchRecalled(batchId);
        _tokens[batchId].recallReason = reason;
        emit BatchRecalled(batchId, msg.sender, reason);
    }

    // ---------------------------------------------------------------- tokens and custody

    /**
     * @notice Returns what `tokenId` covers: its batch, its pack range `[start, end)` and the receiver of its
     * pending shipment (zero when none).
     */
    function token(
        uint256 tokenId
    ) external view returns (uint256 batchId, uint24 start, uint24 end, address pendingTo) {
        (Token memory t, uint256 id, ) = _loadToken(tokenId);
        return (id, t.start, t.end, _accounts[t.pendingTo]);
    }

    /**
     * @notice Moves packs `[newStart, end)` of `tokenId` into a new token, id `batchId ^ newStart`, held by the
     * caller, who keeps `[start, newStart)`. Only the holder, when nothing is pending.
     * @return newTokenId The id of the new token.
     */
    function split(uint256 tokenId, uint24 newStart) external returns (uint256 newTokenId) {
        _actor();
        (Token memory t, uint256 batchId, ) = _loadHeld(tokenId);
        if (newStart <= t.start || newStart >= t.end) revert PedigreeSplitOutOfRange(tokenId, newStart);
        newTokenId = batchId ^ newStart;
        _tokens[newTokenId] = Token({
            manufacturer: address(0),
            expiryDay: 0,
            recallReason: 0,
            start: newStart,
            end: t.end,
            pendingTo: 0
        });
        _tokens[tokenId].end = newStart;
        _mint(msg.sender, newTokenId);
        emit TokenSplit(tokenId, newTokenId, batchId, newStart, t.end);
    }

    /**
     * @notice Ships `tokenId` to `to`, an active participant the route allows: manufacturer to distributor or
     * dispenser, distributor to distributor or dispenser, and returns from dispenser to distributor and from either
     * to the batch's manufacturer. Custody moves when `to` accepts.
     */
    function ship(uint256 tokenId, address to) external {
        Participant memory sender = _actor();
        (, , Token memory b) = _loadHeld(tokenId);
        if (to == msg.sender) revert PedigreeInvalidReceiver(to);
        Participant memory receiver = _active(to);
        if (!_routeAllowed(sender.role, receiver.role, to == b.manufacturer)) {
            revert PedigreeRouteNotAllowed(sender.role, receiver.role);
        }
        _tokens[tokenId].pendingTo = receiver.number;
        emit ShipmentSent(tokenId, msg.sender, to);
    }

    /// @notice Accepts the pending shipment of `tokenId`: the caller, its receiver, becomes the holder.
    function accept(uint256 tokenId) external {
        _update(msg.sender, tokenId, msg.sender);
    }

    /// @notice Cancels the pending shipment of `tokenId`. Its sender (the holder) or its receiver may.
    function cancelShipment(uint256 tokenId) external {
        Participant memory p = _actor();
        (Token memory t, uint256 batchId, Token memory b) = _loadToken(tokenId);
        if (b.recallReason != 0) revert PedigreeBatchRecalled(batchId);
        if (t.pendingTo == 0) revert PedigreeNoShipment(tokenId);
        if (t.pendingTo != p.number && _ownerOf(tokenId) != msg.sender) revert PedigreeNotReceiver(msg.sender, tokenId);
        _tokens[tokenId].pendingTo = 0;
        emit ShipmentCancelled(tokenId, msg.sender);
    }

    // ---------------------------------------------------------------- packs

    /**
     * @notice Sets pack `index` of `tokenId` from Active to `state`. Only the token's holder, proving with `proof`
     * that the serial whose keccak256 is `serialHash` is pack `index` of the batch.
     */
    function setPackState(
        uint256 tokenId,
        uint256 index,
        bytes32 serialHash,
        PackState state,
        bytes32[] calldata proof
    ) external {
        Participant memory p = _actor();
        (Token memory t, uint256 batchId, ) = _loadHeld(tokenId);
        if (index < t.start || index >= t.end) revert PedigreePackOutOfRange(tokenId, index);
        if (!MerkleProof.verifyCalldata(proof, _roots[batchId], _leaf(index, serialHash))) {
            revert PedigreeInvalidProof(batchId);
        }
        if (state == PackState.Active) revert PedigreeInvalidPackState(state);

        uint256 shift = (index & 3) * _RECORD_BITS;
        uint256 word = _packs[batchId][index >> 2];
        PackState current = PackState(uint8(word >> shift));
        if (current != PackState.Active) revert PedigreePackNotActive(index, current);
        _packs[batchId][index >> 2] = word | (_record(state, p.number) << shift);

        uint256[] memory indexes = new uint256[](1);
        indexes[0] = index;
        emit PackStatesChanged(batchId, msg.sender, state, indexes);
    }

    /**
     * @notice Sets many packs of `tokenId` from Active to `state` in one call, with one OpenZeppelin multiproof.
     * @param indexes Pack indexes, strictly ascending, all in the token's range.
     * @param serialHashes keccak256 of each pack's serial, in the same order.
     * @param proof Sibling hashes of the multiproof.
     * @param proofFlags The multiproof's flags (see OpenZeppelin `MerkleProof.processMultiProof`).
     */
    function setPackStates(
        uint256 tokenId,
        uint256[] calldata indexes,
        bytes32[] calldata serialHashes,
        PackState state,
        bytes32[] calldata proof,
        bool[] calldata proofFlags
    ) external {
        uint256 record = _record(state, _actor().number);
        if (state == PackState.Active) revert PedigreeInvalidPackState(state);
        uint256 batchId = _requirePackRange(tokenId, indexes, serialHashes.length);
        bytes32[] memory leaves = _leaves(indexes, serialHashes);
        if (!MerkleProof.multiProofVerifyCalldata(proof, proofFlags, _roots[batchId], leaves)) {
            revert PedigreeInvalidProof(batchId);
        }
        _writeRecords(_packs[batchId], indexes, record);
        emit PackStatesChanged(batchId, msg.sender, state, indexes);
    }

    /**
     * @notice Reverts packs of `tokenId` to Active. Only the participant who changed them, while it holds the
     * token, within {UNDO_WINDOW_DAYS} days of the change, never for Destroyed packs or an expired batch.
     */
    function undoPackStates(uint256 tokenId, uint256[] calldata indexes) external {
        Participant memory p = _actor();
        (Token memory t, uint256 batchId, Token memory b) = _loadHeld(tokenId);
        uint256 today = _today();
        if (today > b.expiryDay) revert PedigreeBatchExpired(batchId);
        if (indexes.length == 0) revert PedigreeInvalidPackList();

        mapping(uint256 => uint256) storage packs = _packs[batchId];
        for (uint256 i = 0; i < indexes.length; ++i) {
            uint256 index = indexes[i];
            if (index < t.start || index >= t.end) revert PedigreePackOutOfRange(tokenId, index);
            uint256 shift = (index & 3) * _RECORD_BITS;
            uint256 word = packs[index >> 2];
            uint256 record = (word >> shift) & _RECORD_MASK;
            PackState state = PackState(uint8(record));
            uint16 day = uint16(record >> 8);
            if (state == PackState.Active) revert PedigreeNothingToUndo(index);
            if (state == PackState.Destroyed) revert PedigreeIrreversibleState(index, state);
            if (uint24(record >> 24) != p.number) revert PedigreeNotDecommissioner(msg.sender, index);
            if (today > day + UNDO_WINDOW_DAYS) revert PedigreeUndoWindowClosed(index, day);
            packs[index >> 2] = word & ~(_RECORD_MASK << shift);
        }
        emit PackStatesReverted(batchId, msg.sender, indexes);
    }

    /// @notice Returns pack `index` of `batchId`: its state, the day it last changed and who changed it.
    function packState(
        uint256 batchId,
        uint256 index
    ) external view returns (PackState state, uint16 day, address actor) {
        uint256 record = (_packs[batchId][index >> 2] >> ((index & 3) * _RECORD_BITS)) & _RECORD_MASK;
        return (PackState(uint8(record)), uint16(record >> 8), _accounts[uint24(record >> 24)]);
    }

    /// @notice Returns whether `proof` shows the serial hashing to `serialHash` is pack `index` of `batchId`.
    function verifySerial(
        uint256 batchId,
        uint256 index,
        bytes32 serialHash,
        bytes32[] calldata proof
    ) external view returns (bool) {
        bytes32 root = _roots[batchId];
        return root != bytes32(0) && MerkleProof.verifyCalldata(proof, root, _leaf(index, serialHash));
    }

    // ---------------------------------------------------------------- ERC-721 hooks

    /**
     * @dev Every token move passes here. Mints come only from {registerBatch} and {split}. A transfer is the
     * acceptance of a pending shipment by its receiver (`auth`, who must be `to`), whether through {accept},
     * `transferFrom` or `safeTransferFrom`. Burns do not exist.
     */
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (_ownerOf(tokenId) == address(0)) {
            // Internal mints pass no `auth`; a transfer call for a token that does not exist must not mint it.
            if (auth != address(0)) revert ERC721NonexistentToken(tokenId);
        } else {
            if (to == address(0) || auth != to) revert PedigreeNotReceiver(auth, tokenId);
            Participant memory receiver = _active(to);
            (Token memory t, uint256 batchId, Token memory b) = _loadToken(tokenId);
            if (b.recallReason != 0) revert PedigreeBatchRecalled(batchId);
            if (t.pendingTo == 0) revert PedigreeNoShipment(tokenId);
            if (t.pendingTo != receiver.number) revert PedigreeNotReceiver(auth, tokenId);
            _tokens[tokenId].pendingTo = 0;
        }
        // Authorization is settled above; OpenZeppelin's check would ask for an approval that cannot exist.
        return super._update(to, tokenId, address(0));
    }

    /// @dev Approvals are disabled, so the only call that reaches here is the clearing of one that was never set.
    function _approve(address to, uint256, address, bool emitEvent) internal pure override {
        if (to != address(0) || emitEvent) revert PedigreeApprovalsDisabled();
    }

    /// @dev Approvals are disabled.
    function _setApprovalForAll(address, address, bool) internal pure override {
        revert PedigreeApprovalsDisabled();
    }

    // ---------------------------------------------------------------- internals

    function _register(address account, Role role, uint64 gln, address by) private {
        if (account == address(0) || role == Role.None) revert PedigreeInvalidParticipant(account);
        if (_participants[account].role != Role.None) revert PedigreeParticipantExists(account);
        if (!_validCheckDigit(gln, 1e13)) revert PedigreeInvalidGLN(gln);
        uint24 number = ++_participantCount; // checked: reverts past 2^24-1 participants
        _participants[account] = Participant({role: role, suspended: false, number: number, gln: gln});
        _accounts[number] = account;
        emit ParticipantRegistered(account, role, gln, number, by);
    }

    /// @dev Returns the caller's registration, reverting unless it is an active participant.
    function _actor() private view returns (Participant memory) {
        return _active(msg.sender);
    }

    function _active(address account) private view returns (Participant memory p) {
        p = _participants[account];
        if (p.role == Role.None) revert PedigreeNotParticipant(account);
        if (p.suspended) revert PedigreeParticipantSuspended(account);
    }

    function _requireRole(Participant memory p, Role role) private view {
        if (p.role != role) revert PedigreeUnauthorizedRole(msg.sender, p.role);
    }

    /// @dev Returns the token, its batch id and the batch token's slot (the same slot for a batch token).
    function _loadToken(uint256 tokenId) private view returns (Token memory t, uint256 batchId, Token memory b) {
        t = _tokens[tokenId];
        if (t.end == 0) revert ERC721NonexistentToken(tokenId);
        batchId = tokenId ^ t.start;
        b = t.start == 0 ? t : _tokens[batchId];
    }

    /// @dev {_loadToken} for a change by the holder: the caller holds it, nothing is pending, no recall.
    function _loadHeld(uint256 tokenId) private view returns (Token memory t, uint256 batchId, Token memory b) {
        (t, batchId, b) = _loadToken(tokenId);
        if (_ownerOf(tokenId) != msg.sender) revert PedigreeNotCustodian(msg.sender, tokenId);
        if (b.recallReason != 0) revert PedigreeBatchRecalled(batchId);
        if (t.pendingTo != 0) revert PedigreeShipmentPending(tokenId);
    }

    /// @dev {_loadHeld} for a list of packs: non-empty, as long as its serial hashes, inside the token's range.
    function _requirePackRange(
        uint256 tokenId,
        uint256[] calldata indexes,
        uint256 hashes
    ) private view returns (uint256 batchId) {
        Token memory t;
        (t, batchId, ) = _loadHeld(tokenId);
        uint256 n = indexes.length;
        if (n == 0 || n != hashes) revert PedigreeInvalidPackList();
        if (indexes[0] < t.start) revert PedigreePackOutOfRange(tokenId, indexes[0]);
        if (indexes[n - 1] >= t.end) revert PedigreePackOutOfRange(tokenId, indexes[n - 1]);
    }

    /// @dev Returns the leaves of the packs, reverting unless `indexes` are strictly ascending. Ascending pack
    /// indexes are exactly the leaf order a multiproof needs (the tree keeps leaves in pack order and stores them
    /// right to left), and they rule out duplicates.
    function _leaves(
        uint256[] calldata indexes,
        bytes32[] calldata serialHashes
    ) private pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](indexes.length);
        for (uint256 i = 0; i < indexes.length; ++i) {
            if (i > 0 && indexes[i] <= indexes[i - 1]) revert PedigreeInvalidPackList();
            leaves[i] = _leaf(indexes[i], serialHashes[i]);
        }
    }

    /// @dev Sets `record` for each of the ascending `indexes`, all Active, writing each 4-record word once.
    function _writeRecords(
        mapping(uint256 => uint256) storage packs,
        uint256[] calldata indexes,
        uint256 record
    ) private {
        uint256 wordIndex = indexes[0] >> 2;
        uint256 word = packs[wordIndex];
        for (uint256 i = 0; i < indexes.length; ++i) {
            uint256 index = indexes[i];
            if (index >> 2 != wordIndex) {
                packs[wordIndex] = word;
                wordIndex = index >> 2;
                word = packs[wordIndex];
            }
            uint256 shift = (index & 3) * _RECORD_BITS;
            PackState current = PackState(uint8(word >> shift));
            if (current != PackState.Active) revert PedigreePackNotActive(index, current);
            word |= record << shift;
        }
        packs[wordIndex] = word;
    }

    function _routeAllowed(Role from, Role to, bool toBatchManufacturer) private pure returns (bool) {
        if (to == Role.Dispenser) return from == Role.Manufacturer || from == Role.Distributor;
        if (to == Role.Distributor) return from != Role.Regulator;
        if (to == Role.Manufacturer) return toBatchManufacturer && (from == Role.Distributor || from == Role.Dispenser);
        return false;
    }

    function _record(PackState state, uint24 actor) private view returns (uint256) {
        return uint256(uint8(state)) | (_today() << 8) | (uint256(actor) << 24);
    }

    function _today() private view returns (uint256) {
        return block.timestamp / 1 days;
    }

    /// @dev keccak256(bytes.concat(keccak256(abi.encode(index, serialHash)))), hashed in scratch space.
    function _leaf(uint256 index, bytes32 serialHash) private pure returns (bytes32 leaf) {
        assembly ("memory-safe") {
            mstore(0x00, index)
            mstore(0x20, serialHash)
            mstore(0x00, keccak256(0x00, 0x40))
            leaf := keccak256(0x00, 0x20)
        }
    }

    /// @dev Whether `code` is below `limit` (10^13 for a GLN, 10^14 for a GTIN-14; leading zeros are allowed)
    /// and ends in a valid GS1 mod-10 check digit.
    function _validCheckDigit(uint64 code, uint64 limit) private pure returns (bool) {
        if (code == 0 || code >= limit) return false;
        uint256 rest = code / 10;
        uint256 sum;
        // Weights 3, 1, 3, ... from the digit left of the check digit, two digits a turn; leading zeros add
        // nothing. Unchecked: rest only shrinks and sum stays below 14 * 9 * 3.
        unchecked {
            while (rest != 0) {
                sum += (rest % 10) * 3;
                rest /= 10;
                sum += rest % 10;
                rest /= 10;
            }
        }
        return (10 - (sum % 10)) % 10 == code % 10;
    }

    function _validLot(string calldata lot) private pure returns (bool) {
        bytes calldata b = bytes(lot);
        if (b.length == 0 || b.length > 20) return false;
        for (uint256 i = 0; i < b.length; ++i) {
            if ((_GS1_CSET82 >> uint8(b[i])) & 1 == 0) return false;
        }
        return true;
    }
}
