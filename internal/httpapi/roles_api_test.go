package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// userRoles are the roles within an organisation, least first.
var userRoles = []pedigree.UserRole{pedigree.UserViewer, pedigree.UserOperator, pedigree.UserAdministrator}

// roleWorld is a world whose organisations each have a user of every role within the
// organisation, with a personal API token of that role.
type roleWorld struct {
	w    *worldtest.World
	base string
	// tokens[participant][role] is the personal token of the participant's user of role.
	tokens map[string]map[pedigree.UserRole]string
	// users[participant][role] is that user.
	users map[string]map[pedigree.UserRole]pedigree.User
	orgs  map[string]pedigree.Organisation
}

const rolePassword = "plum-ferry-otter-42"

func newRoleWorld(t *testing.T) *roleWorld {
	t.Helper()
	w, base := peopleWorld(t)
	rw := &roleWorld{w: w, base: base, tokens: map[string]map[pedigree.UserRole]string{}, users: map[string]map[pedigree.UserRole]pedigree.User{},
		orgs: map[string]pedigree.Organisation{"regulator": w.Regulator, "manufacturer": w.Manufacturer, "distributor": w.Distributor, "dispenser": w.Dispenser}}
	ctx := context.Background()
	users, tokens := postgres.NewUsers(w.Pool, nil), postgres.NewTokens(w.Pool)
	for name, org := range rw.orgs {
		rw.tokens[name], rw.users[name] = map[pedigree.UserRole]string{}, map[pedigree.UserRole]pedigree.User{}
		// The administrator first: the others are made administrators, then given their role.
		for _, role := range slices.Backward(userRoles) {
			u, err := users.Create(ctx, org.ID, role.String()+"@"+name+".test", strings.ToUpper(role.String()[:1])+role.String()[1:]+" of "+org.Name, rolePassword)
			if err != nil {
				t.Fatal(err)
			}
			if err := users.SetRole(ctx, org.ID, u.ID, role); err != nil {
				t.Fatal(err)
			}
			u.Role = role
			token, err := tokens.Create(ctx, pedigree.NewToken{OrganisationID: org.ID, Name: role.String(), Role: role, UserID: u.ID})
			if err != nil {
				t.Fatal(err)
			}
			rw.tokens[name][role], rw.users[name][role] = token, u
		}
	}
	return rw
}

// call sends a request with token, JSON body unless nil, and returns the status and body.
func (rw *roleWorld) call(t *testing.T, token, method, path string, body any) (int, string) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, rw.base+path, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// roleAction is a row of the role table: an action of the API, done by a participant's user
// of each role, and the least role that may do it.
type roleAction struct {
	name string
	as   string            // the participant acting
	min  pedigree.UserRole // the least role allowed; those below are refused
	want int               // an allowed request's status
	// request returns role's request; prepare (if any) makes what an allowed one needs.
	request func(role pedigree.UserRole) (method, path string, body any)
	prepare func(t *testing.T, role pedigree.UserRole)
}

// TestRolesWithinOrganisationAPI sends every action of the API as a user of every role within
// the organisation (viewer, operator, administrator), through their personal API tokens: each
// role below the action's least role is refused, 403 naming the role, and nothing changes
// (neither the chain nor any table but the audit log, which records the refusal); each role
// at or above it succeeds. Roles act in turn, least first, each doing every action in order, so
// each allowed request has its own objects (a split, a shipment, a batch to recall).
func TestRolesWithinOrganisationAPI(t *testing.T) {
	rw := newRoleWorld(t)
	w := rw.w
	ctx := context.Background()
	admin := func(org string) string { return rw.tokens[org][pedigree.UserAdministrator] }
	batch := pedigree.TokenIDFromBig(w.Batch.ID)
	// Each role's split of the manufacturer's [0, 32): the operator's at 16, the
	// administrator's at 8 (of what is left), shipped, cancelled, shipped again and accepted.
	starts := map[pedigree.UserRole]uint32{pedigree.UserViewer: 24, pedigree.UserOperator: 16, pedigree.UserAdministrator: 8}
	split := func(role pedigree.UserRole) string {
		return pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, starts[role])).String()
	}
	code := func(i int) string {
		c := w.Code(i)
		return "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
	}
	lot := func(role pedigree.UserRole) string { return "ROLE-" + strings.ToUpper(role.String()) }
	registered := map[pedigree.UserRole]string{} // each role's batch, to recall
	invited := map[pedigree.UserRole]string{}    // each role's invitee
	sessionOf := map[pedigree.UserRole]string{}
	tokenToRevoke := map[pedigree.UserRole]string{}
	target := func(org string) string { return fmt.Sprint(rw.users[org][pedigree.UserViewer].ID) } // a colleague to manage
	// A refused role invited no one: its requests name the colleague (refused before it matters).
	invitee := func(role pedigree.UserRole) string {
		if id, ok := invited[role]; ok {
			return id
		}
		return target("distributor")
	}
	twoFactor, err := postgres.NewTwoFactor(w.Pool, nil, mustTwoFactorKey(t))
	if err != nil {
		t.Fatal(err)
	}
	fixed := func(method, path string, body any) func(pedigree.UserRole) (string, string, any) {
		return func(pedigree.UserRole) (string, string, any) { return method, path, body }
	}
	const (
		viewer, operator, administrator = pedigree.UserViewer, pedigree.UserOperator, pedigree.UserAdministrator
	)
	actions := []roleAction{
		// Reads and verification: every role.
		{name: "Verify", as: "dispenser", min: viewer, want: 200, request: fixed("POST", "/api/v1/verify", map[string]string{"code": code(52)})},
		{name: "ReadBatch", as: "manufacturer", min: viewer, want: 200, request: fixed("GET", "/api/v1/batches/"+batch.String(), nil)},
		{name: "ReadToken", as: "distributor", min: viewer, want: 200, request: fixed("GET", "/api/v1/tokens/"+batch.String(), nil)},
		{name: "Labels", as: "manufacturer", min: viewer, want: 200, request: fixed("GET", "/api/v1/batches/"+batch.String()+"/labels?format=zip&from=0&to=2", nil)},
		{name: "LabelDownloads", as: "manufacturer", min: viewer, want: 200, request: fixed("GET", "/api/v1/batches/"+batch.String()+"/label-downloads", nil)},
		{name: "LookUpSerial", as: "regulator", min: viewer, want: 200, request: fixed("GET", "/api/v1/batches/"+batch.String()+"/serials/"+url.PathEscape(w.Batch.Serials[3]), nil)},
		{name: "ReadPrefixes", as: "regulator", min: viewer, want: 200, request: fixed("GET", "/api/v1/prefixes", nil)},
		{name: "Alerts", as: "regulator", min: viewer, want: 200, request: fixed("GET", "/api/v1/alerts", nil)},
		// Acts on the chain: operators and administrators.
		{name: "RegisterBatch", as: "manufacturer", min: operator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/batches", map[string]any{"gtin": w.Code(0).GTIN, "lot": lot(role), "expiry": w.Code(0).Expiry.Format("2006-01-02"),
				"product": map[string]string{"name": "Rolol"}, "quantity": 4}
		}},
		{name: "Split", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/tokens/" + batch.String() + "/split", map[string]uint32{"start": starts[role]}
		}},
		{name: "Ship", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/tokens/" + split(role) + "/ship", map[string]string{"to": w.Distributor.Account.String()}
		}},
		{name: "Cancel", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/tokens/" + split(role) + "/cancel", nil
		}},
		{name: "Accept", as: "distributor", min: operator, want: 200,
			prepare: func(t *testing.T, role pedigree.UserRole) {
				if status, body := rw.call(t, admin("manufacturer"), "POST", "/api/v1/tokens/"+split(role)+"/ship", map[string]string{"to": w.Distributor.Account.String()}); status != 200 {
					t.Fatalf("ship for the distributor to accept: %d %s", status, body)
				}
			},
			request: func(role pedigree.UserRole) (string, string, any) {
				return "POST", "/api/v1/tokens/" + split(role) + "/accept", nil
			}},
		{name: "PackState", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/packs/state", map[string]any{"state": "locked", "codes": []string{code(int(role))}}
		}},
		{name: "Undo", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/packs/undo", map[string]any{"codes": []string{code(int(role))}}
		}},
		{name: "Recall", as: "manufacturer", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			id := registered[role]
			if id == "" {
				id = batch.String() // refused before it is looked at
			}
			return "POST", "/api/v1/batches/" + id + "/recall", map[string]int{"reason": 3}
		}},
		{name: "RegisterParticipant", as: "regulator", min: operator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/participants", map[string]string{"account": fmt.Sprintf("0x00000000000000000000000000000000000000c%d", role),
				"role": "dispenser", "gln": gln(t, fmt.Sprintf("40123450009%d", role))}
		}},
		{name: "Suspend", as: "regulator", min: operator, want: 200, request: fixed("POST", "/api/v1/participants/"+w.Dispenser2.Account.String()+"/suspend", map[string]string{"reason": "Licence under review"})},
		{name: "Reinstate", as: "regulator", min: operator, want: 200, request: fixed("POST", "/api/v1/participants/"+w.Dispenser2.Account.String()+"/reinstate", map[string]string{"reason": "Licence renewed"})},
		{name: "AssignPrefix", as: "regulator", min: operator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/prefixes", map[string]string{"prefix": fmt.Sprintf("409000%d", role), "manufacturer": w.H.Manufacturer2.Addr.Hex()}
		}},
		{name: "Onboard", as: "regulator", min: operator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/organisations", map[string]any{"name": "Role Wholesale " + role.String(), "role": "distributor",
				"gln": gln(t, fmt.Sprintf("40987650010%d", role)), "admin_email": "boss@" + role.String() + ".test",
				"account": fmt.Sprintf("0x00000000000000000000000000000000000000d%d", role)}
		}},
		// Signing keys: an organisation's administrators manage its own.
		{name: "ListKeys", as: "distributor", min: administrator, want: 200, request: fixed("GET", "/api/v1/participants/"+w.Distributor.Account.String()+"/keys", nil)},
		{name: "AddKey", as: "distributor", min: administrator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/participants/" + w.Distributor.Account.String() + "/keys", map[string]string{"address": fmt.Sprintf("0x00000000000000000000000000000000000000e%d", role)}
		}},
		// The audit log: an organisation's administrators read its own; a regulator's users everyone's.
		{name: "Audit", as: "manufacturer", min: administrator, want: 200, request: fixed("GET", "/api/v1/audit", nil)},
		{name: "AuditEveryones", as: "regulator", min: viewer, want: 200, request: fixed("GET", "/api/v1/audit", nil)},
		// People, sessions and API tokens: administrators.
		{name: "ListUsers", as: "distributor", min: administrator, want: 200, request: fixed("GET", "/api/v1/users", nil)},
		{name: "Invite", as: "distributor", min: administrator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/users", map[string]string{"email": "invitee-" + role.String() + "@distributor.test", "name": "Invitee", "role": "viewer"}
		}},
		{name: "ReadUser", as: "distributor", min: administrator, want: 200, request: func(pedigree.UserRole) (string, string, any) {
			return "GET", "/api/v1/users/" + target("distributor"), nil
		}},
		{name: "ChangeRole", as: "distributor", min: administrator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/users/" + invitee(role) + "/role", map[string]string{"role": "operator"}
		}},
		{name: "Disable", as: "distributor", min: administrator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/users/" + invitee(role) + "/disable", nil
		}},
		{name: "Enable", as: "distributor", min: administrator, want: 200, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/users/" + invitee(role) + "/enable", nil
		}},
		{name: "Reinvite", as: "distributor", min: administrator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/users/" + invitee(role) + "/invitation", nil
		}},
		{name: "ResetLink", as: "distributor", min: administrator, want: 201, request: fixed("POST", "/api/v1/users/"+target("distributor")+"/reset-link", nil)},
		{name: "UserSessions", as: "distributor", min: administrator, want: 200, request: fixed("GET", "/api/v1/users/"+target("distributor")+"/sessions", nil)},
		{name: "EndUserSession", as: "distributor", min: administrator, want: 204,
			prepare: func(t *testing.T, role pedigree.UserRole) {
				sessionOf[role] = signInSession(t, w, rw.users["distributor"][viewer])
			},
			request: func(role pedigree.UserRole) (string, string, any) {
				id, ok := sessionOf[role]
				if !ok {
					id = "0000000000000000" // a refused role's: no one's
				}
				return "DELETE", "/api/v1/users/" + target("distributor") + "/sessions/" + id, nil
			}},
		{name: "ResetTwoFactor", as: "distributor", min: administrator, want: 204,
			prepare: func(t *testing.T, role pedigree.UserRole) {
				turnOnTwoFactor(t, twoFactor, rw.users["distributor"][viewer])
			},
			request: fixed("DELETE", "/api/v1/users/"+target("distributor")+"/two-factor", nil)},
		{name: "ListAPITokens", as: "dispenser", min: administrator, want: 200, request: fixed("GET", "/api/v1/api-tokens", nil)},
		{name: "CreateAPIToken", as: "dispenser", min: administrator, want: 201, request: func(role pedigree.UserRole) (string, string, any) {
			return "POST", "/api/v1/api-tokens", map[string]string{"name": "till " + role.String(), "role": "operator"}
		}},
		{name: "RevokeAPIToken", as: "dispenser", min: administrator, want: 204,
			prepare: func(t *testing.T, role pedigree.UserRole) {
				if _, err := postgres.NewTokens(w.Pool).Create(ctx, pedigree.NewToken{OrganisationID: w.Dispenser.ID, Name: "to revoke", Role: viewer}); err != nil {
					t.Fatal(err)
				}
				var id string
				if err := w.Pool.QueryRow(ctx, `SELECT max(id)::text FROM api_tokens WHERE name = 'to revoke'`).Scan(&id); err != nil {
					t.Fatal(err)
				}
				tokenToRevoke[role] = id
			},
			request: func(role pedigree.UserRole) (string, string, any) {
				id := tokenToRevoke[role]
				if id == "" {
					id = "1"
				}
				return "DELETE", "/api/v1/api-tokens/" + id, nil
			}},
		// One's own account: every role.
		{name: "OwnSessions", as: "dispenser", min: viewer, want: 200, request: fixed("GET", "/api/v1/account/sessions", nil)},
		{name: "OwnTwoFactor", as: "dispenser", min: viewer, want: 200, request: fixed("GET", "/api/v1/account/two-factor", nil)},
	}
	refused, allowed := 0, 0
	for _, role := range userRoles {
		for _, a := range actions {
			t.Run(a.name+"/"+role.String(), func(t *testing.T) {
				token := rw.tokens[a.as][role]
				if role < a.min {
					refused++
					method, path, body := a.request(role)
					before := takeSnapshot(t, w)
					status, resp := rw.call(t, token, method, path, body)
					if want := pedigree.Article(role) + " may not"; status != http.StatusForbidden || !strings.Contains(resp, want) {
						t.Errorf("%s %s as a %s of the %s: %d %s, want 403 saying %q", method, path, role, a.as, status, resp, want)
					}
					after := takeSnapshot(t, w)
					if d := before.differs(after); d != "" {
						t.Errorf("a refused %s %s changed something: %s", method, path, d)
					}
					wantAudit := int64(0)
					if method != "GET" || strings.Contains(path, "/labels") || strings.Contains(path, "/serials/") {
						wantAudit = 1
					}
					if got := after.rows["audit_log"] - before.rows["audit_log"]; got != wantAudit {
						t.Errorf("a refused %s %s added %d audit entries, want %d", method, path, got, wantAudit)
					}
					return
				}
				allowed++
				if a.prepare != nil {
					a.prepare(t, role)
				}
				w.Synced(t)
				method, path, body := a.request(role)
				status, resp := rw.call(t, token, method, path, body)
				if status != a.want {
					t.Fatalf("%s %s as a %s of the %s: %d %s, want %d", method, path, role, a.as, status, resp, a.want)
				}
				var out map[string]any
				_ = json.Unmarshal([]byte(resp), &out)
				switch a.name {
				case "RegisterBatch":
					registered[role], _ = out["token_id"].(string)
				case "Invite":
					invited[role] = fmt.Sprint(out["user"].(map[string]any)["id"])
				}
			})
		}
	}
	t.Logf("%d actions x %d roles: %d refused, %d allowed", len(actions), len(userRoles), refused, allowed)
}

// mustTwoFactorKey is the key the world's service seals TOTP secrets with.
func mustTwoFactorKey(t *testing.T) []byte {
	t.Helper()
	key, err := postgres.TwoFactorKey(worldtest.Passphrase)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// turnOnTwoFactor turns u's two-factor sign-in on and returns the secret and recovery codes.
func turnOnTwoFactor(t *testing.T, tf *postgres.TwoFactor, u pedigree.User) (string, []string) {
	t.Helper()
	secret, _, err := tf.Enrol(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := totp.GenerateCode(secret, time.Now().Add(-30*time.Second)) // a step back: later codes stay unused
	recovery, err := tf.Confirm(context.Background(), u, code)
	if err != nil {
		t.Fatal(err)
	}
	return secret, recovery
}

// signInSession signs u in (a session, as the pages start one) and returns the session's id.
func signInSession(t *testing.T, w *worldtest.World, u pedigree.User) string {
	t.Helper()
	users := postgres.NewUsers(w.Pool, nil)
	if _, _, err := users.Login(context.Background(), u.Email, rolePassword, "192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	list, err := users.Sessions(context.Background(), u.Organisation.ID, u.ID)
	if err != nil || len(list) == 0 {
		t.Fatalf("sessions of %s: %v, %v", u.Email, list, err)
	}
	return list[0].ID
}
