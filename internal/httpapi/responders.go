package httpapi

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The lookup directory (federation): which other deployment's verification service answers for
// a GS1 company prefix or a GTIN-14 this deployment does not hold, with the API token pedigree
// asks it with. A regulator's administrators keep it, in the pages (/responders) and the API
// (/api/v1/responders); the token is written, never read back: only its last characters show.

// directoryAPI returns the lookup directory when the API caller is a regulator (whose token's
// role tokenCaller has checked against apiActions); it answers and returns nil otherwise.
func (s *Server) directoryAPI(w http.ResponseWriter, r *http.Request) pedigree.Responders {
	org, err := s.requireOrg(r)
	switch {
	case err != nil:
	case org.Role != pedigree.RoleRegulator:
		err = errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s is a %s: the lookup directory is a regulator's", org.Name, org.Role)
	case s.deps.Responders == nil:
		err = errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "this service keeps no lookup directory")
	}
	if err != nil {
		s.error(w, r, err)
		return nil
	}
	return s.deps.Responders
}

// entryAPI is directoryAPI for a route of one entry, and the entry's {id}.
func (s *Server) entryAPI(w http.ResponseWriter, r *http.Request) (pedigree.Responders, int64) {
	dir := s.directoryAPI(w, r)
	if dir == nil {
		return nil, 0
	}
	id, err := responderID(r)
	if err != nil {
		s.error(w, r, err)
		return nil, 0
	}
	return dir, id
}

// responderBody is a directory entry as the API takes it.
type responderBody struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	URL   string `json:"url"`
	Token string `json:"token"`
}

func (b responderBody) input() pedigree.ResponderInput {
	return pedigree.ResponderInput{Code: b.Code, Name: b.Name, URL: b.URL, Token: b.Token}
}

// responderID reads the route's {id}.
func responderID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "there is no directory entry %q", chi.URLParam(r, "id"))
	}
	return id, nil
}

// handleRespondersAPI lists the directory: {"responders": [...]}, tokens as their hints.
func (s *Server) handleRespondersAPI(w http.ResponseWriter, r *http.Request) {
	dir := s.directoryAPI(w, r)
	if dir == nil {
		return
	}
	list, err := dir.Responders(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []pedigree.Responder{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"responders": list})
}

// handleResponderAPI answers one entry.
func (s *Server) handleResponderAPI(w http.ResponseWriter, r *http.Request) {
	dir, id := s.entryAPI(w, r)
	if dir == nil {
		return
	}
	e, err := dir.Responder(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// handleAddResponderAPI adds an entry: {"code", "name", "url", "token"}; 201 with the entry.
func (s *Server) handleAddResponderAPI(w http.ResponseWriter, r *http.Request) {
	dir := s.directoryAPI(w, r)
	if dir == nil {
		return
	}
	var body responderBody
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	e, err := dir.AddResponder(r.Context(), body.input())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, e)
}

// handleUpdateResponderAPI changes an entry: every field but the token is given; a token ""
// or left out keeps the stored one.
func (s *Server) handleUpdateResponderAPI(w http.ResponseWriter, r *http.Request) {
	dir, id := s.entryAPI(w, r)
	if dir == nil {
		return
	}
	var body responderBody
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	e, err := dir.UpdateResponder(r.Context(), id, body.input())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// handleRemoveResponderAPI removes an entry: 204.
func (s *Server) handleRemoveResponderAPI(w http.ResponseWriter, r *http.Request) {
	dir, id := s.entryAPI(w, r)
	if dir == nil {
		return
	}
	if err := dir.RemoveResponder(r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// respondersPage is the regulator's directory page: the list and the form to add an entry, or
// one entry to edit, or one to confirm the removal of.
type respondersPage struct {
	Responders []pedigree.Responder
	Edit       *pedigree.Responder // the entry being edited
	Remove     *pedigree.Responder // the entry whose removal is to be confirmed
	Form       *form
}

// directoryPage returns the signed-in regulator's administrator and the directory; it answers
// and returns nil otherwise.
func (s *Server) directoryPage(w http.ResponseWriter, r *http.Request) (*signedIn, pedigree.Responders) {
	u := s.requireUser(w, r, pedigree.RoleRegulator)
	if u == nil || !s.allowed(w, r, u, pedigree.ActManageDirectory) {
		return nil, nil
	}
	if s.deps.Responders == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is nothing here.")))
		return nil, nil
	}
	if r.Method == http.MethodPost {
		if err := parseForm(w, r); err != nil {
			s.pageError(w, r, err)
			return nil, nil
		}
	}
	return u, s.deps.Responders
}

// handleRespondersPage lists the directory, with the form to add an entry.
func (s *Server) handleRespondersPage(w http.ResponseWriter, r *http.Request) {
	if u, _ := s.directoryPage(w, r); u == nil {
		return
	}
	s.renderResponders(w, r, http.StatusOK, respondersPage{Form: s.newForm(r, nil)})
}

func (s *Server) renderResponders(w http.ResponseWriter, r *http.Request, status int, p respondersPage) {
	title := "Lookup directory"
	switch {
	case p.Edit != nil:
		title = "Edit a directory entry"
	case p.Remove != nil:
		title = "Remove a directory entry"
	default:
		var err error
		if p.Responders, err = s.deps.Responders.Responders(r.Context()); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "responders", title, p)
}

// responderForm is the entry a posted form gives; its token field is never shown back.
func responderForm(f *form) pedigree.ResponderInput {
	return pedigree.ResponderInput{Code: f.Get("code"), Name: f.Get("name"), URL: f.Get("url"), Token: f.Get("token")}
}

// handleAddResponderForm adds an entry.
func (s *Server) handleAddResponderForm(w http.ResponseWriter, r *http.Request) {
	_, dir := s.directoryPage(w, r)
	if dir == nil {
		return
	}
	f := s.newForm(r, r.PostForm)
	e, err := dir.AddResponder(r.Context(), responderForm(f))
	if err == nil {
		s.done(w, r, "/responders", s.tr(r, "%s answers for %s now.", e.Name, e.Code))
		return
	}
	f.FailFrom(err, "code", "name", "url", "token")
	s.renderResponders(w, r, http.StatusUnprocessableEntity, respondersPage{Form: f})
}

// responderOf returns the route's entry; it answers and returns nil when there is none.
func (s *Server) responderOf(w http.ResponseWriter, r *http.Request, dir pedigree.Responders) *pedigree.Responder {
	id, err := responderID(r)
	if err == nil {
		var e pedigree.Responder
		if e, err = dir.Responder(r.Context(), id); err == nil {
			return &e
		}
	}
	s.pageError(w, r, err)
	return nil
}

// handleResponderPage shows the form to edit an entry ({action} edit) or asks to confirm its
// removal ({action} remove).
func (s *Server) handleResponderPage(w http.ResponseWriter, r *http.Request) {
	_, dir := s.directoryPage(w, r)
	if dir == nil {
		return
	}
	e := s.responderOf(w, r, dir)
	if e == nil {
		return
	}
	switch chi.URLParam(r, "action") {
	case "edit":
		f := s.newForm(r, map[string][]string{"code": {e.Code}, "name": {e.Name}, "url": {e.URL}})
		s.renderResponders(w, r, http.StatusOK, respondersPage{Edit: e, Form: f})
	case "remove":
		s.renderResponders(w, r, http.StatusOK, respondersPage{Remove: e, Form: s.newForm(r, nil)})
	default:
		s.pageError(w, r, notFound(r))
	}
}

// handleResponderForm saves an edited entry, or removes one once confirmed.
func (s *Server) handleResponderForm(w http.ResponseWriter, r *http.Request) {
	_, dir := s.directoryPage(w, r)
	if dir == nil {
		return
	}
	e := s.responderOf(w, r, dir)
	if e == nil {
		return
	}
	switch chi.URLParam(r, "action") {
	case "edit":
		f := s.newForm(r, r.PostForm)
		saved, err := dir.UpdateResponder(r.Context(), e.ID, responderForm(f))
		if err == nil {
			s.done(w, r, "/responders", s.tr(r, "Saved the entry of %s.", saved.Name))
			return
		}
		f.FailFrom(err, "code", "name", "url", "token")
		s.renderResponders(w, r, http.StatusUnprocessableEntity, respondersPage{Edit: e, Form: f})
	case "remove":
		if err := dir.RemoveResponder(r.Context(), e.ID); err != nil {
			s.pageError(w, r, err)
			return
		}
		s.done(w, r, "/responders", s.tr(r, "Removed the entry of %s: its codes are verified here again.", e.Name))
	default:
		s.pageError(w, r, notFound(r))
	}
}

// forwards reports whether the lookup directory sends gtin's codes to another deployment.
func (s *Server) forwards(r *http.Request, gtin string) bool {
	if s.deps.Responders == nil {
		return false
	}
	_, _, err := s.deps.Responders.ResponderFor(r.Context(), gtin)
	return err == nil
}
