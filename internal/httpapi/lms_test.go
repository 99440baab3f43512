package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/check"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// lmsAnswer is GS1 verification messaging's answer, with pedigree's extension.
type lmsAnswer struct {
	VerificationTimestamp string `json:"verificationTimestamp"`
	ResponderGLN          string `json:"responderGLN"`
	CorrUUID              string `json:"corrUUID"`
	Data                  struct {
		Verified       *bool  `json:"verified"`
		FailureReason  string `json:"verificationFailureReason"`
		AdditionalInfo string `json:"additionalInfo"`
	} `json:"data"`
	Pedigree struct {
		Verification json.RawMessage `json:"verification"`
	} `json:"pedigree"`
}

const corrUUID = "21ec2020-3aea-4069-a2dd-08002b30309d"

// lmsPath is the numeric verify request of serial in lot, expiring on expiry (YYMMDD), for
// the requester with GLN reqGLN.
func lmsPath(lot, serial, expiry, reqGLN string) string {
	return "/01/09506000134352/10/" + lot + "/21/" + serial + "?17=" + expiry +
		"&linkType=verificationService&context=dscsaSaleableReturn&reqGLN=" + reqGLN + "&corrUUID=" + corrUUID
}

// TestLMS asks the LMS responder about the world's packs as its trading partners: each answer
// has the standard's fields, the verdict's mapping (pedigree.LMSAnswerData), and the signed
// verification it was mapped from, which pedigree's checker confirms from the chain.
func TestLMS(t *testing.T) {
	f := newFixture(t)
	w := f.w
	exp := w.Code(0).Expiry.Format("060102")
	otherExp := w.Code(0).Expiry.AddDate(0, 1, 0).Format("060102")
	distributor, dispenser := w.Distributor.GLN, w.Dispenser.GLN
	var keys jws.Set
	if status, body, _ := f.do(t, "GET", "/.well-known/jwks.json", "", ""); status != 200 || json.Unmarshal([]byte(body), &keys) != nil {
		t.Fatalf("jwks: %d %s", status, body)
	}
	node, ok := w.H.Backend.Client().(check.Node)
	if !ok {
		t.Fatal("the simulated backend's client cannot call at a block hash")
	}

	tests := []struct {
		name, token, path string
		verdict           pedigree.Verdict
		verified          bool
		reason, info      string
	}{
		{"Authentic", "distributor", lmsPath("VERIFY", w.Batch.Serials[40], exp, distributor), pedigree.VerdictAuthentic, true, "", ""},
		{"RouterForm", "distributor", "/gtin/09506000134352/lot/VERIFY/ser/" + w.Batch.Serials[40] + "?exp=" + exp +
			"&linkType=verificationService&context=dscsaSaleableReturn&reqGLN=" + distributor + "&corrUUID=" + corrUUID, pedigree.VerdictAuthentic, true, "", ""},
		{"TrailingSlash", "distributor", strings.Replace(lmsPath("VERIFY", w.Batch.Serials[40], exp, distributor), "?", "/?", 1), pedigree.VerdictAuthentic, true, "", ""},
		{"CURIELinkType", "distributor", strings.Replace(lmsPath("VERIFY", w.Batch.Serials[40], exp, distributor), "linkType=", "linkType=gs1:", 1), pedigree.VerdictAuthentic, true, "", ""},
		{"SuspectProductContext", "distributor", strings.Replace(lmsPath("VERIFY", w.Batch.Serials[41], exp, distributor), "dscsaSaleableReturn", "dscsaSuspectProduct", 1), pedigree.VerdictAuthentic, true, "", ""},
		{"UnknownSerial", "distributor", lmsPath("VERIFY", "NOSUCH1", exp, distributor), pedigree.VerdictUnknownSerial, false, "No_match_GTIN_Serial", ""},
		{"UnknownBatch", "distributor", lmsPath("NOSUCH", "NOSUCH1", exp, distributor), pedigree.VerdictUnknownBatch, false, "No_match_GTIN_Serial", ""},
		{"SerialOfAnotherLot", "distributor", lmsPath("RECALLED", w.Batch.Serials[3], exp, distributor), pedigree.VerdictUnknownSerial, false, "No_match_GTIN_Serial_Lot", ""},
		{"SerialOfAnotherLotAndExpiry", "distributor", lmsPath("NOSUCH", w.Batch.Serials[3], otherExp, distributor), pedigree.VerdictUnknownBatch, false, "No_match_GTIN_Serial_Lot_Expiry", ""},
		{"WrongExpiry", "distributor", lmsPath("VERIFY", w.Batch.Serials[42], otherExp, distributor), pedigree.VerdictDataMismatch, false, "No_match_GTIN_Serial_Expiry", ""},
		{"Recalled", "distributor", lmsPath("RECALLED", w.Recalled.Serials[1], exp, distributor), pedigree.VerdictRecalled, true, "", "Recalled"},
		{"Dispensed", "distributor", lmsPath("VERIFY", w.Batch.Serials[50], exp, distributor), pedigree.VerdictAlreadyDecommissioned, true, "", "Suspect"},
		{"NeverReleased", "dispenser", lmsPath("VERIFY", w.Batch.Serials[10], exp, dispenser), pedigree.VerdictNotReleased, true, "", "Suspect"},
		{"AtAnotherPharmacy", "dispenser", lmsPath("VERIFY", w.Batch.Serials[60], exp, dispenser), pedigree.VerdictAuthentic, true, "", ""},
	}
	timestamp := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, h := f.do(t, "GET", tt.path, "", "", "Authorization", "Bearer "+f.tokens[tt.token])
			if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
				t.Fatalf("%d %s: %s", status, h.Get("Content-Type"), body)
			}
			var a lmsAnswer
			if err := json.Unmarshal([]byte(body), &a); err != nil {
				t.Fatal(err)
			}
			if a.Data.Verified == nil || *a.Data.Verified != tt.verified || a.Data.FailureReason != tt.reason || a.Data.AdditionalInfo != tt.info {
				t.Errorf("data %s, want verified %v, reason %q, info %q", body, tt.verified, tt.reason, tt.info)
			}
			if a.CorrUUID != corrUUID || a.ResponderGLN != w.Manufacturer.GLN || !timestamp.MatchString(a.VerificationTimestamp) {
				t.Errorf("corrUUID %q, responderGLN %q, verificationTimestamp %q", a.CorrUUID, a.ResponderGLN, a.VerificationTimestamp)
			}
			var v pedigree.Verification
			if err := json.Unmarshal(a.Pedigree.Verification, &v); err != nil || v.Verdict != tt.verdict {
				t.Fatalf("the extension's verification: %v, verdict %s, want %s", err, v.Verdict, tt.verdict)
			}
			if want := pedigree.LMSAnswerData(v.Verdict, nil, nil); tt.reason == "" && (want.Verified != tt.verified || string(want.AdditionalInfo) != tt.info) {
				t.Errorf("the answer's data are not the mapping of its verification's verdict %s: %+v", v.Verdict, want)
			}
			// The whole LMS answer, as pedigree check is given it, and its extension alone.
			for _, answer := range [][]byte{[]byte(body), a.Pedigree.Verification} {
				report := check.Check(context.Background(), node, answer, check.Options{
					Contract: pedigree.Address(w.H.C.Address), ContractFrom: "the test", Keys: &keys, KeysFrom: "of the test server",
					Now: func() time.Time { return w.Now },
				})
				if !report.OK() || report.Verdict != tt.verdict {
					t.Errorf("the extension's evidence does not check: %s %+v", report.Verdict, report.Failed())
				}
			}
		})
	}

	t.Run("EveryRequestLogged", func(t *testing.T) {
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM scans WHERE organisation_id = $1 AND serial = $2`, w.Distributor.ID, w.Batch.Serials[40]).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 4 { // Authentic, RouterForm, TrailingSlash, CURIELinkType
			t.Errorf("%d scans of the distributor logged, want 4", n)
		}
	})

	t.Run("NoCorrUUID", func(t *testing.T) {
		path := strings.Replace(lmsPath("VERIFY", w.Batch.Serials[40], exp, distributor), "&corrUUID="+corrUUID, "", 1)
		status, body, _ := f.do(t, "GET", path, "", "", "Authorization", "Bearer "+f.tokens["distributor"])
		var a map[string]any
		if status != 200 || json.Unmarshal([]byte(body), &a) != nil || a["corrUUID"] != "" {
			t.Errorf("%d %s, want corrUUID empty", status, body)
		}
	})

	t.Run("CheckConnectivity", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", "/checkConnectivity?gtin=09506000134352&reqGLN="+distributor+"&context=dscsaSaleableReturn", "", "", "Authorization", "Bearer "+f.tokens["distributor"])
		if status != 200 || strings.TrimSpace(body) != `{"responderGLN":"`+w.Manufacturer.GLN+`"}` {
			t.Errorf("%d %s", status, body)
		}
	})

	// The HTTP codes of the messaging standard; only a 200 carries JSON.
	orgs := postgres.NewOrganisations(w.Pool)
	suspended, err := orgs.Create(context.Background(), pedigree.Organisation{Name: "Suspended Wholesale", GLN: strconv.FormatUint(chaintest.GLNSuspended, 10),
		Role: pedigree.RoleDistributor, Account: pedigree.Address(w.H.Suspended.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := orgs.Create(context.Background(), pedigree.Organisation{Name: "Stranger Trading", GLN: strconv.FormatUint(chaintest.GLNDistributor2, 10),
		Role: pedigree.RoleDistributor, Account: pedigree.Address(w.H.Stranger.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	f.tokens["suspended"], f.tokens["stranger"] = w.Token(t, suspended), w.Token(t, stranger)
	good := lmsPath("VERIFY", w.Batch.Serials[40], exp, distributor)
	codes := []struct {
		name, token, path string
		status            int
	}{
		{"NoToken", "", good, 401},
		{"UnknownToken", "nonsense", good, 401},
		{"SuspendedParticipant", "suspended", lmsPath("VERIFY", w.Batch.Serials[40], exp, suspended.GLN), 403},
		{"NoParticipant", "stranger", lmsPath("VERIFY", w.Batch.Serials[40], exp, stranger.GLN), 403},
		{"AnotherGLN", "distributor", lmsPath("VERIFY", w.Batch.Serials[40], exp, dispenser), 403},
		{"NoReqGLN", "distributor", strings.Replace(good, "&reqGLN="+distributor, "", 1), 400},
		{"BadReqGLN", "distributor", strings.Replace(good, "reqGLN="+distributor, "reqGLN=4012345000031", 1), 400},
		{"UnknownContext", "distributor", strings.Replace(good, "dscsaSaleableReturn", "somethingElse", 1), 400},
		{"BadCorrUUID", "distributor", strings.Replace(good, corrUUID, "not-a-uuid", 1), 400},
		{"GTINOf13Digits", "distributor", strings.Replace(good, "/01/09506000134352", "/01/950600013435", 1), 400},
		{"BadCheckDigit", "distributor", strings.Replace(good, "/01/09506000134352", "/01/09506000134353", 1), 400},
		{"NoSerial", "distributor", strings.Replace(good, "/21/"+w.Batch.Serials[40], "", 1), 400},
		{"BadExpiry", "distributor", strings.Replace(good, "17="+exp, "17=261399", 1), 400},
		{"RouterFormBadGTIN", "distributor", "/gtin/0950600013435X/lot/VERIFY/ser/S1?exp=" + exp + "&linkType=verificationService&reqGLN=" + distributor, 400},
		{"GTINNotAnsweredHere", "distributor", strings.Replace(good, "/01/09506000134352", "/01/00614141123452", 1), 404},
		{"ConnectivityNoToken", "", "/checkConnectivity?gtin=09506000134352&reqGLN=" + distributor, 401},
		{"ConnectivitySuspended", "suspended", "/checkConnectivity?gtin=09506000134352&reqGLN=" + suspended.GLN, 403},
		{"ConnectivityBadGTIN", "distributor", "/checkConnectivity?gtin=123&reqGLN=" + distributor, 400},
		{"ConnectivityGTINNotAnsweredHere", "distributor", "/checkConnectivity?gtin=00614141123452&reqGLN=" + distributor, 404},
	}
	for _, tt := range codes {
		t.Run(tt.name, func(t *testing.T) {
			var header []string
			if tt.token != "" {
				token := f.tokens[tt.token]
				if token == "" {
					token = tt.token
				}
				header = []string{"Authorization", "Bearer " + token}
			}
			status, body, h := f.do(t, "GET", tt.path, "", "", header...)
			if status != tt.status {
				t.Errorf("%d %s, want %d", status, body, tt.status)
			}
			if strings.Contains(h.Get("Content-Type"), "json") {
				t.Errorf("a %d with JSON (%s): only a 200 carries JSON", status, body)
			}
			if status == 401 && h.Get("WWW-Authenticate") == "" {
				t.Error("a 401 without WWW-Authenticate")
			}
		})
	}
	t.Run("MethodNotAllowed", func(t *testing.T) {
		if status, body, _ := f.do(t, "POST", good, "", "", "Authorization", "Bearer "+f.tokens["distributor"]); status != 405 {
			t.Errorf("%d %s, want 405", status, body)
		}
	})
}
