package httpapi

import (
	"net/http"
	"net/url"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Participants' signing keys: listed, added (made in pedigree's keystore, or an address the
// organisation keeps) and retired, by the organisation's administrators for its own and by
// regulators for anyone's (pedigree.MayManageKeys).

func (s *Server) keyService() (pedigree.KeyService, error) {
	if s.deps.Keys == nil {
		return nil, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "this server does not manage keys")
	}
	return s.deps.Keys, nil
}

// keyParam reads the route's {key}.
func keyParam(r *http.Request) (pedigree.Address, error) {
	a, err := pedigree.ParseAddress(chi.URLParam(r, "key"))
	if err != nil {
		return a, errorf(http.StatusBadRequest, pedigree.EINVALID, "key: %s", pedigree.ErrorMessage(err))
	}
	return a, nil
}

// keysAPI runs a keys request of an API token on the route's {account}.
func (s *Server) keysAPI(w http.ResponseWriter, r *http.Request, status int, do func(keys pedigree.KeyService, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) (any, error)) {
	out, err := func() (any, error) {
		// A token acts with its role within its organisation, under the rule people follow.
		c, err := s.tokenCaller(r)
		if err != nil {
			return nil, err
		}
		if c == nil {
			return nil, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "send your organisation's API token: Authorization: Bearer <token>")
		}
		keys, err := s.keyService()
		if err != nil {
			return nil, err
		}
		account, err := accountParam(r)
		if err != nil {
			return nil, err
		}
		return do(keys, c.Organisation, c.Role, account)
	}()
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, status, out)
}

// handleKeysAPI lists the route's participant's keys.
func (s *Server) handleKeysAPI(w http.ResponseWriter, r *http.Request) {
	s.keysAPI(w, r, http.StatusOK, func(keys pedigree.KeyService, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) (any, error) {
		list, err := keys.Keys(r.Context(), org, role, account)
		return map[string]any{"keys": list}, err
	})
}

// handleAddKeyAPI adds a key: {"address": "0x..."} for one the organisation keeps, {} for a new
// one in pedigree's keystore.
func (s *Server) handleAddKeyAPI(w http.ResponseWriter, r *http.Request) {
	s.keysAPI(w, r, http.StatusCreated, func(keys pedigree.KeyService, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) (any, error) {
		var body struct {
			Address string `json:"address"`
		}
		if err := decodeJSON(w, r, &body); err != nil {
			return nil, err
		}
		var key *pedigree.Address
		if body.Address != "" {
			a, err := pedigree.ParseAddress(body.Address)
			if err != nil {
				return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "address: %s", pedigree.ErrorMessage(err))
			}
			key = &a
		}
		k, res, err := keys.AddKey(r.Context(), org, role, account, key)
		if err != nil {
			return nil, err
		}
		return map[string]any{"key": k, "tx_hash": res.TxHash, "block": res.Block, "status": res.Status}, nil
	})
}

// handleRetireKeyAPI retires the route's {key} of its participant.
func (s *Server) handleRetireKeyAPI(w http.ResponseWriter, r *http.Request) {
	s.keysAPI(w, r, http.StatusOK, func(keys pedigree.KeyService, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) (any, error) {
		key, err := keyParam(r)
		if err != nil {
			return nil, err
		}
		return keys.RetireKey(r.Context(), org, role, account, key)
	})
}

// keysPage shows a participant's keys with the forms to add and retire them.
type keysPage struct {
	Account pedigree.Address
	Name    string // the organisation, by name
	Keys    []pedigree.Key
	Active  int  // active keys: the last one cannot be retired
	Other   bool // a regulator looking at another organisation's keys
	Form    *form
	Retire  *pedigree.Key // the key whose retirement is being confirmed
}

// keysFor returns the signed-in user and the account whose keys the page is about: the
// user's organisation's, or for a regulator the one named by ?account=.
func (s *Server) keysFor(w http.ResponseWriter, r *http.Request) (*signedIn, pedigree.Address, bool) {
	u := s.requireUser(w, r)
	if u == nil {
		return nil, pedigree.Address{}, false
	}
	if r.Method == http.MethodPost {
		if err := parseForm(w, r); err != nil {
			s.pageError(w, r, err)
			return nil, pedigree.Address{}, false
		}
	}
	account := u.User.Organisation.Account
	if v := r.FormValue("account"); v != "" {
		a, err := pedigree.ParseAddress(v)
		if err != nil {
			s.pageError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "account: %s", pedigree.ErrorMessage(err)))
			return nil, pedigree.Address{}, false
		}
		account = a
	}
	return u, account, true
}

func (s *Server) renderKeys(w http.ResponseWriter, r *http.Request, u *signedIn, account pedigree.Address, status int, p keysPage) {
	keys, err := s.keyService()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Account, p.Other = account, account != u.User.Organisation.Account
	if p.Keys, err = keys.Keys(r.Context(), *u.org(), u.User.Role, account); err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, k := range p.Keys {
		if !k.Retired {
			p.Active++
		}
	}
	p.Name = u.User.Organisation.Name
	if p.Other {
		p.Name = account.String()
		if parts, err := s.deps.Directory.Participants(r.Context()); err == nil {
			for _, pt := range parts {
				if pt.Account == account {
					p.Name = pt.Party.String()
				}
			}
		}
	}
	if p.Form == nil {
		p.Form = s.newForm(r, nil)
	}
	page, title := "keys", s.tr(r, "Keys of %s", p.Name)
	if p.Retire != nil {
		page, title = "key_retire", s.tr(r, "Retire a key of %s", p.Name)
	}
	s.render(w, r, status, page, title, p)
}

// handleKeysPage lists the keys.
func (s *Server) handleKeysPage(w http.ResponseWriter, r *http.Request) {
	u, account, ok := s.keysFor(w, r)
	if ok {
		s.renderKeys(w, r, u, account, http.StatusOK, keysPage{})
	}
}

// keysURL is the keys page of account, as u reaches it.
func keysURL(u *signedIn, account pedigree.Address) string {
	if account == u.User.Organisation.Account {
		return "/keys"
	}
	return "/keys?account=" + url.QueryEscape(account.String())
}

// handleAddKeyForm adds a key: a new one in pedigree's keystore, or the address given.
func (s *Server) handleAddKeyForm(w http.ResponseWriter, r *http.Request) {
	u, account, ok := s.keysFor(w, r)
	if !ok {
		return
	}
	keys, err := s.keyService()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f := s.newForm(r, r.PostForm)
	var key *pedigree.Address
	if f.Get("kind") == "address" {
		a, err := pedigree.ParseAddress(f.Get("address"))
		if err != nil {
			f.Fail("address", s.tr(r, "Enter the key's address: 0x and 40 hex digits."))
			s.renderKeys(w, r, u, account, http.StatusUnprocessableEntity, keysPage{Form: f})
			return
		}
		key = &a
	}
	k, res, err := keys.AddKey(r.Context(), *u.org(), u.User.Role, account, key)
	if err != nil {
		if _, _, ok := s.refused(w, r, err); ok {
			f.FailFrom(err, "address")
			s.renderKeys(w, r, u, account, http.StatusUnprocessableEntity, keysPage{Form: f})
		}
		return
	}
	message := s.tr(r, "Added key %s.", k.Address.String())
	switch {
	case k.Signing:
		message += " " + s.tr(r, "pedigree signs with it from now on.")
	case k.Note != "":
		message += " " + capitalise(k.Note) + "."
	}
	s.done(w, r, keysURL(u, account), message+s.caughtUp(r.Context(), res))
}

// handleRetireKeyPage asks to confirm a key's retirement.
func (s *Server) handleRetireKeyPage(w http.ResponseWriter, r *http.Request) {
	u, account, ok := s.keysFor(w, r)
	if !ok {
		return
	}
	key, err := keyParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderKeys(w, r, u, account, http.StatusOK, keysPage{Retire: &pedigree.Key{Address: key}})
}

// handleRetireKeyForm retires the route's key, once confirmed.
func (s *Server) handleRetireKeyForm(w http.ResponseWriter, r *http.Request) {
	u, account, ok := s.keysFor(w, r)
	if !ok {
		return
	}
	keys, err := s.keyService()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	key, err := keyParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	res, err := keys.RetireKey(r.Context(), *u.org(), u.User.Role, account, key)
	if err != nil {
		if _, _, ok := s.refused(w, r, err); ok {
			f := s.newForm(r, nil)
			f.FailFrom(err)
			s.renderKeys(w, r, u, account, http.StatusUnprocessableEntity, keysPage{Retire: &pedigree.Key{Address: key}, Form: f})
		}
		return
	}
	s.done(w, r, keysURL(u, account), s.tr(r, "Retired key %s: it can no longer act.", key.String())+s.caughtUp(r.Context(), res))
}
