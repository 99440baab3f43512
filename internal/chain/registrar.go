package chain

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Registrar registers batches for the organisations whose keys it holds: it checks the
// request and the organisation's role before anything is signed, stores the serial list, and
// mints the batch's token. It implements pedigree.BatchService.
type Registrar struct {
	contract *Contract
	senders  map[pedigree.Address]*Sender
	store    pedigree.BatchStore
	now      func() time.Time
	log      *slog.Logger
	// Wait is how long Register waits for the mint to be mined before answering "pending";
	// the mint is followed to its end in the background either way.
	Wait time.Duration
}

var _ pedigree.BatchService = (*Registrar)(nil)

// NewRegistrar returns a Registrar minting on c with the senders of the organisations it
// signs for, keyed by account.
func NewRegistrar(c *Contract, senders map[pedigree.Address]*Sender, store pedigree.BatchStore, now func() time.Time, log *slog.Logger) *Registrar {
	return &Registrar{contract: c, senders: senders, store: store, now: now, log: log, Wait: 5 * time.Second}
}

// Register implements pedigree.BatchService.
func (r *Registrar) Register(ctx context.Context, org pedigree.Organisation, b pedigree.NewBatch) (pedigree.RegisteredBatch, error) {
	var out pedigree.RegisteredBatch
	if org.Role != pedigree.RoleManufacturer {
		return out, pedigree.Errorf(pedigree.EFORBIDDEN, "only manufacturers register batches; %s is a %s", org.Name, org.Role)
	}
	sender, ok := r.senders[org.Account]
	if !ok {
		return out, pedigree.Errorf(pedigree.EFORBIDDEN, "this service holds no key for %s (%s)", org.Name, org.Account)
	}
	b.Step("Checking the batch")
	if err := b.Validate(r.now()); err != nil {
		return out, err
	}
	gtin, _ := strconv.ParseUint(b.GTIN, 10, 64)
	if err := r.checkOwner(ctx, org, b.GTIN, gtin); err != nil {
		return out, err
	}
	serials := b.Serials
	if len(serials) == 0 {
		b.Step("Generating %d serials", b.Quantity)
		var err error
		if serials, err = GenerateSerials(b.Quantity); err != nil {
			return out, err
		}
		out.Serials = serials
	}
	b.Step("Building the Merkle trees of %d serials", len(serials))
	tree, err := merkle.New(serials)
	if err != nil {
		return out, err
	}
	masterData, err := MasterDataHash(b.Product)
	if err != nil {
		return out, err
	}
	id := pedigree.TokenIDFromBig(BatchID(gtin, b.Lot))
	details := pedigree.BatchDetails{
		ID: id, GTIN: b.GTIN, Lot: b.Lot, Product: b.Product,
		MasterDataHash: pedigree.Hash(masterData), SerialsRoot: pedigree.Hash(tree.Root()), Quantity: len(serials),
		OrganisationID: org.ID, Status: pedigree.RegistrationPending,
	}
	b.Step("Storing %d serials", len(serials))
	if err := r.store.Create(ctx, details, serials); err != nil {
		return out, err
	}
	b.Step("Minting the batch token on the chain")
	tx, err := sender.Send(ctx, &r.contract.Address, r.contract.PackRegisterBatch(NewBatch{
		GTIN: gtin, Lot: b.Lot, ExpiryDay: uint16(b.Expiry.Unix() / 86400), Quantity: uint32(len(serials)),
		IndexRoot: tree.IndexRoot(), SortedRoot: tree.SortedRoot(), MasterDataHash: masterData,
	}))
	if err != nil {
		r.forget(id)
		return out, DomainError(err)
	}
	out.TokenID, out.TxHash, out.Status = id, pedigree.Hash(tx.Hash()), pedigree.RegistrationPending

	waitCtx, cancel := context.WithTimeout(ctx, r.Wait)
	defer cancel()
	receipt, err := sender.Wait(waitCtx, tx)
	switch {
	case err == nil:
		out.Status, out.Block = pedigree.RegistrationConfirmed, receipt.BlockNumber.Uint64()
		hash := pedigree.Hash(receipt.TxHash)
		return out, r.store.SetStatus(ctx, id, pedigree.RegistrationConfirmed, &hash, "")
	case receipt != nil: // mined, and reverted
		r.forget(id)
		return pedigree.RegisteredBatch{}, DomainError(err)
	}
	// Not mined yet: answer "pending" and follow the mint to its end.
	go func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Minute)
		defer cancel()
		receipt, err := sender.Wait(ctx, tx)
		switch {
		case err == nil:
			hash := pedigree.Hash(receipt.TxHash)
			err = r.store.SetStatus(ctx, id, pedigree.RegistrationConfirmed, &hash, "")
		case receipt != nil:
			err = r.store.SetStatus(ctx, id, pedigree.RegistrationFailed, nil, DomainError(err).Error())
		}
		if err != nil {
			r.log.Error("follow a batch's mint", "batch", id, "tx", tx.Hash(), "err", err)
		}
	}()
	return out, nil
}

// checkOwner refuses a GTIN that is not org's on the chain (neither assigned to it nor under a
// company prefix assigned to it), before anything is stored or signed.
func (r *Registrar) checkOwner(ctx context.Context, org pedigree.Organisation, gtin14 string, gtin uint64) error {
	owner, err := r.contract.GTINOwner(ctx, gtin)
	if err != nil {
		return fmt.Errorf("read the owner of GTIN %s: %w", gtin14, DomainError(err))
	}
	switch {
	case owner == common.Address(org.Account):
		return nil
	case owner == (common.Address{}):
		return pedigree.Errorf(pedigree.EFORBIDDEN, "gtin: %s is not assigned to %s: no manufacturer holds it or its GS1 company prefix; a regulator assigns them", gtin14, org.Name)
	default:
		return pedigree.Errorf(pedigree.EFORBIDDEN, "gtin: %s belongs to another manufacturer (%s), not to %s", gtin14, owner, org.Name)
	}
}

// MasterDataHash is the hash a batch's token commits to its product master data with:
// keccak256 of the product's canonical JSON (pedigree.Product.Canonical, RFC 8785).
func MasterDataHash(p pedigree.Product) (common.Hash, error) {
	if !utf8.ValidString(p.Name) || !utf8.ValidString(p.Strength) || !utf8.ValidString(p.Form) {
		return common.Hash{}, pedigree.Errorf(pedigree.EINVALID, "product: the name, strength and form must be UTF-8 text")
	}
	return crypto.Keccak256Hash(p.Canonical()), nil
}

// forget deletes a batch whose mint the chain refused, so it can be registered again.
func (r *Registrar) forget(id pedigree.TokenID) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := r.store.Delete(ctx, id); err != nil {
		r.log.Error("delete a refused batch", "batch", id, "err", err)
	}
}

// serialAlphabet is Crockford's base 32: digits and capitals without I, L, O and U, which
// people misread. Twelve of them give 32^12 (about 10^18) serials, so a guess hits one of a
// million-pack batch with odds of about one in a trillion.
const serialAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// SerialLength is the length of generated serials.
const SerialLength = 12

// GenerateSerials returns n distinct random serials from crypto/rand.
func GenerateSerials(n int) ([]string, error) {
	out := make([]string, 0, n)
	seen := make(map[string]bool, n)
	buf := make([]byte, SerialLength*256)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			return nil, fmt.Errorf("generate serials: %w", err)
		}
		for i := 0; i+SerialLength <= len(buf) && len(out) < n; i += SerialLength {
			var s [SerialLength]byte
			for j := range s {
				s[j] = serialAlphabet[buf[i+j]&31] // 256 is a multiple of 32: no bias
			}
			if serial := string(s[:]); !seen[serial] {
				seen[serial] = true
				out = append(out, serial)
			}
		}
	}
	return out, nil
}
