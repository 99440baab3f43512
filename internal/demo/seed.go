package demo

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The demo batch: GS1's example GTIN, 100 packs (DemoStory tells where they went).
const (
	DemoGTIN     = "09506000134352"
	DemoLot      = "DEMO-1"
	DemoQuantity = 100
)

// OrganisationStore is what Seed needs of the organisations' store.
type OrganisationStore interface {
	Create(ctx context.Context, o pedigree.Organisation) (pedigree.Organisation, error)
	ByAccount(ctx context.Context, account pedigree.Address) (pedigree.Organisation, error)
}

// SerialLookup reads a stored batch's serials in pack order.
type SerialLookup func(ctx context.Context, batch pedigree.TokenID) ([]string, error)

// Organisations stores the demo organisations (once) and returns them by Org.Key.
func (e *Env) Organisations(ctx context.Context, store OrganisationStore) (map[string]pedigree.Organisation, error) {
	out := map[string]pedigree.Organisation{}
	for _, o := range Orgs {
		account := pedigree.Address(e.State.Accounts[o.Key])
		org, err := store.ByAccount(ctx, account)
		if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
			org, err = store.Create(ctx, pedigree.Organisation{Name: o.Name, GLN: fmt.Sprintf("%013d", o.GLN), Role: o.Role, Account: account})
		}
		if err != nil {
			return nil, fmt.Errorf("demo organisation %s: %w", o.Key, err)
		}
		out[o.Key] = org
	}
	return out, nil
}

// Tokens returns an API token for each demo organisation, from DIR/demo-tokens.json when the
// ones there still work, else new ones written there (readable only by the owner).
func (e *Env) Tokens(ctx context.Context, orgs map[string]pedigree.Organisation, tokens pedigree.Tokens) (map[string]string, string, error) {
	path := filepath.Join(e.Dir, "demo-tokens.json")
	saved := map[string]string{}
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &saved)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, path, fmt.Errorf("read %s: %w", path, err)
	}
	out, changed := map[string]string{}, false
	for _, o := range Orgs {
		if t, ok := saved[o.Key]; ok {
			if c, err := tokens.Authenticate(ctx, t); err == nil && c.Organisation.ID == orgs[o.Key].ID && c.Role == pedigree.UserAdministrator {
				out[o.Key] = t
				continue
			}
		}
		// The demo's tokens are administrators', so every call of the API can be tried.
		t, err := tokens.Create(ctx, pedigree.NewToken{OrganisationID: orgs[o.Key].ID, Name: "demo", Role: pedigree.UserAdministrator})
		if err != nil {
			return nil, path, err
		}
		out[o.Key], changed = t, true
	}
	if changed {
		b, _ := json.MarshalIndent(out, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
			return nil, path, fmt.Errorf("write %s: %w", path, err)
		}
	}
	return out, path, nil
}

// DemoStory is the demo batch's story at start time now: packs [50, 100) go to the
// distributor, [75, 100) on to the pharmacy, which dispenses pack 80.
func DemoStory(now time.Time) Story {
	return Story{
		Batch: pedigree.NewBatch{
			GTIN: DemoGTIN, Lot: DemoLot, Expiry: time.Date(now.Year()+2, now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, -1),
			Product:  pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "film-coated tablets"},
			Quantity: DemoQuantity,
		},
		Ship: 50, Consignments: 2, ToPharmacy: 1, DispenseAt: 5, Dispense: 1,
	}
}

// SeedBatch registers the demo batch and tells its story (DemoStory), unless that was done.
// Every step looks at the chain first, so a start interrupted half-way finishes the story.
func (e *Env) SeedBatch(ctx context.Context, c *chain.Contract, batches pedigree.BatchService, serials SerialLookup,
	orgs map[string]pedigree.Organisation, senders map[string]*chain.Sender, now time.Time) (pedigree.TokenID, error) {
	cast := Cast{
		Senders:      map[Part]*chain.Sender{},
		Registrar:    batches,
		Manufacturer: orgs[string(Manufacturer)],
		Serials:      serials,
	}
	for _, p := range []Part{Manufacturer, Distributor, Dispenser} {
		cast.Senders[p] = senders[string(p)]
	}
	sc, err := DemoStory(now).Tell(ctx, c, cast)
	if err != nil {
		return pedigree.TokenID{}, fmt.Errorf("seed the demo batch: %w", err)
	}
	return pedigree.TokenIDFromBig(sc.ID), nil
}

// User is a demo organisation's web user, as DIR/demo-users.json keeps it.
type User struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// demoUserNames name each demo organisation's user.
var demoUserNames = map[string]string{
	"regulator": "Demo inspector", "manufacturer": "Demo production manager",
	"distributor": "Demo warehouse clerk", "dispenser": "Demo pharmacist",
}

// Users returns a web user for each demo organisation, created once with a random password
// and kept in DIR/demo-users.json (readable only by the owner), so `make run` can print them.
func (e *Env) Users(ctx context.Context, orgs map[string]pedigree.Organisation, users pedigree.Users) (map[string]User, string, error) {
	path := filepath.Join(e.Dir, "demo-users.json")
	saved := map[string]User{}
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &saved)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, path, fmt.Errorf("read %s: %w", path, err)
	}
	out, changed := map[string]User{}, false
	for _, o := range Orgs {
		u, known := saved[o.Key]
		if !known || u.Password == "" {
			u, changed = User{Email: o.Key + "@demo.pedigree.test", Password: demoPassword()}, true
		}
		_, err := users.Create(ctx, orgs[o.Key].ID, u.Email, demoUserNames[o.Key], u.Password)
		switch {
		case err == nil:
		case pedigree.ErrorCode(err) == pedigree.ECONFLICT && known:
			// Created on an earlier start, with the saved password.
		case pedigree.ErrorCode(err) == pedigree.ECONFLICT:
			return nil, path, fmt.Errorf("demo user %s exists but %s lost its password: delete the data directory to start afresh", u.Email, path)
		default:
			return nil, path, fmt.Errorf("demo user %s: %w", u.Email, err)
		}
		out[o.Key] = u
	}
	if changed {
		b, _ := json.MarshalIndent(out, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
			return nil, path, fmt.Errorf("write %s: %w", path, err)
		}
	}
	return out, path, nil
}

// demoPassword returns a random password of four groups of four base32 characters, easy to
// type from the terminal: 80 bits.
func demoPassword() string {
	t := strings.ToLower(rand.Text()[:16])
	return t[:4] + "-" + t[4:8] + "-" + t[8:12] + "-" + t[12:]
}
