// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IPedigree} from "./IPedigree.sol";

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
 * A recall ({recall}) is final and leaves the batch's stock two ways out: back to the batch's manufacturer, or
 * destroyed. Its holders may then only {split} (to return part of a holding), {ship} to the manufacturer (from any
 * role), and set Active packs to Destroyed; a shipment in transit may still be cancelled by either side or
 * accepted by its receiver, who is then bound by the same rule. Nothing is undone and no other state is set.
 *
 * Only the manufacturer a GTIN is assigned to may register batches of it. A regulator assigns GS1 company prefixes
 * (6 to 12 digits of the GTIN after its indicator digit) and single GTIN-14s to manufacturers, and moves them by
 * assigning them again; the most specific assignment of a GTIN decides its owner ({gtinOwner}).
 *
 * Serials never go on chain. A batch commits to its serial list with two Merkle trees in the layout of
 * OpenZeppelin's merkle-tree library (leaves not sorted, pairs hashed with `Hashes.commutativeKeccak256`), where
 * `serialHash = keccak256(bytes(serial))`:
 *
 * - the index tree, whose leaf `i` is `keccak256(bytes.concat(keccak256(abi.encode(uint256 i, serialHash_i))))`
 *   for pack `i`, in pack-index order, so the packs of a case are neighbouring leaves and a multiproof for them is
 *   short: it proves that a serial is pack `i`;
 * - the sorted tree, over the n + 2 values `s_0 < s_1 < ... < s_n < s_{n+1}`: the serial hashes in ascending order
 *   between two sentinels, `s_0 = bytes32(0)` and `s_{n+1} = bytes32(type(uint256).max)`, whose leaf `p` is
 *   `keccak256(bytes.concat(keccak256(abi.encode(SORTED_LEAF_TAG, uint256 p, s_p))))`: two adjacent leaves
 *   `s_p < h < s_{p+1}` prove that no serial hashes to `h` ({verifyAbsent}). The tag keeps the two kinds of leaf
 *   apart, so that neither can pass for the other.
 *
 * The batch stores one root, the parent of both: `serialsRoot = Hashes.commutativeKeccak256(indexRoot, sortedRoot)`
 * (keccak256 of the two, the smaller first). A proof of either kind of leaf is an ordinary OpenZeppelin proof up to
 * it, whose last sibling is the other tree's root. Calls that change a pack carry only the serial's hash and a proof.
 *
 * A participant is its account, the address it was registered with: the account holds its tokens (`ownerOf`),
 * receives shipments and names it in every event. It signs with keys: the account's own, and any added with
 * {addKey} by the participant or a regulator; every key acts as the account. Rotation is adding a key and
 * retiring the old one ({retireKey}, the account's own key included, never the last): holdings, pending
 * shipments (kept by participant number) and undo rights (pack records keep the number too) stay with the
 * account, untouched. Calls by the account's own key read one slot, as before keys existed; an added key costs
 * two more reads.
 *
 * Storage is packed for gas: one slot per token (its holder, range and pending shipment; a batch token's slot also
 * holds the batch's own fields), so that a hand-off writes only slots it reads anyway; one slot per participant
 * (its registration and its ERC-721 balance); one slot for the serials root, four 64-bit pack records per slot, and
 * for GTIN ownership one slot per 6-digit stem of the company prefixes (its 6-digit prefix's owner and which longer
 * assignments exist under it), so that registering a batch reads two slots, whatever the prefix's length.
 * Registering a batch writes two fresh slots (the token, the root), as a plain ERC-721 mint of a root does (the
 * owner, the root).
 */
contract Pedigree is ERC721, IPedigree {
    /**
     * @dev One storage slot per token, everything a hand-off reads and writes: the holder (the ERC-721 owner, kept
     * here rather than in OpenZeppelin's own mapping), the range's end and the pending shipment, so {ship} and
     * {accept} each rewrite this one non-zero slot. The last 48 bits differ by kind: a batch token (start 0) keeps
     * its batch's manufacturer, expiry day and recall reason there; a split token, which reads those from its batch
     * token, keeps a zero manufacturer (participant numbers start at 1) and its start.
     */
    struct Token {
        address holder; // the custodian; zero: no such token
        uint24 end; // the token covers packs [start, end)
        uint24 pendingTo; // participant number of a pending shipment's receiver; 0: none
        uint24 manufacturer; // batch token: its manufacturer's participant number, never 0; split token: 0
        uint24 tail; // batch token: expiryDay << 8 | recallReason (see {_expiryDay}); split token: its start
    }

    /**
     * @dev A participant's registration as stored: {IPedigree-Participant} and the number of tokens its account holds
     * (its ERC-721 balance), in the one slot every call of the participant reads anyway.
     */
    struct Member {
        Role role;
        bool suspended;
        uint24 number;
        uint64 gln;
        uint16 keys;
        bool accountRetired;
        uint64 holdings; // tokens held: at most one per pack index of every batch, far below 2^64
    }

    /// @dev One storage slot per 6-digit stem: the first 6 digits of a GS1 company prefix (digits 2 to 7 of a GTIN-14).
    struct Stem {
        address owner; // the manufacturer the 6-digit prefix itself is assigned to, or zero
        uint16 lengths; // bit L set: a prefix of L digits (7 to 12) was assigned under this stem; bit 14: a GTIN
    }

    /// @notice Days after a pack's state change during which the same custodian may undo it.
    uint256 public constant UNDO_WINDOW_DAYS = 10;

    /// @notice The first word of a sorted-tree leaf's preimage, which tells it from an index-tree leaf.
    bytes32 public constant SORTED_LEAF_TAG = keccak256("pedigree.sorted-serial");

    // Bit i is set when ASCII character i is in GS1's 82-character set (AI 10 and AI 21).
    uint256 private constant _GS1_CSET82 = 0x7fffffe87fffffeffffffe600000000;
    uint256 private constant _RECORD_BITS = 64; // a pack record: state (8) | day (16) | actor number (24)
    uint256 private constant _RECORD_MASK = (1 << _RECORD_BITS) - 1;
    uint256 private constant _MIN_PREFIX = 6; // digits of the shortest GS1 company prefix, the stem
    uint256 private constant _MAX_PREFIX = 12;
    uint256 private constant _GTIN_BIT = 14; // the bit of a stem's lengths that marks single GTINs
    // Bit offsets in the raw slots of a {Member} and a {Token} (a struct's fields are packed from the low bits up,
    // in declaration order), where a hand-off reads or writes them whole. role is a Member's low 8 bits.
    uint256 private constant _MEMBER_SUSPENDED = 8; // suspended
    uint256 private constant _MEMBER_NUMBER = 16; // number
    uint256 private constant _MEMBER_RETIRED = 120; // accountRetired
    uint256 private constant _MEMBER_HOLDINGS = 128; // holdings
    uint256 private constant _TOKEN_PENDING = 184; // pendingTo, above holder (160 bits) and end (24)

    /// @dev A key added to a participant. One storage slot.
    struct Key {
        uint24 number; // the participant's number; 0: never a key
        bool retired;
    }

    mapping(address account => Member) private _participants;
    mapping(uint24 number => address) private _accounts;
    mapping(address key => Key) private _keys; // keys other than the accounts themselves
    uint24 private _participantCount;

    mapping(uint256 stem => Stem) private _stems;
    mapping(uint256 key => address manufacturer) private _assignees; // key: _assignmentKey(digits, code)

    mapping(uint256 tokenId => Token) private _tokens;
    mapping(uint256 batchId => bytes32) private _roots;
    mapping(uint256 batchId => mapping(uint256 word => uint256)) private _packs;

    /// @notice Deploys the contract with the deployer as its first regulator, located at `regulatorGln`.
    constructor(uint64 regulatorGln) ERC721("Pedigree Batch", "PEDIGREE") {
        _register(msg.sender, Role.Regulator, regulatorGln, msg.sender);
    }

    // ---------------------------------------------------------------- participants

    /// @notice Registers `account` as `role` at location `gln`. Regulators only.
    function registerParticipant(address account, Role role, uint64 gln) external {
        (Member memory p, address by) = _actor();
        _requireRole(p, Role.Regulator);
        _register(account, role, gln, by);
    }

    /// @notice Suspends `account`: it can no longer act, receive shipments or have its tokens moved. Regulators only.
    function suspendParticipant(address account) external {
        (Member memory r, address by) = _actor();
        _requireRole(r, Role.Regulator);
        Member storage p = _participants[account];
        if (p.role == Role.None) revert PedigreeNotParticipant(account);
        if (p.suspended || account == by) revert PedigreeInvalidParticipant(account);
        p.suspended = true;
        emit ParticipantSuspended(account, by);
    }

    /// @notice Lifts the suspension of `account`. Regulators only.
    function reinstateParticipant(address account) external {
        (Member memory r, address by) = _actor();
        _requireRole(r, Role.Regulator);
        Member storage p = _participants[account];
        if (!p.suspended) revert PedigreeInvalidParticipant(account);
        p.suspended = false;
        emit ParticipantReinstated(account, by);
    }

    /**
     * @notice Adds `key` as a signing key of the participant `account`: from now on `key` acts as `account` (it
     * ships, accepts and changes the account's tokens, undoes its pack changes), while the tokens stay held by
     * `account`. The participant itself (any of its active keys) or a regulator may. A key serves one participant,
     * once: `key` must be neither an account nor a key added before, retired or not.
     */
    function addKey(address account, address key) external {
        (Member storage q, address by) = _keyHolder(account);
        if (key == address(0) || _participants[key].role != Role.None || _keys[key].number != 0) {
            revert PedigreeKeyTaken(key);
        }
        _keys[key] = Key({number: q.number, retired: false});
        ++q.keys; // checked: a participant cannot pass 2^16-1 keys
        emit KeyAdded(account, key, by);
    }

    /**
     * @notice Retires `key`, an active key of the participant `account` (the account's own key included): it can
     * no longer act. Holdings, pending shipments and undo rights are the account's and stay with its other keys.
     * The participant itself (any of its active keys) or a regulator may; the last key cannot be retired.
     */
    function retireKey(address account, address key) external {
        (Member storage q, address by) = _keyHolder(account);
        if (key == account) {
            if (q.accountRetired) revert PedigreeNotKey(account, key);
            q.accountRetired = true;
        } else {
            Key storage k = _keys[key];
            if (k.number != q.number || k.retired) revert PedigreeNotKey(account, key);
            k.retired = true;
        }
        if (q.keys == 1) revert PedigreeLastKey(account);
        // Unchecked: keys is above 1 here.
        unchecked {
            --q.keys;
        }
        emit KeyRetired(account, key, by);
    }

    /// @notice Returns the account `key` acts for: `key` itself for an account whose own key is active, the
    /// participant's account for an active added key, the zero address otherwise (unknown or retired).
    function keyAccount(address key) external view returns (address) {
        return _keyAccount(key);
    }

    /// @notice Returns the registration of `account` (role None when it has none).
    function participant(address account) external view returns (Participant memory) {
        Member memory m = _participants[account];
        return Participant(m.role, m.suspended, m.number, m.gln, m.keys, m.accountRetired);
    }

    /// @notice Returns the account registered with `number`, or the zero address.
    function participantAccount(uint24 number) external view returns (address) {
        return _accounts[number];
    }

    // ---------------------------------------------------------------- GTIN ownership

    /**
     * @notice Assigns the GS1 company prefix `prefix` of `length` digits to `manufacturer`, an active manufacturer,
     * which then alone registers batches of the GTINs under it (unless a longer prefix or a single GTIN under it
     * is assigned to another). Assigning a prefix that another manufacturer holds moves it. Regulators only.
     * @param prefix The prefix's digits as an integer; leading zeros are given by `length` ("0012345" is 12345, 7).
     * @param length Its number of digits, 6 to 12: a GTIN-14 `d1 d2 ... d14` is under it when `d2 ... d(length+1)`
     * are its digits.
     */
    function assignPrefix(uint64 prefix, uint8 length, address manufacturer) external {
        (Member memory p, address by) = _actor();
        _requireRole(p, Role.Regulator);
        if (length < _MIN_PREFIX || length > _MAX_PREFIX || prefix >= 10 ** length) {
            revert PedigreeInvalidPrefix(prefix, length);
        }
        _requireManufacturer(manufacturer);
        address previous;
        if (length == _MIN_PREFIX) {
            Stem storage s = _stems[prefix];
            previous = s.owner;
            if (previous == manufacturer) revert PedigreeAlreadyAssigned(manufacturer);
            s.owner = manufacturer;
        } else {
            previous = _assign(prefix / 10 ** (length - _MIN_PREFIX), length, prefix, manufacturer);
        }
        emit PrefixAssigned(prefix, length, manufacturer, previous, by);
    }

    /**
     * @notice Assigns the single GTIN-14 `gtin` to `manufacturer`, an active manufacturer, whatever prefix it is
     * under; assigning it again to another manufacturer moves it. Regulators only.
     */
    function assignGTIN(uint64 gtin, address manufacturer) external {
        (Member memory p, address by) = _actor();
        _requireRole(p, Role.Regulator);
        if (!_validCheckDigit(gtin, 1e14)) revert PedigreeInvalidGTIN(gtin);
        _requireManufacturer(manufacturer);
        address previous = _assign(_stemOf(gtin), _GTIN_BIT, gtin, manufacturer);
        emit GTINAssigned(gtin, manufacturer, previous, by);
    }

    /**
     * @notice Returns the manufacturer that may register batches of the GTIN-14 `gtin`, or the zero address: the
     * one `gtin` itself is assigned to, else the one holding the longest assigned company prefix of it.
     */
    function gtinOwner(uint64 gtin) public view returns (address) {
        Stem memory s = _stems[_stemOf(gtin)];
        uint256 lengths = s.lengths;
        if (lengths != 0) {
            if ((lengths >> _GTIN_BIT) & 1 != 0) {
                address owner = _assignees[_assignmentKey(_GTIN_BIT, gtin)];
                if (owner != address(0)) return owner;
            }
            // Most specific first. Unchecked: length stays in (6, 12], so 13 - length is in [1, 6].
            unchecked {
                for (uint256 length = _MAX_PREFIX; length > _MIN_PREFIX; --length) {
                    if ((lengths >> length) & 1 == 0) continue;
                    uint256 prefix = (gtin / 10 ** (13 - length)) % 10 ** length;
                    address owner = _assignees[_assignmentKey(length, prefix)];
                    if (owner != address(0)) return owner;
                }
            }
        }
        return s.owner;
    }

    /**
     * @notice Returns the manufacturer the company prefix `prefix` of `length` digits (6 to 12) is assigned to,
     * or, with `length` 14, the one the single GTIN `prefix` is assigned to; the zero address when none.
     */
    function prefixOwner(uint64 prefix, uint8 length) external view returns (address) {
        if (length == _MIN_PREFIX) return _stems[prefix].owner;
        return _assignees[_assignmentKey(length, prefix)];
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
     * @param indexRoot Root of the index tree of the serial list (see the contract's description).
     * @param sortedRoot Root of the sorted tree of the serial list.
     * @param masterDataHash Hash of the product master data, committed in {BatchRegistered}.
     * @return batchId The new token's id.
     */
    function registerBatch(
        uint64 gtin,
        string calldata lot,
        uint16 expiryDay,
        uint24 quantity,
        bytes32 indexRoot,
        bytes32 sortedRoot,
        bytes32 masterDataHash
    ) external returns (uint256 batchId) {
        (Member memory p, address account) = _actor();
        _requireRole(p, Role.Manufacturer);
        if (!_validCheckDigit(gtin, 1e14)) revert PedigreeInvalidGTIN(gtin);
        if (gtinOwner(gtin) != account) revert PedigreeGTINNotOwned(gtin, account);
        if (!_validLot(lot)) revert PedigreeInvalidLot(lot);
        if (expiryDay < _today()) revert PedigreeInvalidExpiry(expiryDay);
        if (quantity == 0) revert PedigreeInvalidQuantity(quantity);
        if (indexRoot == bytes32(0) || sortedRoot == bytes32(0)) revert PedigreeInvalidRoot();

        batchId = batchIdOf(gtin, lot);
        if (_tokens[batchId].end != 0) revert PedigreeBatchExists(batchId);
        // The holder is set by the mint, in {_update}.
        _tokens[batchId] = Token({
            holder: address(0),
            end: quantity,
            pendingTo: 0,
            manufacturer: p.number,
            tail: uint24(expiryDay) << 8
        });
        _roots[batchId] = _serialsRoot(indexRoot, sortedRoot);
        _mint(account, batchId);
        emit BatchRegistered(
            batchId,
            account,
            gtin,
            lot,
            expiryDay,
            quantity,
            indexRoot,
            sortedRoot,
            masterDataHash
        );
    }

    /// @notice Returns the stored fields of `batchId`; reverts with {PedigreeUnknownBatch} when there is none.
    function batch(uint256 batchId) external view returns (Batch memory) {
        Token memory b = _tokens[batchId];
        if (b.manufacturer == 0) revert PedigreeUnknownBatch(batchId);
        return Batch(_roots[batchId], _accounts[b.manufacturer], _expiryDay(b), _recallReason(b));
    }

    /**
     * @notice Recalls `batchId` for `reason` (a non-zero code). Its manufacturer or any regulator may; it is final.
     * From then on the batch's holders may only return its stock to the manufacturer ({ship}, after a {split} if
     * only part goes back) or destroy it ({setPackStates} to Destroyed); shipments in transit may be accepted or
     * cancelled. Undo and every other state are refused with {PedigreeBatchRecalled}.
     */
    function recall(uint256 batchId, uint8 reason) external {
        (Member memory p, address account) = _actor();
        Token memory b = _tokens[batchId];
        if (b.manufacturer == 0) revert PedigreeUnknownBatch(batchId);
        if (p.role != Role.Regulator && p.number != b.manufacturer) {
            revert PedigreeUnauthorizedRole(msg.sender, p.role);
        }
        if (reason == 0) revert PedigreeInvalidRecallReason();
        if (_recallReason(b) != 0) revert PedigreeBatchRecalled(batchId);
        _tokens[batchId].tail = b.tail | reason;
        emit BatchRecalled(batchId, account, reason);
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
        return (id, uint24(_start(t)), t.end, _accounts[t.pendingTo]);
    }

    /**
     * @notice Moves packs `[newStart, end)` of `tokenId` into a new token, id `batchId ^ newStart`, held by the
     * caller, who keeps `[start, newStart)`. Only the holder, when nothing is pending; a recalled batch's too, so
     * that part of a holding can be returned.
     * @return newTokenId The id of the new token.
     */
    function split(uint256 tokenId, uint24 newStart) external returns (uint256 newTokenId) {
        (, address account) = _actor();
        (Token memory t, uint256 batchId, ) = _loadHeld(tokenId, account);
        if (newStart <= _start(t) || newStart >= t.end) revert PedigreeSplitOutOfRange(tokenId, newStart);
        newTokenId = batchId ^ newStart;
        // The holder is set by the mint, in {_update}.
        _tokens[newTokenId] = Token({holder: address(0), end: t.end, pendingTo: 0, manufacturer: 0, tail: newStart});
        _tokens[tokenId].end = newStart;
        _mint(account, newTokenId);
        emit TokenSplit(tokenId, newTokenId, batchId, newStart, t.end);
    }

    /**
     * @notice Ships `tokenId` to `to`, an active participant the route allows: manufacturer to distributor or
     * dispenser, distributor to distributor or dispenser, and returns from dispenser to distributor and from either
     * to the batch's manufacturer. Custody moves when `to` accepts. A recalled batch goes only back to its
     * manufacturer, from any holder ({PedigreeBatchRecalled} otherwise).
     */
    function ship(uint256 tokenId, address to) external {
        (Member memory sender, address account) = _actor();
        (, uint256 batchId, Token memory b) = _loadHeld(tokenId, account);
        if (to == account) revert PedigreeInvalidReceiver(to);
        Member memory receiver = _active(to);
        if (_recallReason(b) != 0) {
            if (receiver.number != b.manufacturer) revert PedigreeBatchRecalled(batchId);
        } else if (!_routeAllowed(sender.role, receiver.role, receiver.number == b.manufacturer)) {
            revert PedigreeRouteNotAllowed(sender.role, receiver.role);
        }
        _tokens[tokenId].pendingTo = receiver.number;
        emit ShipmentSent(tokenId, account, to);
    }

    /// @notice Accepts the pending shipment of `tokenId`: the caller, its receiver, becomes the holder. A shipment of
    /// a recalled batch may be accepted too (the receiver may then only return or destroy it).
    function accept(uint256 tokenId) external {
        address account = _keyAccount(msg.sender);
        // _update checks the receiver; {_actor} reverts with the reason the caller cannot act.
        if (account == address(0)) _actor();
        _update(account, tokenId, msg.sender);
    }

    /// @notice Cancels the pending shipment of `tokenId`. Its sender (the holder) or its receiver may, recalled or not.
    function cancelShipment(uint256 tokenId) external {
        (Member memory p, address account) = _actor();
        (Token memory t, , ) = _loadToken(tokenId);
        if (t.pendingTo == 0) revert PedigreeNoShipment(tokenId);
        if (t.pendingTo != p.number && t.holder != account) revert PedigreeNotReceiver(account, tokenId);
        _tokens[tokenId].pendingTo = 0;
        emit ShipmentCancelled(tokenId, account);
    }

    // ---------------------------------------------------------------- packs

    /**
     * @notice Sets pack `index` of `tokenId` from Active to `state`. Only the token's holder, proving with `proof`
     * that the serial whose keccak256 is `serialHash` is pack `index` of the batch. Of a recalled batch, only
     * Destroyed.
     */
    function setPackState(
        uint256 tokenId,
        uint256 index,
        bytes32 serialHash,
        PackState state,
        bytes32[] calldata proof
    ) external {
        (Member memory p, address account) = _actor();
        (Token memory t, uint256 batchId) = _loadSettable(tokenId, account, state);
        if (index < _start(t) || index >= t.end) revert PedigreePackOutOfRange(tokenId, index);
        if (!MerkleProof.verifyCalldata(proof, _roots[batchId], _leaf(index, serialHash))) {
            revert PedigreeInvalidProof(batchId);
        }

        uint256 shift = (index & 3) * _RECORD_BITS;
        uint256 word = _packs[batchId][index >> 2];
        PackState current = PackState(uint8(word >> shift));
        if (current != PackState.Active) revert PedigreePackNotActive(index, current);
        _packs[batchId][index >> 2] = word | (_record(state, p.number) << shift);

        uint256[] memory indexes = new uint256[](1);
        indexes[0] = index;
        emit PackStatesChanged(batchId, account, state, indexes);
    }

    /**
     * @notice Sets many packs of `tokenId` from Active to `state` in one call, with one OpenZeppelin multiproof. Of a
     * recalled batch, only Destroyed.
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
        (Member memory p, address account) = _actor();
        uint256 batchId = _requirePackRange(tokenId, indexes, serialHashes.length, account, state);
        // A block of its own keeps the stack shallow enough for the many calldata arguments.
        {
            bytes32[] memory leaves = _leaves(indexes, serialHashes);
            if (!MerkleProof.multiProofVerifyCalldata(proof, proofFlags, _roots[batchId], leaves)) {
                revert PedigreeInvalidProof(batchId);
            }
        }
        _writeRecords(_packs[batchId], indexes, _record(state, p.number));
        emit PackStatesChanged(batchId, account, state, indexes);
    }

    /**
     * @notice Reverts packs of `tokenId` to Active. Only the participant who changed them, while it holds the
     * token, within {UNDO_WINDOW_DAYS} days of the change, never for Destroyed packs, an expired batch or a recalled
     * one.
     */
    function undoPackStates(uint256 tokenId, uint256[] calldata indexes) external {
        (Member memory p, address account) = _actor();
        (Token memory t, uint256 batchId, Token memory b) = _loadHeld(tokenId, account);
        if (_recallReason(b) != 0) revert PedigreeBatchRecalled(batchId);
        uint256 today = _today();
        if (today > _expiryDay(b)) revert PedigreeBatchExpired(batchId);
        if (indexes.length == 0) revert PedigreeInvalidPackList();

        mapping(uint256 => uint256) storage packs = _packs[batchId];
        uint256 start = _start(t);
        for (uint256 i = 0; i < indexes.length; ++i) {
            uint256 index = indexes[i];
            if (index < start || index >= t.end) revert PedigreePackOutOfRange(tokenId, index);
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
        emit PackStatesReverted(batchId, account, indexes);
    }

    /// @notice Returns pack `index` of `batchId`: its state, the day it last changed and who changed it.
    function packState(
        uint256 batchId,
        uint256 index
    ) external view returns (PackState state, uint16 day, address actor) {
        uint256 record = (_packs[batchId][index >> 2] >> ((index & 3) * _RECORD_BITS)) & _RECORD_MASK;
        return (PackState(uint8(record)), uint16(record >> 8), _accounts[uint24(record >> 24)]);
    }

    /**
     * @notice Returns whether `proof` shows the serial hashing to `serialHash` is pack `index` of `batchId`: an
     * OpenZeppelin proof of the index-tree leaf up to the stored root, the sorted tree's root its last sibling.
     */
    function verifySerial(
        uint256 batchId,
        uint256 index,
        bytes32 serialHash,
        bytes32[] calldata proof
    ) external view returns (bool) {
        bytes32 root = _roots[batchId];
        return root != bytes32(0) && MerkleProof.verifyCalldata(proof, root, _leaf(index, serialHash));
    }

    /**
     * @notice Returns true when `low` and `high` prove that no serial of `batchId` hashes to `serialHash`: they are
     * leaves of the batch's sorted tree at adjacent positions `p` and `p + 1` (proven up to the stored root) with
     * `low.serialHash < serialHash < high.serialHash`. The sentinels at either end make this hold below the
     * smallest and above the largest serial hash too. Reverts otherwise, with {PedigreeUnknownBatch},
     * {PedigreeInvalidNonMembership} (not adjacent, or not enclosing: the serial may be in the list) or
     * {PedigreeInvalidProof} (a neighbour is not in the batch's sorted list).
     */
    function verifyAbsent(
        uint256 batchId,
        bytes32 serialHash,
        Neighbour calldata low,
        Neighbour calldata high
    ) external view returns (bool) {
        bytes32 root = _roots[batchId];
        if (root == bytes32(0)) revert PedigreeUnknownBatch(batchId);
        if (
            high.position == 0 ||
            high.position - 1 != low.position ||
            !(low.serialHash < serialHash && serialHash < high.serialHash)
        ) revert PedigreeInvalidNonMembership(batchId, serialHash);
        if (
            !MerkleProof.verifyCalldata(low.proof, root, _sortedLeaf(low.position, low.serialHash)) ||
            !MerkleProof.verifyCalldata(high.proof, root, _sortedLeaf(high.position, high.serialHash))
        ) revert PedigreeInvalidProof(batchId);
        return true;
    }

    // ---------------------------------------------------------------- ERC-721 hooks

    /**
     * @dev Every token move passes here. Mints come only from {registerBatch} and {split}, which write the new
     * token's slot without its holder first. A transfer is the acceptance of a pending shipment by its receiver
     * (`auth`, who must be `to` or an active key of `to`), whether through {accept}, `transferFrom` or
     * `safeTransferFrom`. Burns do not exist.
     *
     * OpenZeppelin's owner and balance mappings are left unused: the holder lives in the token's slot (rewritten
     * anyway, to clear the pending shipment) and a balance in its participant's slot (read anyway, to check the
     * receiver), so a hand-off writes no slot that it does not already read.
     */
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        Token storage slot = _tokens[tokenId];
        Member storage receiver = _participants[to];
        uint256 word;
        assembly ("memory-safe") {
            word := sload(slot.slot)
        }
        from = address(uint160(word));
        if (from == address(0)) {
            // Internal mints pass no `auth`; a transfer call for a token that does not exist must not mint it.
            if (auth != address(0)) revert ERC721NonexistentToken(tokenId);
            slot.holder = to;
            // Unchecked: a count cannot pass the number of tokens, far below 2^64.
            unchecked {
                ++receiver.holdings;
            }
        } else {
            // The hot path of every hand-off: each slot is read once, as a word, and written once.
            if (to == address(0)) revert PedigreeNotReceiver(auth, tokenId);
            uint256 r = _memberWord(to);
            if (uint8(r) == uint8(Role.None)) revert PedigreeNotParticipant(to);
            if (uint8(r >> _MEMBER_SUSPENDED) != 0) revert PedigreeParticipantSuspended(to);
            if (auth == to) {
                if (uint8(r >> _MEMBER_RETIRED) != 0) revert PedigreeKeyRetired(auth);
            } else if (_keyAccount(auth) != to) {
                revert PedigreeNotReceiver(auth, tokenId);
            }
            // A recalled batch's shipment may be accepted: {ship} let only a return or a shipment sent before the
            // recall through, and the receiver may then only return or destroy it.
            uint256 pendingTo = uint24(word >> _TOKEN_PENDING);
            if (pendingTo == 0) revert PedigreeNoShipment(tokenId);
            if (pendingTo != uint24(r >> _MEMBER_NUMBER)) revert PedigreeNotReceiver(auth, tokenId);
            // The new holder in the low 160 bits, the pending shipment cleared; end and the rest kept.
            word = (word & ~(type(uint160).max | (uint256(type(uint24).max) << _TOKEN_PENDING))) | uint160(to);
            // `from` is not `to` ({ship} refuses the holder as receiver, and a number names one account), so the two
            // participant slots differ and `r` is still `to`'s after `from`'s write.
            Member storage sender = _participants[from];
            // Unchecked: `from` holds this token, so its count is at least 1; `to`'s stays far below 2^64.
            unchecked {
                --sender.holdings;
                r += 1 << _MEMBER_HOLDINGS;
            }
            assembly ("memory-safe") {
                sstore(slot.slot, word)
                sstore(receiver.slot, r)
            }
        }
        emit Transfer(from, to, tokenId);
    }

    /// @dev The holder is kept in the token's slot (see {_update}).
    function _ownerOf(uint256 tokenId) internal view override returns (address) {
        return _tokens[tokenId].holder;
    }

    /// @notice Returns the number of tokens `owner` holds (see {_update}: kept in its participant's slot).
    function balanceOf(address owner) public view override returns (uint256) {
        if (owner == address(0)) revert ERC721InvalidOwner(address(0));
        return _participants[owner].holdings;
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
        if (_participants[account].role != Role.None || _keys[account].number != 0) {
            revert PedigreeParticipantExists(account);
        }
        if (!_validCheckDigit(gln, 1e13)) revert PedigreeInvalidGLN(gln);
        uint24 number = ++_participantCount; // checked: reverts past 2^24-1 participants
        _participants[account] = Member({
            role: role,
            suspended: false,
            number: number,
            gln: gln,
            keys: 1,
            accountRetired: false,
            holdings: 0
        });
        _accounts[number] = account;
        emit ParticipantRegistered(account, role, gln, number, by);
    }

    /**
     * @dev Returns the registration of the participant the caller signs for, and its account, reverting unless the
     * caller is an active key of an active participant: its account (one read, as before keys existed) or an
     * added key (two more).
     */
    function _actor() private view returns (Member memory p, address account) {
        account = msg.sender;
        p = _participants[account];
        if (p.role == Role.None) {
            Key memory k = _keys[account];
            if (k.number == 0) revert PedigreeNotParticipant(account);
            if (k.retired) revert PedigreeKeyRetired(account);
            account = _accounts[k.number];
            p = _participants[account];
        } else if (p.accountRetired) {
            revert PedigreeKeyRetired(account);
        }
        if (p.suspended) revert PedigreeParticipantSuspended(account);
    }

    /// @dev The account `key` acts for, or zero (see {keyAccount}); suspension is not checked.
    function _keyAccount(address key) private view returns (address) {
        uint256 w = _memberWord(key);
        if (uint8(w) != uint8(Role.None)) return (w >> _MEMBER_RETIRED) & 0xff != 0 ? address(0) : key;
        Key memory k = _keys[key];
        return k.retired ? address(0) : _accounts[k.number]; // _accounts[0] is the zero address
    }

    /**
     * @dev Returns the registration of `account` for a change of its keys, and the caller's account, reverting
     * unless the caller signs for `account` itself or is a regulator.
     */
    function _keyHolder(address account) private view returns (Member storage q, address by) {
        Member memory p;
        (p, by) = _actor();
        if (by != account && p.role != Role.Regulator) revert PedigreeUnauthorizedRole(msg.sender, p.role);
        q = _participants[account];
        if (q.role == Role.None) revert PedigreeNotParticipant(account);
    }

    function _active(address account) private view returns (Member memory p) {
        p = _participants[account];
        if (p.role == Role.None) revert PedigreeNotParticipant(account);
        if (p.suspended) revert PedigreeParticipantSuspended(account);
    }

    /// @dev The raw slot of the participant `account` (see {Member}; its fields from the low bits up).
    function _memberWord(address account) private view returns (uint256 word) {
        Member storage m = _participants[account];
        assembly ("memory-safe") {
            word := sload(m.slot)
        }
    }

    function _requireRole(Member memory p, Role role) private view {
        if (p.role != role) revert PedigreeUnauthorizedRole(msg.sender, p.role);
    }

    /// @dev Reverts unless `account` is an active manufacturer.
    function _requireManufacturer(address account) private view {
        Member storage p = _participants[account];
        if (p.role != Role.Manufacturer) revert PedigreeNotManufacturer(account);
        if (p.suspended) revert PedigreeParticipantSuspended(account);
    }

    /// @dev Assigns the `length`-digit code `code` (a prefix longer than the stem, or with {_GTIN_BIT} a GTIN) of
    /// the stem `stem` to `manufacturer`, marking the length on the stem; returns the previous assignee.
    function _assign(
        uint256 stem,
        uint256 length,
        uint256 code,
        address manufacturer
    ) private returns (address previous) {
        uint256 key = _assignmentKey(length, code);
        previous = _assignees[key];
        if (previous == manufacturer) revert PedigreeAlreadyAssigned(manufacturer);
        _assignees[key] = manufacturer;
        Stem storage s = _stems[stem];
        uint16 lengths = s.lengths | uint16(1 << length);
        if (lengths != s.lengths) s.lengths = lengths;
    }

    /// @dev The key of the assignment of a `length`-digit code: the length above the code's 64 bits, so that
    /// "0012345" (7 digits) and "012345" (6) differ.
    function _assignmentKey(uint256 length, uint256 code) private pure returns (uint256) {
        return (length << 64) | code;
    }

    /// @dev The 6-digit stem of a GTIN-14: its digits 2 to 7, the first six of any company prefix in it.
    function _stemOf(uint64 gtin) private pure returns (uint256) {
        return (gtin / 1e7) % 1e6;
    }

    /// @dev Returns the token, its batch id and the batch token's slot (the same slot for a batch token).
    function _loadToken(uint256 tokenId) private view returns (Token memory t, uint256 batchId, Token memory b) {
        t = _tokens[tokenId];
        if (t.end == 0) revert ERC721NonexistentToken(tokenId);
        uint256 start = _start(t);
        batchId = tokenId ^ start;
        b = start == 0 ? t : _tokens[batchId];
    }

    /// @dev The first pack of token `t`: 0 for a batch token, the stored start for a split token (see {Token}).
    function _start(Token memory t) private pure returns (uint256) {
        return t.manufacturer == 0 ? t.tail : 0;
    }

    /// @dev The expiry day of the batch token `b`.
    function _expiryDay(Token memory b) private pure returns (uint16) {
        return uint16(b.tail >> 8);
    }

    /// @dev The recall reason of the batch token `b`; 0: not recalled.
    function _recallReason(Token memory b) private pure returns (uint8) {
        return uint8(b.tail);
    }

    /// @dev {_loadToken} for a change by the holder: `account` (the caller's) holds it and nothing is pending. The
    /// caller checks what a recall allows.
    function _loadHeld(
        uint256 tokenId,
        address account
    ) private view returns (Token memory t, uint256 batchId, Token memory b) {
        (t, batchId, b) = _loadToken(tokenId);
        if (t.holder != account) revert PedigreeNotCustodian(account, tokenId);
        if (t.pendingTo != 0) revert PedigreeShipmentPending(tokenId);
    }

    /// @dev {_loadHeld} for setting packs to `state`: not Active (reached by undo only), and nothing but Destroyed
    /// once the batch is recalled.
    function _loadSettable(
        uint256 tokenId,
        address account,
        PackState state
    ) private view returns (Token memory, uint256) {
        if (state == PackState.Active) revert PedigreeInvalidPackState(state);
        // Declared in the tuple, not before it: a declared memory struct would be allocated for nothing.
        (Token memory t, uint256 batchId, Token memory b) = _loadHeld(tokenId, account);
        if (_recallReason(b) != 0 && state != PackState.Destroyed) revert PedigreeBatchRecalled(batchId);
        return (t, batchId);
    }

    /// @dev {_loadSettable} for a list of packs: non-empty, as long as its serial hashes, inside the token's range.
    function _requirePackRange(
        uint256 tokenId,
        uint256[] calldata indexes,
        uint256 hashes,
        address account,
        PackState state
    ) private view returns (uint256 batchId) {
        Token memory t;
        (t, batchId) = _loadSettable(tokenId, account, state);
        uint256 n = indexes.length;
        if (n == 0 || n != hashes) revert PedigreeInvalidPackList();
        if (indexes[0] < _start(t)) revert PedigreePackOutOfRange(tokenId, indexes[0]);
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

    /// @dev `Hashes.commutativeKeccak256(indexRoot, sortedRoot)`, the smaller first, without a branch: the gas of a
    /// registration must not depend on its roots' values any more than on the batch's size.
    function _serialsRoot(bytes32 indexRoot, bytes32 sortedRoot) private pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let other := xor(indexRoot, sortedRoot)
            let low := xor(sortedRoot, mul(other, lt(indexRoot, sortedRoot))) // indexRoot when it is the smaller
            mstore(0x00, low)
            mstore(0x20, xor(low, other))
            root := keccak256(0x00, 0x40)
        }
    }

    /// @dev keccak256(bytes.concat(keccak256(abi.encode(SORTED_LEAF_TAG, position, value)))): leaf `position` of the
    /// sorted tree.
    function _sortedLeaf(uint256 position, bytes32 value) private pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(SORTED_LEAF_TAG, position, value))));
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
