package pedigree

import (
	"context"
	"fmt"
	"time"
)

// Organisation is a participant whose key this service holds: who calls the API.
type Organisation struct {
	ID      int64
	Name    string
	GLN     string
	Role    Role
	Account Address
}

// PackCode is what a pack's code says, parsed (internal/gs1 turns any printed form into it).
type PackCode struct {
	GTIN   string     // 14 digits
	Lot    string     // "" when the code has none
	Serial string     // "" when the code has none
	Expiry *time.Time // the last day of use printed on the pack, when the code has AI 17
}

// VerifyRequest asks for a verdict on a pack.
type VerifyRequest struct {
	Code PackCode
	// Scanner is who asks; nil for an anonymous caller (a patient's phone).
	Scanner *Organisation
	// Source says where the scan came from, for the scan log: "api", "resolver", "cli".
	Source string
	// Purpose is why the scanner verifies, when it says so: PurposeSupply at the counter.
	Purpose Purpose
	// User is the signed-in user of Scanner who asks, for their "My scans"; 0 for an API
	// token or an anonymous caller.
	User int64
}

// Party is a participant as a verification shows it. For anonymous callers only the
// manufacturer keeps its name and GLN; other parties show their role alone.
type Party struct {
	Role    Role    `json:"role"`
	Name    string  `json:"name,omitempty"`
	GLN     string  `json:"gln,omitempty"`
	Account Address `json:"-"`
}

// String names p for people, as every page, picture and answer does: its organisation's
// name, else its GLN ("GLN 4012345000016"), else its role alone ("a dispenser"), which is
// all an anonymous caller is shown of a party but the manufacturer.
func (p Party) String() string {
	switch {
	case p.Name != "":
		return p.Name
	case p.GLN != "":
		return "GLN " + p.GLN
	case p.Role == RoleNone:
		return "an unknown participant"
	}
	return "a " + p.Role.String()
}

// PackInfo is the pack a verification is about.
type PackInfo struct {
	GTIN     string    `json:"gtin"`
	Lot      string    `json:"lot"`
	Serial   string    `json:"serial"`
	Expiry   *Date     `json:"expiry,omitempty"`    // as printed on the pack
	Index    int       `json:"index"`               // -1 when the serial is unknown
	State    PackState `json:"state"`               // PackUnknown when the serial is unknown
	StateDay *Date     `json:"state_day,omitempty"` // when the state last changed, if not active
}

// BatchInfo is the batch of the pack, as the chain and the registration say.
type BatchInfo struct {
	ID           TokenID     `json:"id"`
	GTIN         string      `json:"gtin"`
	Lot          string      `json:"lot"`
	Expiry       Date        `json:"expiry"`
	Quantity     int         `json:"quantity"`
	Status       BatchStatus `json:"status"`
	RecallReason int         `json:"recall_reason,omitempty"`
	Manufacturer Party       `json:"manufacturer"`
	Product      Product     `json:"product,omitzero"` // zero when this service does not hold the batch's master data
}

// CustodyEvent is one step of a pack's provenance. An anonymous caller is told its kind, day
// and parties' roles alone: the token, block and transaction are zero, and left out.
type CustodyEvent struct {
	Kind   string    `json:"kind"` // registered, split, shipped, accepted, cancelled
	Time   time.Time `json:"time"`
	From   *Party    `json:"from,omitempty"`
	To     *Party    `json:"to,omitempty"`
	Token  TokenID   `json:"token_id,omitzero"`
	Parent *TokenID  `json:"parent_token_id,omitempty"` // the token a split came from
	Block  uint64    `json:"block,omitzero"`
	TxHash Hash      `json:"tx_hash,omitzero"`
}

// Evidence is what lets anyone check an answer against a node of the chain, without trusting
// this service. Every answer has it, the UNKNOWN_* ones included: every chain fact behind the
// answer was read at Block, whose hash is BlockHash, from one snapshot of the projection, and
// Checks lists the contract calls that reproduce each fact at that block.
type Evidence struct {
	ChainID   uint64  `json:"chain_id"`
	Contract  Address `json:"contract"`
	Block     uint64  `json:"block"`      // the projection's block: every chain fact is as of it
	BlockHash Hash    `json:"block_hash"` // its hash: calls pinned to it (EIP-1898) see the same state
	// BatchID is keccak256(abi.encode(uint64 gtin, string lot)) of the code: the token id the
	// batch has, or would have.
	BatchID TokenID `json:"batch_id"`
	// SerialHash is keccak256 of the serial's bytes, as the code prints it.
	SerialHash Hash `json:"serial_hash"`

	// Of a batch on chain.
	SerialsRoot     *Hash  `json:"serials_root,omitempty"` // the root the batch commits to its serials with
	RegisteredBlock uint64 `json:"registered_block,omitempty"`
	RegisteredTx    *Hash  `json:"registered_tx,omitempty"`
	RecallTx        *Hash  `json:"recall_tx,omitempty"` // the recall's transaction, when the batch is recalled

	// Of a serial in the batch's list: its pack index and the Merkle proof of it.
	Index   *int     `json:"index,omitempty"`
	Proof   []Hash   `json:"proof,omitempty"`    // OpenZeppelin Merkle proof of the leaf
	TokenID *TokenID `json:"token_id,omitempty"` // the token covering the pack
	StateTx *Hash    `json:"state_tx,omitempty"` // the transaction of the pack's last state change

	// Of a serial not in the batch's list: the proof that it is not (UNKNOWN_SERIAL).
	NonMembership *NonMembership `json:"non_membership,omitempty"`

	// Checks are the contract calls that reproduce the answer's chain facts.
	Checks []Check `json:"checks"`
}

// Check is one fact of an answer and the contract call that reproduces it: call Method of the
// evidence's Contract with Args at the evidence's block; the call returns what Expect says, or
// reverts with the named error Expect["revert"] gives.
type Check struct {
	Fact   string            `json:"fact"`   // in words: "the batch is registered, expiring 2027-11-30"
	Method string            `json:"method"` // the Solidity signature, e.g. "batch(uint256)"
	Args   []string          `json:"args"`   // each argument as text: numbers in decimal, bytes as 0x-hex
	Expect map[string]string `json:"expect"` // the named results (or "revert") and their values as text
}

// AskerPublic is the Asker of an anonymous verification: a patient, anyone.
const AskerPublic = "public"

// Verification is a verdict with its reasons and everything it rests on.
type Verification struct {
	Verdict Verdict `json:"verdict"`
	// Asker says whom the answer was made for, since the same facts mean different things to
	// different askers: AskerPublic, or the asking organisation's role. It is signed with the
	// rest, so a checker knows which meaning to hold the answer to.
	Asker      string         `json:"asker"`
	Reasons    []Reason       `json:"reasons"`
	Next       string         `json:"next"` // what the asker should do next, in words
	Pack       *PackInfo      `json:"pack,omitempty"`
	Batch      *BatchInfo     `json:"batch,omitempty"`
	Custodian  *Party         `json:"custodian,omitempty"`
	Pending    *Party         `json:"pending_to,omitempty"` // the receiver of a shipment in transit
	Provenance []CustodyEvent `json:"provenance"`
	Evidence   *Evidence      `json:"evidence,omitempty"`
	ScanID     int64          `json:"scan_id"`
	// Unseen is set when the caller's own latest action is not in the projection yet: the
	// answer is as of a block before it, and says so rather than pass for an answer after it.
	Unseen *UnseenAction `json:"unseen_action,omitempty"`
	// Origin is set when another deployment answered (a GTIN this one does not hold, which the
	// lookup directory sends to that deployment's verification service): the answer, its
	// evidence included, is that deployment's, read from its chain.
	Origin *Origin `json:"origin,omitempty"`
}

// UnseenAction is the caller's latest action that an answer does not show yet.
type UnseenAction struct {
	Block   uint64 `json:"block"`   // the action's block
	AsOf    uint64 `json:"as_of"`   // the block the answer is as of
	Message string `json:"message"` // what it means, in words
}

// NewUnseenAction says that an answer as of block asOf does not show the caller's own action
// in block.
func NewUnseenAction(block, asOf uint64) *UnseenAction {
	return &UnseenAction{Block: block, AsOf: asOf, Message: fmt.Sprintf(
		"This answer is as of block %d: your organisation's latest action, in block %d, is not confirmed yet and does not show in it. Verify again in a moment.",
		asOf, block)}
}

// Verifier answers verifications. Every call is logged in the scan log and may raise alerts.
type Verifier interface {
	// Verify returns the verdict on the pack; a code matching nothing is a verdict
	// (UNKNOWN_*), not an error. EINVALID when the code lacks what a verdict needs.
	Verify(ctx context.Context, req VerifyRequest) (Verification, error)
}

// Alert is something a regulator should look at, raised by scans. Findings of one kind about
// one batch (or GTIN) within one AlertWindow are one alert: the first scan's details, and a
// count of them all.
type Alert struct {
	ID           int64     `json:"id"`
	At           time.Time `json:"at"`      // the first finding
	LastAt       time.Time `json:"last_at"` // the latest finding
	Count        int       `json:"count"`   // the findings aggregated
	Kind         AlertKind `json:"kind"`
	EUCode       string    `json:"eu_code,omitempty"` // the EU national-system alert code, where one fits (Kind.EUCode)
	GTIN         string    `json:"gtin"`
	Lot          string    `json:"lot,omitempty"`
	Serial       string    `json:"serial,omitempty"`       // the first finding's
	Organisation string    `json:"organisation,omitempty"` // who scanned first; "" when anonymous
	Message      string    `json:"message"`
	// Words are Message kept as its format and arguments, for a page to say in its reader's
	// language; nil for an alert stored before they were kept.
	Words *Words `json:"-"`
	// Reports are what counters told the regulator about the alert's scans, oldest first.
	Reports []AlertReport `json:"reports,omitempty"`

	// The case (alertcase.go): where it stands, whose it is, and its history (one case's
	// answer only).
	Status       AlertStatus `json:"status"`
	StatusAt     time.Time   `json:"status_changed_at"`
	Reason       CloseReason `json:"reason,omitempty"` // a closed case's
	Batch        *TokenID    `json:"batch,omitempty"`  // the batch, when the code named one on chain
	Manufacturer *Party      `json:"manufacturer,omitempty"`
	History      []CaseEvent `json:"history,omitempty"`
}

// Text returns the alert's message said by say (a translation, as Words.Say takes), or
// Message as it is where its words were not kept.
func (a Alert) Text(say func(format string, args ...any) string) string {
	if a.Words == nil {
		return a.Message
	}
	return a.Words.Say(say)
}

// AlertReport is a counter's comment on a scan it reported to the regulator.
type AlertReport struct {
	At           time.Time `json:"at"`
	Organisation string    `json:"organisation,omitempty"` // "" to a manufacturer (Alert.For)
	Comment      string    `json:"comment"`
}

// BatchDetails is what a manufacturer registers with a batch besides what goes on chain.
type BatchDetails struct {
	ID             TokenID
	GTIN, Lot      string
	Product        Product
	MasterDataHash Hash
	SerialsRoot    Hash
	Quantity       int
	OrganisationID int64
	Status         RegistrationStatus
	TxHash         *Hash
}

// Tokens issues and checks the API tokens organisations' programs authenticate with.
type Tokens interface {
	// Create issues a token and returns it: the only time it is shown. EINVALID for a role
	// that is not one, or a user not of the organisation.
	Create(ctx context.Context, t NewToken) (string, error)
	// Authenticate returns who a token acts as: its organisation and role, and a personal
	// token's user. EUNAUTHORIZED when the token is unknown or revoked, or its user disabled.
	Authenticate(ctx context.Context, token string) (TokenCaller, error)
	// Revoke revokes a token. ENOTFOUND when there is no such token.
	Revoke(ctx context.Context, token string) error
}

// RedactParties keeps, for an anonymous caller, no business data but the manufacturer's: other
// parties show their role alone, and the decommissioning pharmacy is not named. Nor does the
// provenance say where to look on chain: its events keep their kind, day and parties' roles,
// without the transaction, block, exact time or token that lead, through the chain, to the
// accounts (and GLNs) of the distributors and pharmacies. The evidence is the verifier's to
// make for an anonymous caller (RedactForPublic does it for an answer made for another).
func RedactParties(out *Verification) {
	anon := func(p *Party) *Party {
		if p == nil || p.Role == RoleManufacturer {
			return p
		}
		return &Party{Role: p.Role}
	}
	out.Custodian, out.Pending = anon(out.Custodian), anon(out.Pending)
	for i, e := range out.Provenance {
		out.Provenance[i] = CustodyEvent{Kind: e.Kind, Time: e.Time.UTC().Truncate(24 * time.Hour), From: anon(e.From), To: anon(e.To)}
	}
}

// ForPublic makes an answer given to an organisation fit for an anonymous caller (a forwarded
// one: the other deployment answered this deployment, not the patient). The verdict is decided
// again, by Decide, for a patient, from the facts the answer states (the pack's state and day,
// the batch's expiry and recall, who holds the pack), so a pack a distributor still holds is
// never a plain green to a patient, and one supplied lately is SUPPLIED. The parties are then
// as RedactParties leaves them, and the evidence leads to no account but the manufacturer's:
// the token covering the pack only while the manufacturer holds it with no shipment pending,
// and never the transaction of the pack's last state change (whose sender the answer does not
// say). What is left out is simply not claimed. now is the clock of the verdict; code is the
// pack's code as the patient has it.
func ForPublic(out *Verification, code PackCode, now time.Time) {
	if f, ok := publicFacts(*out, code, now); ok {
		out.Verdict, out.Reasons = Decide(f)
		out.Next = out.Reasons[0].Next
	}
	out.Asker = AskerPublic
	manufacturerHolds := out.Custodian != nil && out.Custodian.Role == RoleManufacturer && out.Pending == nil
	RedactParties(out)
	ev := out.Evidence
	if ev == nil {
		return
	}
	ev.StateTx = nil
	if manufacturerHolds {
		return
	}
	ev.TokenID = nil
	checks := ev.Checks[:0:0]
	for _, c := range ev.Checks {
		if c.Method != "token(uint256)" && c.Method != "ownerOf(uint256)" {
			checks = append(checks, c)
		}
	}
	ev.Checks = checks
}

// ForPharmacy makes an answer given to this deployment by another (as the role that
// deployment gave it) mean what it means to a pharmacy of this one: a pharmacy here never
// holds a pack on the other's chain, so a pack not released to a pharmacy there, or at
// another pharmacy, is what it is to a local pharmacy (NOT_RELEASED, CUSTODY_MISMATCH), never
// a plain green. purpose is why the pharmacy verifies; now is the clock of the verdict.
func ForPharmacy(out *Verification, code PackCode, purpose Purpose, now time.Time) {
	f, ok := publicFacts(*out, code, now)
	if !ok {
		return
	}
	f.Scanner, f.ScannerRole, f.Purpose = Address{3}, RoleDispenser, purpose // neither the holder nor the receiver
	out.Verdict, out.Reasons = Decide(f)
	out.Next = out.Reasons[0].Next
	out.Asker = RoleDispenser.String()
}

// publicFacts are the facts of an answer, as a patient's verdict needs them; false when the
// answer does not state them (an unknown product, batch or serial keeps its verdict, which is
// the same for everyone).
func publicFacts(v Verification, code PackCode, now time.Time) (VerificationFacts, bool) {
	if v.Pack == nil || v.Batch == nil || v.Pack.Index < 0 || v.Custodian == nil {
		return VerificationFacts{}, false
	}
	f := VerificationFacts{
		Now: now, ProductKnown: true, BatchKnown: true, SerialKnown: true,
		CodeExpiry: code.Expiry, BatchExpiry: v.Batch.Expiry.Time, RecallReason: uint8(v.Batch.RecallReason),
		PackState: v.Pack.State, CustodianRole: v.Custodian.Role, Custodian: Address{1}, // some holder: a patient is told its role alone
	}
	if v.Batch.Status == BatchStatusRecalled && f.RecallReason == 0 {
		f.RecallReason = 255
	}
	if v.Pack.StateDay != nil {
		f.PackStateDay = v.Pack.StateDay.Time
	}
	if v.Pending != nil {
		f.Pending = Address{2}
	}
	return f, true
}
