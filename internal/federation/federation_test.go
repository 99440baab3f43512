package federation_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/check"
	"github.com/pedigree-rx/pedigree/internal/federation"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// deployment is one pedigree deployment of the test: its world (chain and database), served
// with its GLN, and what a user of it brings.
type deployment struct {
	name     string
	w        *worldtest.World
	gln      string // the deployment's own GLN, reqGLN when it asks the other
	srv      *httptest.Server
	node     check.Node
	keys     jws.Set
	token    string // a wholesaler's API token here, to ask with
	pharmacy string // a pharmacy's API token here
	admin    string // the regulator's administrator's API token here
}

func newDeployment(t *testing.T, name string, chainID uint64, gtin, gln string) *deployment {
	t.Helper()
	d := &deployment{name: name, w: worldtest.NewWith(t, worldtest.Options{ChainID: chainID, GTIN: gtin}), gln: gln}
	d.srv = d.w.Serve(t, slog.New(slog.NewTextHandler(io.Discard, nil)), func(c *app.Config) {
		c.GLN = gln
		c.ResponderTimeout = 10 * time.Second // the machine is slow and shared; the slow test sets its own
	})
	node, ok := d.w.H.Backend.Client().(check.Node)
	if !ok {
		t.Fatal("the simulated backend's client cannot call at a block hash")
	}
	d.node = node
	getJSON(t, d.srv.URL+"/.well-known/jwks.json", &d.keys)
	d.token = d.w.TokenAs(t, d.w.Distributor, pedigree.UserViewer)
	d.pharmacy = d.w.TokenAs(t, d.w.Dispenser, pedigree.UserViewer)
	d.admin = d.w.Token(t, d.w.Regulator)
	return d
}

// admit makes other a participant here, as a regulator onboards a trading partner: on this
// chain (the harness's stranger account, with other's GLN) and as an organisation with an API
// token, which it returns for other's directory.
func (d *deployment) admit(t *testing.T, other *deployment) string {
	t.Helper()
	h := d.w.H
	h.Ok(h.C.RegisterParticipant(h.Ctx, h.Regulator.S, h.Stranger.Addr, pedigree.RoleDistributor, mustGLN(t, other.gln)))
	org, err := postgres.NewOrganisations(d.w.Pool).Create(context.Background(), pedigree.Organisation{
		Name: other.name, GLN: other.gln, Role: pedigree.RoleDistributor, Account: pedigree.Address(h.Stranger.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	d.w.Synced(t)
	return d.w.TokenAs(t, org, pedigree.UserViewer)
}

// list adds a directory entry through the API, as the regulator's program would.
func (d *deployment) list(t *testing.T, code, name, url, token string) pedigree.Responder {
	t.Helper()
	var e pedigree.Responder
	status, raw := d.call(t, http.MethodPost, "/api/v1/responders", d.admin, map[string]string{"code": code, "name": name, "url": url, "token": token}, &e)
	if status != http.StatusCreated {
		t.Fatalf("add %s to %s's directory: %d %s", code, d.name, status, raw)
	}
	return e
}

// call sends a JSON request and decodes the answer into out (when not nil).
func (d *deployment) call(t *testing.T, method, path, token string, body any, out any) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, d.srv.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, raw)
		}
	}
	return resp.StatusCode, raw
}

// verify asks this deployment's verify API about code as its pharmacy; it returns the status
// and the answer as it came.
func (d *deployment) verify(t *testing.T, code pedigree.PackCode) (int, []byte) {
	t.Helper()
	return d.call(t, http.MethodPost, "/api/v1/verify", d.token, map[string]string{"code": bracketed(code)}, nil)
}

// answer is verify's answer, which must be a verdict, decoded and as it came.
func (d *deployment) answer(t *testing.T, code pedigree.PackCode) (pedigree.Verification, []byte) {
	t.Helper()
	status, raw := d.verify(t, code)
	var v pedigree.Verification
	if err := json.Unmarshal(raw, &v); err != nil || status != http.StatusOK {
		t.Fatalf("verify: %d %s", status, raw)
	}
	return v, raw
}

func bracketed(c pedigree.PackCode) string {
	return "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
}

func mustGLN(t *testing.T, gln string) uint64 {
	t.Helper()
	var n uint64
	for _, c := range gln {
		n = n*10 + uint64(c-'0')
	}
	return n
}

// The GLNs of the two deployments, and the GTIN of the second's batches (the first's are
// worldtest's 09506000134352); each under a GS1 company prefix the other's directory lists.
const (
	glnA, glnB = "4012345000085", "4012345000092"
	gtinB      = "07612345000015"
	prefixA    = "9506000"
	prefixB    = "7612345"
)

// TestTwoDeployments runs two pedigree deployments on two chains (ids 31001 and 31002), each
// with its own database and a directory entry for the other: each answers for the other's
// packs, through the other's verification service, with the origin named and the evidence
// carried over, which the checker confirms against the origin's chain and refutes against
// the asker's.
func TestTwoDeployments(t *testing.T) {
	a := newDeployment(t, "Deployment A", 31001, "", glnA)
	b := newDeployment(t, "Deployment B", 31002, gtinB, glnB)
	a.list(t, prefixB, b.name, b.srv.URL, b.admit(t, a))
	b.list(t, prefixA, a.name, a.srv.URL, a.admit(t, b))

	for _, tc := range []struct {
		name        string
		asker, from *deployment
	}{
		{"AAnswersForB", a, b},
		{"BAnswersForA", b, a},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asker, from := tc.asker, tc.from
			t.Run("PharmacyAskingOfAPackNeverReleased", func(t *testing.T) {
				// The pack is at its manufacturer on the other chain: to a pharmacy here it
				// means what it means to a pharmacy there, whatever role that deployment
				// answered this one as.
				var v pedigree.Verification
				asker.call(t, http.MethodPost, "/api/v1/verify", asker.pharmacy, map[string]string{"code": bracketed(from.w.Code(11))}, &v)
				if v.Verdict != pedigree.VerdictNotReleased || v.Origin == nil || v.Asker != pedigree.RoleDispenser.String() {
					t.Errorf("a pharmacy is told %s as %s (origin %+v), want NOT_RELEASED as a dispenser, with the origin", v.Verdict, v.Asker, v.Origin)
				}
			})
			t.Run("Genuine", func(t *testing.T) {
				code := from.w.Code(10) // active, at the manufacturer
				v, raw := asker.answer(t, code)
				if got, want := v.Verdict, pedigree.VerdictAuthentic; got != want {
					t.Errorf("verdict = %s, want %s", got, want)
				}
				o := v.Origin
				if o == nil {
					t.Fatalf("the answer names no origin: %s", raw)
				}
				if o.Name != from.name || o.URL != from.srv.URL || !o.Verified || o.FailureReason != "" || o.CorrUUID == "" {
					t.Errorf("origin = %+v, want %s at %s, verified", *o, from.name, from.srv.URL)
				}
				if got, want := o.ResponderGLN, from.w.Manufacturer.GLN; got != want {
					t.Errorf("responder GLN = %s, want the manufacturer's %s", got, want)
				}
				ev := v.Evidence
				if ev == nil || ev.ChainID != chainID(t, from.node) || ev.Contract != pedigree.Address(from.w.H.C.Address) {
					t.Fatalf("evidence = %+v, want chain %d, contract %s", ev, chainID(t, from.node), from.w.H.C.Address)
				}

				// The checker confirms the forwarded evidence against the origin's chain, with
				// the asker's keys (the asker signed what it passed on)...
				opts := check.Options{Keys: &asker.keys, KeysFrom: "of " + asker.name, Now: func() time.Time { return from.w.Now },
					OriginContract: pedigree.Address(from.w.H.C.Address), OriginChainID: chainID(t, from.node)}
				rep := check.Check(context.Background(), from.node, raw, opts)
				if !rep.OK() {
					t.Errorf("against %s's chain, failed: %+v", from.name, rep.Failed())
				}
				if f, ok := rep.Fact("origin"); !ok || f.Status != check.ServerOnly {
					t.Errorf("origin fact = %+v, %v; want server-only", f, ok)
				}
				// ...and fails it against the asker's own chain.
				rep = check.Check(context.Background(), asker.node, raw, opts)
				if rep.OK() {
					t.Errorf("against %s's own chain, every fact held", asker.name)
				}
				if f, _ := rep.Fact("chain"); f.Status != check.Failed {
					t.Errorf("chain fact against the wrong chain = %+v, want failed", f)
				}
			})
			t.Run("UnknownSerial", func(t *testing.T) {
				code := from.w.Code(0)
				code.Serial = "NOT-A-SERIAL"
				v, raw := asker.answer(t, code)
				if got, want := v.Verdict, pedigree.VerdictUnknownSerial; got != want {
					t.Errorf("verdict = %s, want %s", got, want)
				}
				if v.Origin == nil || v.Origin.Verified || v.Origin.FailureReason != string(pedigree.NoMatchGTINSerial) || v.Origin.Name != from.name {
					t.Errorf("origin = %+v, want %s, not verified, %s", v.Origin, from.name, pedigree.NoMatchGTINSerial)
				}
				opts := check.Options{Keys: &asker.keys, KeysFrom: "of " + asker.name, Now: func() time.Time { return from.w.Now }}
				if rep := check.Check(context.Background(), from.node, raw, opts); !rep.OK() {
					t.Errorf("against %s's chain, failed: %+v", from.name, rep.Failed())
				}
			})
		})
	}

	t.Run("OwnPacksStayHome", func(t *testing.T) {
		v, _ := a.answer(t, a.w.Code(49)) // in the pharmacy's custody
		if v.Verdict != pedigree.VerdictAuthentic || v.Origin != nil {
			t.Errorf("A's own pack: %s, origin %+v; want AUTHENTIC from A itself", v.Verdict, v.Origin)
		}
	})

	t.Run("Public", func(t *testing.T) {
		// A visitor asks A about B's pack that B's distributor holds: B answered A, a
		// participant, so A reduces the answer to what the public is told, and what is left
		// still checks against B's chain.
		code := b.w.Code(40)
		status, raw := a.call(t, http.MethodPost, "/api/v1/verify", "", map[string]string{"code": bracketed(code)}, nil)
		var v pedigree.Verification
		if err := json.Unmarshal(raw, &v); err != nil || status != http.StatusOK {
			t.Fatalf("verify: %d %s", status, raw)
		}
		// B answered a distributor: AUTHENTIC. A patient is told what the chain means to them:
		// a pack no pharmacy received is not released to the public.
		if got, want := v.Verdict, pedigree.VerdictNotReleased; got != want || v.Asker != pedigree.AskerPublic {
			t.Errorf("verdict = %s for %s, want %s for the public", got, v.Asker, want)
		}
		if v.Origin == nil || v.Custodian == nil || v.Custodian.Name != "" || v.Custodian.GLN != "" || v.Evidence.TokenID != nil {
			t.Errorf("the public is told the custodian %+v and token %v (origin %+v)", v.Custodian, v.Evidence.TokenID, v.Origin)
		}
		for _, e := range v.Provenance {
			if e.TxHash != (pedigree.Hash{}) || (e.To != nil && e.To.Name != "" && e.To.Role != pedigree.RoleManufacturer) {
				t.Errorf("the public is told the provenance step %+v", e)
			}
		}
		opts := check.Options{Keys: &a.keys, KeysFrom: "of " + a.name, Now: func() time.Time { return b.w.Now }}
		if rep := check.Check(context.Background(), b.node, raw, opts); !rep.OK() {
			t.Errorf("against B's chain, failed: %+v", rep.Failed())
		}
	})

	t.Run("VerdictPage", func(t *testing.T) {
		code := b.w.Code(49) // at B's pharmacy: a patient's plain green
		u := a.srv.URL + "/01/" + code.GTIN + "/10/" + code.Lot + "/21/" + url.PathEscape(code.Serial) + "?17=" + code.Expiry.Format("060102")
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		req.Header.Set("Accept", "text/html")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		page, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), `id="verdict-origin"`) || !strings.Contains(string(page), b.name) {
			t.Errorf("A's verdict page of B's pack: %d, names no origin:\n%s", resp.StatusCode, page)
		}
		if !strings.Contains(string(page), "verdict-ok") {
			t.Errorf("A's verdict page of B's genuine pack is not green")
		}
	})

	t.Run("LMSResponder", func(t *testing.T) {
		// A trading partner asks A's verification service about B's pack: A passes B's
		// answer on in the standard's terms.
		partner := a.w.TokenAs(t, a.w.Distributor, pedigree.UserViewer)
		code := b.w.Code(10)
		target := federation.RequestURL(a.srv.URL, code, a.w.Distributor.GLN, "21ec2020-3aea-4069-a2dd-08002b30309d")
		req, _ := http.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("Authorization", "Bearer "+partner)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("LMS on A about B's pack: %d %s", resp.StatusCode, raw)
		}
		v, err := federation.ParseAnswer(raw, code, "21ec2020-3aea-4069-a2dd-08002b30309d")
		if err != nil {
			t.Fatalf("A's LMS answer: %v\n%s", err, raw)
		}
		if !v.Origin.Verified || v.Origin.ResponderGLN != b.w.Manufacturer.GLN || v.Verdict != pedigree.VerdictAuthentic {
			t.Errorf("A's LMS answer about B's pack: %+v, %s; want verified by B's manufacturer %s", *v.Origin, v.Verdict, b.w.Manufacturer.GLN)
		}

		// A pharmacy asking the same is told the pack, never released to a pharmacy on B's
		// chain, is suspect: its verdict, decided again here, and the standard's fields agree.
		pharmacy := federation.RequestURL(a.srv.URL, code, a.w.Dispenser.GLN, "9f1c2a3b-4d5e-4f60-8a7b-0c1d2e3f4a5b")
		req, _ = http.NewRequest(http.MethodGet, pharmacy, nil)
		req.Header.Set("Authorization", "Bearer "+a.pharmacy)
		resp2, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp2.Body.Close()
		raw, _ = io.ReadAll(resp2.Body)
		if resp2.StatusCode != http.StatusOK {
			t.Fatalf("LMS on A about B's pack, for a pharmacy: %d %s", resp2.StatusCode, raw)
		}
		if v, err = federation.ParseAnswer(raw, code, "9f1c2a3b-4d5e-4f60-8a7b-0c1d2e3f4a5b"); err != nil {
			t.Fatalf("A's LMS answer to a pharmacy: %v\n%s", err, raw)
		}
		if v.Verdict != pedigree.VerdictNotReleased || !v.Origin.Verified || v.Origin.AdditionalInfo != "Suspect" {
			t.Errorf("A's LMS answer to a pharmacy about B's pack: %+v, %s; want verified, Suspect, NOT_RELEASED", *v.Origin, v.Verdict)
		}
	})
}

func chainID(t *testing.T, n check.Node) uint64 {
	t.Helper()
	id, err := n.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return id.Uint64()
}
