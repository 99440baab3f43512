package pedigree

import (
	"context"
	"time"
)

// LMS is GS1's Lightweight Messaging Standard for Verification of Product Identifiers, the
// messages the US verification router service (VRS) carries between trading partners: a
// Digital Link request with linkType=verificationService, and a small JSON answer.

// LMSFailureReason is an answer's data.verificationFailureReason: why the product identifier
// did not match (GS1 US implementation guideline, Release 1.3).
type LMSFailureReason string

// The failure reasons pedigree gives.
const (
	// NoMatchGTINSerial: no pack of the GTIN has the serial; lot and expiry are not checked.
	NoMatchGTINSerial LMSFailureReason = "No_match_GTIN_Serial"
	// NoMatchGTINSerialLot: the serial is a pack of the GTIN, of another lot.
	NoMatchGTINSerialLot LMSFailureReason = "No_match_GTIN_Serial_Lot"
	// NoMatchGTINSerialExpiry: the serial is a pack of the GTIN and lot, whose expiry differs.
	NoMatchGTINSerialExpiry LMSFailureReason = "No_match_GTIN_Serial_Expiry"
	// NoMatchGTINSerialLotExpiry: the serial is a pack of the GTIN, of another lot with another
	// expiry.
	NoMatchGTINSerialLotExpiry LMSFailureReason = "No_match_GTIN_Serial_Lot_Expiry"
)

// LMSAdditionalInfo is an answer's data.additionalInfo: what the requester should know about
// a pack whose identifier matched.
type LMSAdditionalInfo string

// The additional information pedigree gives.
const (
	LMSRecalled LMSAdditionalInfo = "Recalled"
	LMSExpired  LMSAdditionalInfo = "Expired"
	LMSSuspect  LMSAdditionalInfo = "Suspect"
)

// LMSData is an answer's data member.
type LMSData struct {
	Verified       bool              `json:"verified"`
	FailureReason  LMSFailureReason  `json:"verificationFailureReason,omitempty"`
	AdditionalInfo LMSAdditionalInfo `json:"additionalInfo,omitempty"`
}

// OtherLot is a batch of the code's GTIN, other than the code's lot, whose serial list holds
// the code's serial: what tells No_match_GTIN_Serial_Lot from No_match_GTIN_Serial.
type OtherLot struct {
	Lot    string
	Expiry time.Time // the batch's last day of use
}

// LMSAnswerData maps a verification to the answer's data: the identifier matched (verified)
// when the serial is a pack of the code's GTIN, lot and expiry; else the failure reason says
// which part did not, using others, the other lots of the GTIN holding the serial. A matched
// pack that is not plainly genuine says why in additionalInfo: recalled, expired, or suspect
// (already decommissioned, diverted, held by another, or possibly copied). codeExpiry is the
// expiry printed on the pack, nil when the request gave none. It is a pure function.
func LMSAnswerData(v Verdict, codeExpiry *time.Time, others []OtherLot) LMSData {
	switch v {
	case VerdictUnknownProduct, VerdictUnknownBatch, VerdictUnknownSerial:
		if len(others) == 0 {
			return LMSData{FailureReason: NoMatchGTINSerial}
		}
		for _, o := range others {
			if codeExpiry == nil || day(*codeExpiry).Equal(day(o.Expiry)) {
				return LMSData{FailureReason: NoMatchGTINSerialLot}
			}
		}
		return LMSData{FailureReason: NoMatchGTINSerialLotExpiry}
	case VerdictDataMismatch:
		return LMSData{FailureReason: NoMatchGTINSerialExpiry}
	case VerdictRecalled:
		return LMSData{Verified: true, AdditionalInfo: LMSRecalled}
	case VerdictExpired:
		return LMSData{Verified: true, AdditionalInfo: LMSExpired}
	case VerdictAuthentic, VerdictSupplied:
		return LMSData{Verified: true}
	}
	// ALREADY_DECOMMISSIONED, NOT_RELEASED, CUSTODY_MISMATCH, SUSPECT_CLONE, and any verdict
	// this version does not know: never a plain match.
	return LMSData{Verified: true, AdditionalInfo: LMSSuspect}
}

// LMSLookup is what the LMS responder reads besides a verification.
type LMSLookup interface {
	// OtherLots returns the batches of code's GTIN other than code's lot whose serial list
	// holds code's serial; none is not an error.
	OtherLots(ctx context.Context, code PackCode) ([]OtherLot, error)
	// Active reports whether account is a participant on chain that is not suspended.
	Active(ctx context.Context, account Address) (bool, error)
	// GTINOwner returns the GLN of the manufacturer the GTIN is assigned to on chain (the
	// longest prefix); ENOTFOUND when none owns it.
	GTINOwner(ctx context.Context, gtin string) (string, error)
}
