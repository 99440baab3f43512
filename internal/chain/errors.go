package chain

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// revertMeanings turns the contract's custom errors into domain error codes and sentences.
var revertMeanings = map[string]struct{ code, message string }{
	"PedigreeNotParticipant":       {pedigree.EFORBIDDEN, "%s is not a registered participant"},
	"PedigreeParticipantSuspended": {pedigree.EFORBIDDEN, "%s is suspended"},
	"PedigreeKeyRetired":           {pedigree.EFORBIDDEN, "key %s was retired: it can no longer act"},
	"PedigreeKeyTaken":             {pedigree.ECONFLICT, "key %s cannot be added: it is zero, a participant's account or a key added before"},
	"PedigreeNotKey":               {pedigree.EINVALID, "%[2]s is not an active key of %[1]s"},
	"PedigreeLastKey":              {pedigree.ECONFLICT, "%s has one key left, which cannot be retired"},
	"PedigreeUnauthorizedRole":     {pedigree.EFORBIDDEN, "%s may not do this in its role"},
	"PedigreeParticipantExists":    {pedigree.ECONFLICT, "%s is already registered"},
	"PedigreeInvalidParticipant":   {pedigree.EINVALID, "%s cannot be registered, suspended or reinstated this way"},
	"PedigreeInvalidGLN":           {pedigree.EINVALID, "GLN %v has a wrong check digit or length"},
	"PedigreeInvalidGTIN":          {pedigree.EINVALID, "GTIN %v has a wrong check digit or length"},
	"PedigreeInvalidPrefix":        {pedigree.EINVALID, "prefix: %v is not a GS1 company prefix of %v digits (6 to 12)"},
	"PedigreeNotManufacturer":      {pedigree.EINVALID, "manufacturer: %s is not a registered manufacturer"},
	"PedigreeAlreadyAssigned":      {pedigree.ECONFLICT, "it is already assigned to %s"},
	"PedigreeGTINNotOwned":         {pedigree.EFORBIDDEN, "gtin: GTIN %v is not assigned to %s, nor under a company prefix assigned to it"},
	"PedigreeInvalidLot":           {pedigree.EINVALID, "lot %q is empty, longer than 20 characters or has a character outside GS1's set"},
	"PedigreeInvalidExpiry":        {pedigree.EINVALID, "the expiry is in the past"},
	"PedigreeInvalidQuantity":      {pedigree.EINVALID, "the quantity must be at least 1"},
	"PedigreeInvalidRoot":          {pedigree.EINVALID, "the serials root is missing"},
	"PedigreeBatchExists":          {pedigree.ECONFLICT, "this GTIN and lot are already registered"},
	"PedigreeUnknownBatch":         {pedigree.ENOTFOUND, "no such batch"},
	"PedigreeBatchRecalled":        {pedigree.ECONFLICT, "the batch is recalled: its stock may only be returned to its manufacturer or destroyed"},
	"PedigreeBatchExpired":         {pedigree.ECONFLICT, "the batch has expired"},
	"PedigreeNotCustodian":         {pedigree.EFORBIDDEN, "%s does not hold these packs"},
	"PedigreeShipmentPending":      {pedigree.ECONFLICT, "these packs have a shipment pending: accept or cancel it first"},
	"PedigreeNoShipment":           {pedigree.ECONFLICT, "these packs have no pending shipment: it was accepted or cancelled already"},
	"PedigreeNotReceiver":          {pedigree.EFORBIDDEN, "%s is not the receiver of this shipment"},
	"PedigreeInvalidReceiver":      {pedigree.EINVALID, "a token cannot be shipped to %s"},
	"PedigreeRouteNotAllowed":      {pedigree.EFORBIDDEN, "custody may not pass from this role to that one"},
	"PedigreeSplitOutOfRange":      {pedigree.EINVALID, "these packs cannot be split at pack %[2]v: choose a pack after the first and within them"},
	"PedigreePackOutOfRange":       {pedigree.EINVALID, "pack %[2]v is not among these packs"},
	"PedigreeInvalidProof":         {pedigree.EINVALID, "the proof does not show the serial (or neighbour) in the batch's committed list"},
	"PedigreeInvalidNonMembership": {pedigree.EINVALID, "the neighbours given do not enclose the serial: it may be in the batch's list"},
	"PedigreeInvalidPackState":     {pedigree.EINVALID, "a pack cannot be set to this state (use undo to make it active)"},
	"PedigreePackNotActive":        {pedigree.ECONFLICT, "pack %v is not active: undo its state first"},
	"PedigreeNothingToUndo":        {pedigree.ECONFLICT, "pack %v is active: there is nothing to undo"},
	"PedigreeIrreversibleState":    {pedigree.ECONFLICT, "pack %v was destroyed, which cannot be undone"},
	"PedigreeNotDecommissioner":    {pedigree.EFORBIDDEN, "%s did not change pack %v, so it cannot undo it"},
	"PedigreeUndoWindowClosed":     {pedigree.ECONFLICT, "pack %v changed more than " + strconv.Itoa(pedigree.UndoWindowDays) + " days ago: it can no longer be undone"},
	"PedigreeInvalidRecallReason":  {pedigree.EINVALID, "a recall needs a reason code from 1 to 255"},
	"PedigreeInvalidPackList":      {pedigree.EINVALID, "the pack list must be non-empty, ascending and as long as its serials"},
	"PedigreeApprovalsDisabled":    {pedigree.EINVALID, "approvals are disabled: ship and accept instead"},
	"ERC721NonexistentToken":       {pedigree.ENOTFOUND, "these packs are not on chain as one part of a batch"},
}

// DomainError turns a contract revert into a domain error whose code and sentence a caller can
// act on; the revert's name goes in the error's Reason, for programs, never in the sentence.
// A pack's index is written as people count packs, from 1. Other errors pass unchanged (a node
// that is down stays an internal error).
func DomainError(err error) error {
	var r *RevertError
	if !errors.As(err, &r) {
		return err
	}
	m, ok := revertMeanings[r.Name]
	if !ok {
		e := pedigree.Errorf(pedigree.ECONFLICT, "the contract refused the transaction")
		e.Reason = r.Name
		return e
	}
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		args[i] = a
		if n, ok := a.(*big.Int); ok && i < len(r.Inputs) && packNumbers[r.Inputs[i].Name] {
			args[i] = new(big.Int).Add(n, big.NewInt(1))
		}
	}
	// The sentence may use fewer arguments than the error has: keep those it uses.
	for len(args) > 0 && strings.Contains(fmt.Sprintf(m.message, args...), "%!(EXTRA") {
		args = args[:len(args)-1]
	}
	e := pedigree.Errorf(m.code, m.message, args...) // its format, so a page can say it in its language
	e.Reason = r.Name
	return e
}

// NamedDomainError is DomainError with the accounts among the revert's arguments named for
// people by name (an organisation's name; "" leaves the account as it is), so a refusal says
// "Other Pharmacy is suspended", not an account alone.
func NamedDomainError(err error, name func(common.Address) string) error {
	var r *RevertError
	if name == nil || !errors.As(err, &r) {
		return DomainError(err)
	}
	named := *r
	named.Args = slices.Clone(r.Args)
	for i, a := range named.Args {
		if addr, ok := a.(common.Address); ok {
			if n := name(addr); n != "" {
				named.Args[i] = n
			}
		}
	}
	return DomainError(&named)
}

// packNumbers are the names of the contract errors' arguments that are a pack's index, which
// people read counted from 1.
var packNumbers = map[string]bool{"index": true, "newStart": true}
