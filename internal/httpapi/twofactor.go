package httpapi

import (
	"encoding/base64"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Two-factor sign-in. After the right password, a user with TOTP on gets no session: the
// browser holds a pending sign-in's token (a cookie for /login only, PendingLoginTTL long)
// and the code page asks for the code or a recovery code, which the store rate-limits per
// user. A user whose organisation requires two-factor sign-in of them and who has none yet is
// sent to enrol before any other page.

// pendingCookie holds a pending sign-in's secret token between the password and the code.
const pendingCookie = "pedigree_pending"

// enrolPath is the page where a user turns two-factor sign-in on.
const enrolPath = "/account/two-factor"

// secondFactor continues a sign-in whose password was right, before the session cookie is
// set: for a user with two-factor sign-in on, it ends the session Login started (its token
// never reaches the browser), starts a pending sign-in and sends the browser to the code page,
// and reports true. It reports false when the sign-in may go on as it is.
func (s *Server) secondFactor(w http.ResponseWriter, r *http.Request, token string, sess pedigree.Session, next string) bool {
	if s.deps.TwoFactor == nil {
		return false
	}
	st, err := s.deps.TwoFactor.Status(r.Context(), sess.User)
	if err == nil && !st.Enabled {
		return false
	}
	// Whatever happens now, the password's session is not the user's to keep.
	if lerr := s.deps.Users.Logout(r.Context(), token); lerr != nil && err == nil {
		err = lerr
	}
	var pending string
	if err == nil {
		pending, err = s.deps.TwoFactor.Begin(r.Context(), sess.User.ID)
	}
	if err != nil {
		s.pageError(w, r, err)
		return true
	}
	http.SetCookie(w, &http.Cookie{
		Name: pendingCookie, Value: pending, Path: "/login", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteStrictMode, MaxAge: int(pedigree.PendingLoginTTL / time.Second),
	})
	to := "/login/code"
	if next != "" {
		to += "?next=" + url.QueryEscape(next)
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
	return true
}

// handleCodePage asks for the second factor of a pending sign-in.
func (s *Server) handleCodePage(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie(pendingCookie); err != nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "logincode", "Sign in: code", loginPage{Form: s.newForm(r, nil), Next: safeNext(r.URL.Query().Get("next"))})
}

// handleCode finishes a pending sign-in with a code from the user's app or a recovery code.
func (s *Server) handleCode(w http.ResponseWriter, r *http.Request) {
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	f := s.newForm(r, url.Values{"next": r.PostForm["next"]}) // the code is never sent back
	next := safeNext(f.Get("next"))
	c, err := r.Cookie(pendingCookie)
	if err != nil || c.Value == "" || s.deps.TwoFactor == nil {
		s.flash(w, r, s.tr(r, "Your sign-in has expired: sign in again with your password."))
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	code := strings.TrimSpace(r.PostForm.Get("code"))
	if code == "" {
		f.Fail("code", s.tr(r, "Enter the code your app shows, or a recovery code."))
		s.render(w, r, http.StatusUnprocessableEntity, "logincode", "Sign in: code", loginPage{Form: f, Next: next})
		return
	}
	token, sess, err := s.deps.TwoFactor.Complete(r.Context(), c.Value, code, clientAddress(r))
	if err != nil {
		if pedigree.ErrorMessage(err) == "your sign-in has expired: sign in again with your password" {
			s.clearPending(w, r)
			s.flash(w, r, capitalise(pedigree.ErrorMessage(err)))
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		status, message, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		f.Fail("", strings.TrimPrefix(message, "Code: "))
		s.render(w, r, status, "logincode", "Sign in: code", loginPage{Form: f, Next: next})
		return
	}
	noteActor(r, userActor(sess.User))
	if old := user(r); old != nil {
		_ = s.deps.Users.Logout(r.Context(), old.token)
	}
	s.clearPending(w, r)
	s.setSession(w, r, token)
	if next == "" {
		next = homeFor(&signedIn{Session: sess})
	}
	s.done(w, r, next, s.tr(r, "Signed in as %s of %s.", sess.User.Name, sess.User.Organisation.Name))
}

func (s *Server) clearPending(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: pendingCookie, Value: "", Path: "/login", HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode, MaxAge: -1})
}

// requireSecondFactor sends a signed-in user whose organisation requires two-factor sign-in
// of them, and who has not turned it on, to the enrolment page before any other page.
func (s *Server) requireSecondFactor(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := user(r)
		if u == nil || s.deps.TwoFactor == nil || r.URL.Path == enrolPath || r.URL.Path == "/logout" {
			next.ServeHTTP(w, r)
			return
		}
		st, err := s.deps.TwoFactor.Status(r.Context(), u.User)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if st.Required && !st.Enabled {
			s.flash(w, r, s.tr(r, "%s requires two-factor sign-in: turn it on to go on.", u.User.Organisation.Name))
			http.Redirect(w, r, enrolPath, http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// twoFactorPage is what the enrolment page shows.
type twoFactorPage struct {
	Admin    bool // the user may set the organisation's requirement
	Status   pedigree.TwoFactorStatus
	Secret   string // base32, to type into an app that cannot scan
	URI      string
	QR       template.URL // the URI as a QR code, a data: URL of a PNG made here
	Recovery []string
	Renewed  bool // Recovery replaces earlier codes
	Form     *form
}

// handleTwoFactorPage shows the user's two-factor status, and to a user without it the
// secret to add to an authenticator app.
func (s *Server) handleTwoFactorPage(w http.ResponseWriter, r *http.Request) {
	s.showTwoFactor(w, r, http.StatusOK, s.newForm(r, nil))
}

func (s *Server) showTwoFactor(w http.ResponseWriter, r *http.Request, status int, f *form) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	if s.deps.TwoFactor == nil {
		s.pageError(w, r, errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "%s", s.tr(r, "Two-factor sign-in is not available on this service.")))
		return
	}
	st, err := s.deps.TwoFactor.Status(r.Context(), u.User)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := twoFactorPage{Status: st, Form: f, Admin: pedigree.CanDo(u.User.Role, pedigree.ActManagePeople)}
	if !st.Enabled {
		if data.Secret, data.URI, err = s.deps.TwoFactor.Enrol(r.Context(), u.User); err != nil {
			s.pageError(w, r, err)
			return
		}
		png, err := label.QR(data.URI, 256)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		data.QR = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png))
	}
	s.render(w, r, status, "twofactor", "Two-factor sign-in", data)
}

// handleTwoFactorConfirm turns two-factor sign-in on with a code of the new secret and shows
// the recovery codes, once.
func (s *Server) handleTwoFactorConfirm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r)
	if u == nil {
		return
	}
	if s.deps.TwoFactor == nil {
		s.pageError(w, r, errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "%s", s.tr(r, "Two-factor sign-in is not available on this service.")))
		return
	}
	codes, err := s.deps.TwoFactor.Confirm(r.Context(), u.User, f.Get("code"))
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
		Status: pedigree.TwoFactorStatus{Enabled: true}, Recovery: codes, Form: s.newForm(r, nil),
	})
}

// handleTwoFactorRequirement lets an organisation's administrator require two-factor sign-in
// of its administrators, or stop requiring it.
func (s *Server) handleTwoFactorRequirement(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r)
	if u == nil {
		return
	}
	switch {
	case s.deps.TwoFactor == nil:
		s.pageError(w, r, errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "%s", s.tr(r, "Two-factor sign-in is not available on this service.")))
		return
	case !pedigree.CanDo(u.User.Role, pedigree.ActManagePeople):
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "Only an administrator of %s may change what it requires.", u.User.Organisation.Name)))
		return
	}
	required := f.Get("required") == "on"
	if err := s.deps.TwoFactor.SetRequired(r.Context(), u.User.Organisation.ID, required); err != nil {
		s.pageError(w, r, err)
		return
	}
	message := s.tr(r, "%s no longer requires two-factor sign-in of its administrators.", u.User.Organisation.Name)
	if required {
		message = s.tr(r, "%s requires two-factor sign-in of its administrators: those without it are asked to turn it on at their next page.", u.User.Organisation.Name)
	}
	s.done(w, r, enrolPath, message)
}
