package httpapi_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// The roles of the authorization matrix: every kind of caller, a suspended participant and
// an anonymous one among them.
var matrixRoles = []string{"regulator", "manufacturer", "other-manufacturer", "distributor", "dispenser", "suspended", ""}

// roleName names a role in subtests.
func roleName(role string) string {
	if role == "" {
		return "anonymous"
	}
	return role
}

// Targets: a caller's own object (its batch, its token, a shipment to or from it, a pack in
// its custody or one it changed), or another's.
const (
	own    = "own"
	others = "others"
)

// matrixRequest is one cell's request.
type matrixRequest struct {
	method, path string
	body         any // JSON; nil sends none
}

// matrixAction is a row of the matrix: an action of the API and, per role and target, its
// request (ok false: the role has no such object) and whether the role may do it.
type matrixAction struct {
	name    string
	request func(role, target string) (req matrixRequest, ok bool)
	allowed func(role, target string) bool
	created bool // an allowed request answers 201, not 200
}

// authzWorld is the world of the matrix: the story's batch (the manufacturer's) and its
// tokens, a batch of another manufacturer, shipments pending between them, and packs changed
// by each holder.
type authzWorld struct {
	f *fixture
	// otherMaker owns GS1 company prefix 4012345; suspended is a distributor the regulator
	// has suspended on chain.
	otherMaker, suspended pedigree.Organisation
	// Batches: the manufacturer's (the story's, B1), the other manufacturer's (B2), and one of
	// the manufacturer's for the regulator to recall (B3).
	b1, b2, b3 pedigree.TokenID
	// Tokens held: the manufacturer's [0, 16) of B1, the distributor's [32, 40), the
	// dispenser's [48, 64), the other manufacturer's [0, 4) of B2.
	tokens map[string]pedigree.TokenID
	// Shipments pending: p1 from the manufacturer to the distributor, p2 from the distributor
	// to the dispenser, p3 from the other manufacturer to another pharmacy.
	p1, p2, p3 pedigree.TokenID
	expiry     string // YYYY-MM-DD, the world's
}

// code is the bracketed code of pack index of B1 (lot "") or of B2 (lot "OTHER").
func (a *authzWorld) code(lot string, index int) string {
	if lot == "OTHER" {
		return fmt.Sprintf("(01)04012345000016(17)%s(10)OTHER(21)%s", strings.ReplaceAll(a.expiry[2:], "-", ""), otherSerial(index))
	}
	c := a.f.w.Code(index)
	return "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
}

func otherSerial(i int) string { return fmt.Sprintf("OTHER%04d", i) }

// call sends a JSON request as role ("" anonymous) and returns the status and body.
func (a *authzWorld) call(t *testing.T, role string, r matrixRequest) (int, string) {
	t.Helper()
	var body string
	contentType := ""
	if r.body != nil {
		b, _ := json.Marshal(r.body)
		body, contentType = string(b), "application/json"
	}
	var header []string
	if role != "" {
		header = []string{"Authorization", "Bearer " + a.f.tokens[role]}
	}
	status, resp, _ := a.f.do(t, r.method, r.path, contentType, body, header...)
	return status, resp
}

// must sends a request that must succeed and returns its JSON answer.
func (a *authzWorld) must(t *testing.T, role string, r matrixRequest, want int) map[string]any {
	t.Helper()
	a.f.synced(t)
	status, body := a.call(t, role, r)
	if status != want {
		t.Fatalf("%s %s as %s: %d %s, want %d", r.method, r.path, roleName(role), status, body, want)
	}
	var out map[string]any
	_ = json.Unmarshal([]byte(body), &out)
	return out
}

func newAuthzWorld(t *testing.T) *authzWorld {
	t.Helper()
	f := newFixture(t)
	w := f.w
	a := &authzWorld{f: f, expiry: w.Code(0).Expiry.Format("2006-01-02"), tokens: map[string]pedigree.TokenID{}}
	// The cast's second manufacturer and its suspended distributor, as organisations of this
	// service (it holds their keys).
	orgs := postgres.NewOrganisations(w.Pool)
	var err error
	if a.otherMaker, err = orgs.Create(context.Background(), pedigree.Organisation{Name: "Generic Labs", GLN: "4012345000023",
		Role: pedigree.RoleManufacturer, Account: pedigree.Address(w.H.Manufacturer2.Addr)}); err != nil {
		t.Fatal(err)
	}
	if a.suspended, err = orgs.Create(context.Background(), pedigree.Organisation{Name: "Suspended Wholesale", GLN: "4012345000078",
		Role: pedigree.RoleDistributor, Account: pedigree.Address(w.H.Suspended.Addr)}); err != nil {
		t.Fatal(err)
	}
	f.tokens["other-manufacturer"] = w.Token(t, a.otherMaker)
	f.tokens["suspended"] = w.Token(t, a.suspended)
	a.b1 = pedigree.TokenIDFromBig(w.Batch.ID)
	product := map[string]string{"name": "Genericol", "strength": "5 mg", "form": "tablet"}
	serials := make([]string, 8)
	for i := range serials {
		serials[i] = otherSerial(i)
	}
	register := func(role, gtin, lot string, serials []string) pedigree.TokenID {
		out := a.must(t, role, matrixRequest{"POST", "/api/v1/batches", map[string]any{"gtin": gtin, "lot": lot, "expiry": a.expiry, "product": product, "serials": serials}}, 201)
		id, err := pedigree.ParseTokenID(out["token_id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a.b2 = register("other-manufacturer", "04012345000016", "OTHER", serials)
	a.b3 = register("manufacturer", "09506000134352", "TO-RECALL", []string{"R1", "R2"})
	split := func(role string, token pedigree.TokenID, start int) pedigree.TokenID {
		out := a.must(t, role, matrixRequest{"POST", "/api/v1/tokens/" + token.String() + "/split", map[string]int{"start": start}}, 200)
		id, _ := pedigree.ParseTokenID(out["token_id"].(string))
		return id
	}
	ship := func(role string, token pedigree.TokenID, to pedigree.Address) {
		a.must(t, role, matrixRequest{"POST", "/api/v1/tokens/" + token.String() + "/ship", map[string]string{"to": to.String()}}, 200)
	}
	lock := func(role, code string) {
		a.must(t, role, matrixRequest{"POST", "/api/v1/packs/state", map[string]any{"state": "locked", "codes": []string{code}}}, 200)
	}
	a.tokens["manufacturer"] = a.b1
	a.tokens["distributor"] = pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 32))
	a.tokens["dispenser"] = pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48))
	a.tokens["other-manufacturer"] = a.b2
	a.p1 = split("manufacturer", a.b1, 16)
	ship("manufacturer", a.p1, w.Distributor.Account)
	a.p2 = split("distributor", a.tokens["distributor"], 40)
	ship("distributor", a.p2, w.Dispenser.Account)
	a.p3 = split("other-manufacturer", a.b2, 4)
	ship("other-manufacturer", a.p3, w.Dispenser2.Account)
	lock("manufacturer", a.code("", 2))
	lock("distributor", a.code("", 34))
	lock("other-manufacturer", a.code("OTHER", 1))
	f.synced(t)
	return a
}

// snapshot is what a refused request must leave as it was: the chain's head, the projection
// and the row count of every other table.
type snapshot struct {
	head       uint64
	projection string
	rows       map[string]int64
}

func (a *authzWorld) snapshot(t *testing.T) snapshot { t.Helper(); return takeSnapshot(t, a.f.w) }

// takeSnapshot takes the world's snapshot, once the projection has the chain's head.
func takeSnapshot(t *testing.T, w *worldtest.World) snapshot {
	t.Helper()
	ctx := context.Background()
	w.Synced(t)
	s := snapshot{head: w.H.Head().Number.Uint64(), rows: map[string]int64{}}
	var err error
	if s.projection, err = postgres.DumpProjection(ctx, w.Pool); err != nil {
		t.Fatal(err)
	}
	rows, err := w.Pool.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		var n int64
		if err := w.Pool.QueryRow(ctx, `SELECT count(*) FROM `+`"`+table+`"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		s.rows[table] = n
	}
	return s
}

// differs says how after differs from s, "" when it does not. The audit log is apart: a
// refusal is an action, recorded there (audited says how many were).
func (s snapshot) differs(after snapshot) string {
	var out []string
	if after.head != s.head {
		out = append(out, fmt.Sprintf("the chain's head moved from block %d to %d", s.head, after.head))
	}
	if after.projection != s.projection {
		out = append(out, "the projection changed")
	}
	for table, n := range after.rows {
		if s.rows[table] != n && table != "audit_log" {
			out = append(out, fmt.Sprintf("%s has %d rows, not %d", table, n, s.rows[table]))
		}
	}
	return strings.Join(out, "; ")
}

// actions are the rows of the matrix: every action of /api/v1, with each role's own object
// and another's.
func (a *authzWorld) actions() []matrixAction {
	w := a.f.w
	b := func(id pedigree.TokenID) string { return "/api/v1/batches/" + id.String() }
	tk := func(id pedigree.TokenID) string { return "/api/v1/tokens/" + id.String() }
	holder := func(role string) bool {
		return slices.Contains([]string{"manufacturer", "other-manufacturer", "distributor", "dispenser"}, role)
	}
	maker := func(role string) bool { return role == "manufacturer" || role == "other-manufacturer" }
	// ownBatch is the batch a role makes, or has in its custody; otherBatch one it has nothing
	// to do with.
	ownBatch := func(role string) (pedigree.TokenID, bool) {
		switch role {
		case "manufacturer", "distributor", "dispenser":
			return a.b1, true
		case "other-manufacturer":
			return a.b2, true
		}
		return pedigree.TokenID{}, false
	}
	otherBatch := func(role string) pedigree.TokenID {
		if role == "other-manufacturer" {
			return a.b1
		}
		return a.b2
	}
	batch := func(role, target string) (pedigree.TokenID, bool) {
		if target == own {
			return ownBatch(role)
		}
		return otherBatch(role), true
	}
	// The token a role holds, or one it does not.
	token := func(role, target string) (pedigree.TokenID, bool) {
		if target == own {
			t, ok := a.tokens[role]
			return t, ok
		}
		if role == "dispenser" {
			return a.tokens["distributor"], true
		}
		return a.tokens["dispenser"], true
	}
	// A pack in a role's custody, or one in another's; a pack a role changed, or another did.
	pack := func(role, target string) (string, bool) {
		switch {
		case target == others && role == "dispenser":
			return a.code("", 10), true
		case target == others:
			return a.code("", 52), true
		case role == "manufacturer":
			return a.code("", 3), true
		case role == "distributor":
			return a.code("", 33), true
		case role == "dispenser":
			return a.code("", 52), true
		case role == "other-manufacturer":
			return a.code("OTHER", 0), true
		}
		return "", false
	}
	changed := func(role, target string) (string, bool) {
		switch {
		case target == others && role == "dispenser":
			return a.code("", 2), true
		case target == others:
			return a.code("", 50), true
		case role == "manufacturer":
			return a.code("", 2), true
		case role == "distributor":
			return a.code("", 34), true
		case role == "dispenser":
			return a.code("", 50), true
		case role == "other-manufacturer":
			return a.code("OTHER", 1), true
		}
		return "", false
	}
	// Where a holder ships: on along the chain of custody, or back.
	shipTo := map[string]pedigree.Address{
		"manufacturer": w.Distributor.Account, "other-manufacturer": w.Distributor.Account,
		"distributor": w.Dispenser.Account, "dispenser": w.Distributor.Account,
	}
	onlyRegulator := func(role, _ string) bool { return role == "regulator" }
	anyOrg := func(role, _ string) bool { return role != "" }
	// One target only: the action has no owner (participants, prefixes, alerts, verify).
	single := func(r matrixRequest) func(string, string) (matrixRequest, bool) {
		return func(_, target string) (matrixRequest, bool) { return r, target == others }
	}
	return []matrixAction{
		{name: "RegisterBatch", created: true,
			request: func(role, target string) (matrixRequest, bool) {
				gtin := "09506000134352" // the manufacturer's prefix
				if (role == "other-manufacturer") == (target == own) {
					gtin = "04012345000016" // the other manufacturer's
				}
				if target == own && !maker(role) {
					return matrixRequest{}, false
				}
				lot := "AUTHZ-" + strings.ToUpper(roleName(role))[:3] + "-" + strings.ToUpper(target[:1])
				return matrixRequest{"POST", "/api/v1/batches", map[string]any{"gtin": gtin, "lot": lot, "expiry": a.expiry,
					"product": map[string]string{"name": "Matrixol"}, "quantity": 4}}, true
			},
			allowed: func(role, target string) bool { return maker(role) && target == own }},
		{name: "ReadBatch",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				return matrixRequest{"GET", b(id), nil}, ok
			},
			allowed: anyOrg},
		{name: "Labels",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				return matrixRequest{"GET", b(id) + "/labels?format=zip&from=0&to=2", nil}, ok
			},
			allowed: func(role, target string) bool { return maker(role) && target == own }},
		{name: "LabelsSheetAll",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				return matrixRequest{"GET", b(id) + "/labels", nil}, ok
			},
			allowed: func(role, target string) bool { return maker(role) && target == own }},
		{name: "LabelDownloads",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				return matrixRequest{"GET", b(id) + "/label-downloads", nil}, ok
			},
			allowed: func(role, target string) bool { return role == "regulator" || maker(role) && target == own }},
		{name: "LookUpSerial",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				serial := w.Batch.Serials[52]
				if id == a.b2 {
					serial = otherSerial(2)
				}
				return matrixRequest{"GET", b(id) + "/serials/" + url.PathEscape(serial), nil}, ok
			},
			allowed: func(role, target string) bool { return role == "regulator" || maker(role) && target == own }},
		{name: "ReadToken",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := token(role, target)
				return matrixRequest{"GET", tk(id), nil}, ok
			},
			allowed: anyOrg},
		{name: "Split",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := token(role, target)
				start := map[string]int{"manufacturer": 8, "distributor": 36, "dispenser": 56, "other-manufacturer": 2}[role]
				if target == others || start == 0 {
					start = 60
					if role == "dispenser" {
						start = 36
					}
				}
				return matrixRequest{"POST", tk(id) + "/split", map[string]int{"start": start}}, ok
			},
			allowed: func(role, target string) bool { return holder(role) && target == own }},
		{name: "Accept",
			request: func(role, target string) (matrixRequest, bool) {
				switch {
				case target == own && role == "distributor":
					return matrixRequest{"POST", tk(a.p1) + "/accept", nil}, true
				case target == own && role == "dispenser":
					return matrixRequest{"POST", tk(a.p2) + "/accept", nil}, true
				case target == own:
					return matrixRequest{}, false
				case role == "distributor":
					return matrixRequest{"POST", tk(a.p2) + "/accept", nil}, true
				}
				return matrixRequest{"POST", tk(a.p1) + "/accept", nil}, true
			},
			allowed: func(role, target string) bool { return target == own }},
		{name: "Ship",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := token(role, target)
				to, known := shipTo[role]
				if !known {
					to = w.Distributor.Account
				}
				return matrixRequest{"POST", tk(id) + "/ship", map[string]string{"to": to.String()}}, ok
			},
			allowed: func(role, target string) bool { return holder(role) && target == own }},
		{name: "Cancel",
			request: func(role, target string) (matrixRequest, bool) {
				switch {
				case target == own: // the shipment the role sent in the Ship row
					id, ok := a.tokens[role]
					return matrixRequest{"POST", tk(id) + "/cancel", nil}, ok
				case role == "other-manufacturer":
					return matrixRequest{"POST", tk(a.p1) + "/cancel", nil}, true
				}
				return matrixRequest{"POST", tk(a.p3) + "/cancel", nil}, true
			},
			allowed: func(role, target string) bool { return holder(role) && target == own }},
		{name: "PackState",
			request: func(role, target string) (matrixRequest, bool) {
				code, ok := pack(role, target)
				state := "locked"
				if role == "dispenser" {
					state = "supplied"
				}
				return matrixRequest{"POST", "/api/v1/packs/state", map[string]any{"state": state, "codes": []string{code}}}, ok
			},
			allowed: func(role, target string) bool { return holder(role) && target == own }},
		{name: "Undo",
			request: func(role, target string) (matrixRequest, bool) {
				code, ok := changed(role, target)
				return matrixRequest{"POST", "/api/v1/packs/undo", map[string]any{"codes": []string{code}}}, ok
			},
			allowed: func(role, target string) bool { return holder(role) && target == own }},
		{name: "RegisterParticipant", created: true,
			request: single(matrixRequest{"POST", "/api/v1/participants", map[string]string{"account": "0x00000000000000000000000000000000000000a1", "role": "dispenser", "gln": "4012345000085"}}),
			allowed: onlyRegulator},
		{name: "Suspend",
			request: single(matrixRequest{"POST", "/api/v1/participants/" + w.Dispenser2.Account.String() + "/suspend", map[string]string{"reason": "Inspection found cold-chain breaches"}}),
			allowed: onlyRegulator},
		{name: "Reinstate",
			request: single(matrixRequest{"POST", "/api/v1/participants/" + w.Dispenser2.Account.String() + "/reinstate", map[string]string{"reason": "Cold chain repaired and inspected"}}),
			allowed: onlyRegulator},
		{name: "ReadPrefixes", request: single(matrixRequest{"GET", "/api/v1/prefixes", nil}), allowed: anyOrg},
		{name: "AssignPrefix",
			request: single(matrixRequest{"POST", "/api/v1/prefixes", map[string]string{"prefix": "4012346", "manufacturer": a.otherMaker.Account.String()}}),
			allowed: onlyRegulator},
		// The feed of alert cases: every case for the regulator, its own batches' for a manufacturer.
		{name: "Alerts", request: single(matrixRequest{"GET", "/api/v1/alerts", nil}), allowed: func(role, _ string) bool { return role == "regulator" || maker(role) }},
		{name: "Verify", request: single(matrixRequest{"POST", "/api/v1/verify", map[string]string{"code": a.code("", 60)}}),
			allowed: func(string, string) bool { return true }},
		// Last: a recall is final.
		{name: "Recall",
			request: func(role, target string) (matrixRequest, bool) {
				id, ok := batch(role, target)
				if role == "regulator" {
					id = a.b3
				}
				return matrixRequest{"POST", b(id) + "/recall", map[string]int{"reason": 3}}, ok
			},
			allowed: func(role, target string) bool { return role == "regulator" || maker(role) && target == own }},
	}
}

// TestAuthorizationMatrix sends every action of the API as every role (a suspended
// participant and an anonymous caller among them), on the role's own objects and on others':
// each forbidden cell answers its 4xx (401 anonymous, 403 otherwise) and changes nothing,
// neither the chain (no new block) nor the database (the projection, and the row count of
// every other table); then each allowed cell succeeds, in an order a story allows.
func TestAuthorizationMatrix(t *testing.T) {
	a := newAuthzWorld(t)
	actions := a.actions()
	type cell struct {
		action  matrixAction
		role    string
		target  string
		request matrixRequest
	}
	var forbidden, allowed []cell
	na := 0
	for _, act := range actions {
		for _, role := range matrixRoles {
			for _, target := range []string{own, others} {
				req, ok := act.request(role, target)
				if !ok {
					na++
					continue
				}
				c := cell{act, role, target, req}
				if act.allowed(role, target) {
					allowed = append(allowed, c)
				} else {
					forbidden = append(forbidden, c)
				}
			}
		}
	}
	t.Logf("%d actions x %d roles x {own, others'}: %d forbidden cells, %d allowed, %d without such an object",
		len(actions), len(matrixRoles), len(forbidden), len(allowed), na)

	for _, c := range forbidden {
		t.Run(fmt.Sprintf("%s/%s/%s", c.action.name, roleName(c.role), c.target), func(t *testing.T) {
			want := http.StatusForbidden
			if c.role == "" {
				want = http.StatusUnauthorized
			}
			before := a.snapshot(t)
			status, body := a.call(t, c.role, c.request)
			var e struct {
				Error struct{ Code, Message string }
			}
			if status != want || json.Unmarshal([]byte(body), &e) != nil || e.Error.Message == "" {
				t.Errorf("%s %s: %d %s, want %d with a message", c.request.method, c.request.path, status, body, want)
			}
			t.Logf("%d %s", status, e.Error.Message)
			after := a.snapshot(t)
			if d := before.differs(after); d != "" {
				t.Errorf("a refused %s %s changed something: %s", c.request.method, c.request.path, d)
			}
			// A refused action of a token is recorded, once (a read only if it hands out serials);
			// an anonymous request is no one's action.
			wantAudit := int64(0)
			if c.role != "" && (c.request.method != "GET" || strings.Contains(c.request.path, "/labels") || strings.Contains(c.request.path, "/serials/")) {
				wantAudit = 1
			}
			if got := after.rows["audit_log"] - before.rows["audit_log"]; got != wantAudit {
				t.Errorf("a refused %s %s as %s added %d audit entries, want %d", c.request.method, c.request.path, roleName(c.role), got, wantAudit)
			}
		})
	}
	for _, c := range allowed {
		t.Run(fmt.Sprintf("%s/%s/%s", c.action.name, roleName(c.role), c.target), func(t *testing.T) {
			want := http.StatusOK
			if c.action.created {
				want = http.StatusCreated
			}
			a.f.synced(t)
			if status, body := a.call(t, c.role, c.request); status != want {
				t.Errorf("%s %s: %d %s, want %d", c.request.method, c.request.path, status, body, want)
			}
		})
	}
}

// TestSerialSecrecy: labels and serial lists go to the batch's manufacturer alone, each
// download recorded, the record read by the manufacturer and regulators; a regulator looks
// up one serial; a suspended manufacturer gets nothing; the pages say the same.
func TestSerialSecrecy(t *testing.T) {
	a := newAuthzWorld(t)
	f, w := a.f, a.f.w
	labels := "/api/v1/batches/" + a.b1.String() + "/labels?format=zip&from=0&to=3"

	t.Run("TheDispenserOfTheIssue", func(t *testing.T) {
		status, body := a.call(t, "dispenser", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + "/labels?format=zip&to=100", nil})
		if status != http.StatusForbidden || !strings.Contains(body, "only to its manufacturer") || strings.Contains(body, w.Batch.Serials[0]) {
			t.Fatalf("got %d %s", status, body)
		}
	})
	t.Run("ManufacturerDownloadsRecorded", func(t *testing.T) {
		status, body := a.call(t, "manufacturer", matrixRequest{"GET", labels, nil})
		zr, err := zip.NewReader(bytes.NewReader([]byte(body)), int64(len(body)))
		if status != 200 || err != nil || len(zr.File) != 3*2+1 {
			t.Fatalf("zip: %d %v", status, err)
		}
		a.must(t, "manufacturer", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + "/labels?from=10&to=12", nil}, 200)
		for _, role := range []string{"manufacturer", "regulator"} {
			var out struct{ Downloads []pedigree.LabelDownload }
			_, body := a.call(t, role, matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + "/label-downloads", nil})
			if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Downloads) != 2 {
				t.Fatalf("%s reads %s", role, body)
			}
			d := out.Downloads[1] // the older
			if d.From != 0 || d.To != 3 || d.Format != pedigree.LabelZIP || d.Organisation != "Acme Pharma" || !strings.Contains(d.Who, "API token pdg_") ||
				d.Client == "" || d.At.IsZero() || d.Batch != a.b1 {
				t.Errorf("%s reads the download as %+v", role, d)
			}
			if d := out.Downloads[0]; d.From != 10 || d.To != 12 || d.Format != pedigree.LabelSheet {
				t.Errorf("%s reads the newer download as %+v", role, d)
			}
		}
		// The record is append-only.
		if _, err := w.Pool.Exec(context.Background(), `DELETE FROM label_downloads`); err == nil {
			t.Error("a label download was deleted")
		}
		if _, err := w.Pool.Exec(context.Background(), `UPDATE label_downloads SET who = 'nobody'`); err == nil {
			t.Error("a label download was changed")
		}
	})
	t.Run("RegulatorLooksUpOneSerial", func(t *testing.T) {
		var got pedigree.SerialLookup
		_, body := a.call(t, "regulator", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + "/serials/" + w.Batch.Serials[50], nil})
		if err := json.Unmarshal([]byte(body), &got); err != nil || got.Index != 50 || got.State != pedigree.PackSupplied || got.StateDay == nil ||
			got.Custodian.Name != "Corner Pharmacy" || got.Token != a.tokens["dispenser"] {
			t.Fatalf("got %s", body)
		}
		if status, body := a.call(t, "regulator", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + "/serials/FORGED0001", nil}); status != 404 {
			t.Fatalf("a serial not in the batch: %d %s", status, body)
		}
		// No listing: the batch's answer counts packs by state, and holds no serial.
		_, body = a.call(t, "regulator", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String(), nil})
		if !strings.Contains(body, `"pack_states"`) || strings.Contains(body, w.Batch.Serials[1]) {
			t.Fatalf("the batch's answer: %s", body)
		}
		for _, path := range []string{"/serials", "/serials/"} {
			if status, _ := a.call(t, "regulator", matrixRequest{"GET", "/api/v1/batches/" + a.b1.String() + path, nil}); status != 404 && status != 405 {
				t.Errorf("GET %s: %d, want no such route", path, status)
			}
		}
	})
	t.Run("Pages", func(t *testing.T) {
		page := func(org pedigree.Organisation) *browserless {
			b := newBrowserless(t, f.srv.URL)
			b.signIn(w.User(t, org))
			return b
		}
		batchPage, labelsPage := "/batches/"+a.b1.String(), "/batches/"+a.b1.String()+"/labels?from=1&to=2"
		maker := page(w.Manufacturer)
		if status, body, _ := maker.get(labelsPage); status != 200 || !strings.Contains(body, w.Batch.Serials[0]) {
			t.Fatalf("the manufacturer's labels page: %d", status)
		}
		if _, body, _ := maker.get(batchPage); !strings.Contains(body, `id="labels-download"`) || !strings.Contains(body, "user user") {
			t.Errorf("the manufacturer's batch page lacks its labels or their record")
		}
		regulator := page(w.Regulator)
		if status, body, _ := regulator.get(labelsPage); status != 403 || strings.Contains(body, w.Batch.Serials[0]) {
			t.Errorf("the regulator's labels page: %d", status)
		}
		_, body, _ := regulator.get(batchPage + "?serial=" + url.QueryEscape(w.Batch.Serials[50]))
		if strings.Contains(body, `id="labels-download"`) || !strings.Contains(body, `id="label-downloads"`) || !strings.Contains(body, `id="lookup-result"`) ||
			!strings.Contains(body, "Corner Pharmacy") {
			t.Errorf("the regulator's batch page: no labels, but the record and one serial's look-up expected")
		}
		dispenser := page(w.Dispenser)
		if status, body, _ := dispenser.get(labelsPage); status != 403 || strings.Contains(body, w.Batch.Serials[0]) {
			t.Errorf("the dispenser's labels page: %d", status)
		}
		_, body, _ = dispenser.get(batchPage)
		if strings.Contains(body, `id="labels-download"`) || strings.Contains(body, `id="label-downloads"`) || strings.Contains(body, `id="s-serial"`) {
			t.Errorf("the dispenser's batch page offers labels, their record or a look-up")
		}
		if status, _, _ := dispenser.get(batchPage + "?serial=" + url.QueryEscape(w.Batch.Serials[50])); status != 403 {
			t.Errorf("the dispenser's look-up: %d, want 403", status)
		}
	})
	// Last: the regulator suspends the manufacturer, which then gets no labels of its own
	// batch, nor their record.
	t.Run("SuspendedManufacturer", func(t *testing.T) {
		a.must(t, "regulator", matrixRequest{"POST", "/api/v1/participants/" + w.Manufacturer.Account.String() + "/suspend", map[string]string{"reason": "Licence withdrawn"}}, 200)
		f.synced(t)
		before := a.snapshot(t)
		for _, path := range []string{labels, "/api/v1/batches/" + a.b1.String() + "/label-downloads", "/api/v1/batches/" + a.b1.String() + "/serials/" + w.Batch.Serials[1]} {
			if status, body := a.call(t, "manufacturer", matrixRequest{"GET", path, nil}); status != 403 || !strings.Contains(body, "suspended") {
				t.Errorf("GET %s as the suspended manufacturer: %d %s", path, status, body)
			}
		}
		if d := before.differs(a.snapshot(t)); d != "" {
			t.Errorf("refused label downloads changed something: %s", d)
		}
	})
}

// TestAnonymousAnswersNameNoOne verifies packs in every situation as a patient's phone does,
// through the API and the verdict page, and searches the answers for what leads to a
// distributor or a pharmacy: their accounts, GLNs and names, the hashes of every transaction
// they sent or that names them, and the tokens they hold. The manufacturer stays named.
func TestAnonymousAnswersNameNoOne(t *testing.T) {
	a := newAuthzWorld(t)
	f, w := a.f, a.f.w
	ctx := context.Background()
	parties := []pedigree.Organisation{w.Distributor, w.Dispenser, w.Dispenser2}
	var leaks []string
	for _, o := range parties {
		leaks = append(leaks, strings.ToLower(o.Account.String()[2:]), o.GLN, o.Name)
	}
	// Every transaction a distributor or a pharmacy sent, or whose events name one.
	chainID, err := w.H.Client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	named := func(l *types.Log) bool {
		for _, o := range parties {
			acct := common.Address(o.Account)
			if slices.Contains(l.Topics, common.BytesToHash(acct.Bytes())) || bytes.Contains(l.Data, common.LeftPadBytes(acct.Bytes(), 32)) {
				return true
			}
		}
		return false
	}
	txs := 0
	for n := uint64(0); n <= w.H.Head().Number.Uint64(); n++ {
		block, err := w.H.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range block.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			receipt, err := w.H.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(parties, func(o pedigree.Organisation) bool { return common.Address(o.Account) == from }) ||
				slices.ContainsFunc(receipt.Logs, named) {
				leaks = append(leaks, strings.ToLower(tx.Hash().Hex()[2:]))
				txs++
			}
		}
	}
	for _, id := range []pedigree.TokenID{a.tokens["distributor"], a.tokens["dispenser"], a.p1, a.p2} {
		leaks = append(leaks, strings.ToLower(id.String()[2:]))
	}
	if txs < 6 {
		t.Fatalf("found %d transactions of distributors and pharmacies, want the story's", txs)
	}
	for _, tc := range []struct {
		name, code, verdict string
	}{
		{"AtTheManufacturer", a.code("", 10), "NOT_RELEASED"},
		{"InTransitToTheDistributor", a.code("", 20), "NOT_RELEASED"},
		{"AtTheDistributor", a.code("", 33), "NOT_RELEASED"},
		{"InTransitToThePharmacy", a.code("", 44), "NOT_RELEASED"},
		{"AtThePharmacy", a.code("", 52), "AUTHENTIC"},
		{"Supplied", a.code("", 50), "SUPPLIED"},
		{"LockedByTheDistributor", a.code("", 34), "ALREADY_DECOMMISSIONED"},
		{"Recalled", "(01)09506000134352(10)RECALLED(21)" + w.Recalled.Serials[1], "RECALLED"},
		{"Forged", "(01)09506000134352(10)VERIFY(21)FORGED0001", "UNKNOWN_SERIAL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(tc.code))
			if status != 200 || !strings.Contains(body, `"verdict":"`+tc.verdict+`"`) || !strings.Contains(body, `"asker":"public"`) {
				t.Fatalf("got %d %s, want %s", status, body, tc.verdict)
			}
			lower := strings.ToLower(body)
			for _, leak := range leaks {
				if strings.Contains(lower, strings.ToLower(leak)) {
					t.Errorf("the answer holds %q, which leads to a distributor or a pharmacy:\n%s", leak, body)
				}
			}
			if tc.verdict != "UNKNOWN_SERIAL" && !strings.Contains(body, "Acme Pharma") {
				t.Errorf("the answer does not name the manufacturer: %s", body)
			}
			if regexp.MustCompile(`"(tx_hash|state_tx)"`).MatchString(body) {
				t.Errorf("the answer names a custody or state transaction: %s", body)
			}
		})
	}
	t.Run("VerdictPage", func(t *testing.T) {
		c := w.Code(50)
		status, body, _ := f.do(t, "GET", "/01/"+c.GTIN+"/10/"+c.Lot+"/21/"+c.Serial+"?17="+c.Expiry.Format("060102"), "", "", "Accept", "text/html")
		if status != 200 || !strings.Contains(body, "pedigree-answer") {
			t.Fatalf("got %d", status)
		}
		lower := strings.ToLower(body)
		for _, leak := range leaks {
			if strings.Contains(lower, strings.ToLower(leak)) {
				t.Errorf("the verdict page holds %q, which leads to a distributor or a pharmacy", leak)
			}
		}
	})
	t.Run("ProfessionalsKeepTheEvidence", func(t *testing.T) {
		_, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(a.code("", 50)), "Authorization", "Bearer "+f.tokens["regulator"])
		for _, want := range []string{"Corner Pharmacy", `"token_id"`, `"state_tx"`, `"tx_hash"`, strings.ToLower(a.tokens["dispenser"].String())} {
			if !strings.Contains(strings.ToLower(body), strings.ToLower(want)) {
				t.Errorf("the regulator's answer lacks %s", want)
			}
		}
	})
}
