package httpapi

import (
	"net/http"
	"strconv"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Managing two-factor sign-in once it is on: a user turns it off (their password and a
// current code) or replaces their recovery codes (a current code); an administrator resets a
// colleague's, after a confirmation (people.go's "two-factor" action).

// handleTwoFactorOff turns the user's two-factor sign-in off: password and code required.
func (s *Server) handleTwoFactorOff(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r)
	if u == nil {
		return
	}
	tf, err := s.twoFactor()
	if err == nil {
		err = tf.TurnOff(r.Context(), u.User, r.PostFormValue("password"), f.Get("code"))
	}
	if err != nil {
		status, _, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		f.Values.Del("code")
		f.FailFrom(err, "password") // a wrong code is the form's: the page has two code fields
		s.showTwoFactor(w, r, status, f)
		return
	}
	s.done(w, r, enrolPath, s.tr(r, "Two-factor sign-in is off: pedigree asks for your password alone. Your recovery codes no longer work."))
}

// handleNewRecoveryCodes replaces the user's recovery codes, with a current code, and shows
// the new ones once.
func (s *Server) handleNewRecoveryCodes(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r)
	if u == nil {
		return
	}
	tf, err := s.twoFactor()
	var codes []string
	if err == nil {
		codes, err = tf.NewRecoveryCodes(r.Context(), u.User, f.Get("code"))
	}
	if err != nil {
		status, _, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		f.Values.Del("code")
		f.FailFrom(err, "code")
		s.showTwoFactor(w, r, status, f)
		return
	}
	s.render(w, r, http.StatusOK, "twofactor", "Two-factor sign-in", twoFactorPage{
		Status: pedigree.TwoFactorStatus{Enabled: true}, Recovery: codes, Renewed: true, Form: s.newForm(r, nil),
	})
}

// confirmResetPage asks an administrator to confirm resetting a colleague's second factor.
type confirmResetPage struct {
	Person pedigree.Person
}

// resetTwoFactor is the people page's "two-factor" action: without confirm=yes it asks for a
// confirmation; with it, it turns the colleague's two-factor sign-in off.
func (s *Server) resetTwoFactor(w http.ResponseWriter, r *http.Request, u *signedIn, id int64) {
	tf, err := s.twoFactor()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	people, err := s.deps.People.List(r.Context(), u.User.Organisation.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var p *pedigree.Person
	for i := range people {
		if people[i].ID == id {
			p = &people[i]
		}
	}
	if p == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "No such user.")))
		return
	}
	if r.PostFormValue("confirm") != "yes" {
		s.render(w, r, http.StatusOK, "confirmreset", "Reset two-factor sign-in", confirmResetPage{Person: *p})
		return
	}
	if err := tf.Reset(r.Context(), u.User.Organisation.ID, p.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.done(w, r, "/people", s.tr(r, "Two-factor sign-in of %s (user %s) is off: they sign in with their password until they turn it on again.", p.Email, strconv.FormatInt(p.ID, 10)))
}
