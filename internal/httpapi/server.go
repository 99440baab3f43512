// Package httpapi is pedigree's HTTP surface: the JSON API under /api/v1, the GS1 Digital
// Link resolver (/01/...), the HTML pages, /healthz and /readyz; and apart, for operators,
// /metrics (Server.Operator). Handlers parse their input, call a domain service and render;
// every error leaves as {"error": {"code": "...", "message": "..."}} with the status its code
// maps to.
package httpapi

import (
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/web"
)

// Deps are the services the server calls.
type Deps struct {
	Verifier    pedigree.Verifier
	Tokens      pedigree.Tokens
	Alerts      pedigree.AlertService
	Batches     pedigree.BatchService
	Custody     pedigree.CustodyService
	Provenance  pedigree.ProvenanceService
	Packs       pedigree.PackLocator
	Idempotency Idempotency
	Users       pedigree.Users
	Directory   pedigree.Directory
	// Recalls lists recalled stock (the notice holders see) and the regulator's recall register.
	Recalls pedigree.Recalls
	// People manages the users within organisations (invitations, roles, sessions); nil: the
	// people pages are not served.
	People pedigree.People
	// TokenAdmin lists, creates and revokes organisations' API tokens for the tokens page.
	TokenAdmin pedigree.TokenAdmin
	// Onboarder onboards organisations (regulators); nil: onboarding answers 503.
	Onboarder pedigree.Onboarder
	// Status suspends and reinstates participants with a reason and says why and since when an
	// organisation is suspended (the banner its people see); nil: suspension answers 503.
	Status pedigree.StatusChanges
	// Keys lists, adds and retires participants' signing keys; nil: the keys API answers 503.
	Keys pedigree.KeyService
	// Mailer e-mails one-time links (invitations, password resets) to their person; nil: the
	// pages show the links to pass on.
	Mailer pedigree.Mailer
	// TwoFactor keeps TOTP secrets, recovery codes and sign-ins waiting for a code; nil turns
	// two-factor sign-in off.
	TwoFactor pedigree.TwoFactor
	// Audit records every action of users and API tokens; nil records nothing.
	Audit pedigree.AuditLog
	// Counter keeps the scan page's baskets, action results, pack actions and reports.
	Counter pedigree.CounterStore
	// Facts reads the chain's facts for EPCIS export.
	Facts pedigree.FactReader
	// Containers keeps the cases and pallets (SSCCs) captured documents pack.
	Containers pedigree.ContainerStore
	// Serials guards the serial lists: labels to a batch's manufacturer, each download
	// recorded; one serial's look-up and the record to regulators.
	Serials pedigree.SerialService
	// Catalogue keeps manufacturers' products by GTIN, chosen at registration.
	Catalogue pedigree.Catalogue
	// Responders is the lookup directory the regulator keeps (federation); nil: none.
	Responders pedigree.Responders
	// LMS is what the GS1 verification messaging responder reads besides a verification; nil:
	// verification messages answer 501.
	LMS pedigree.LMSLookup
	// ProductPages says what anyone may know of a product and a batch, for the resolver's
	// product pages and linksets; nil: they name the GTIN alone.
	ProductPages pedigree.ProductPages
	// Indexed waits until the projection holds a block, so a page shown after an action shows
	// its effect; nil means pages do not wait.
	Indexed func(ctx context.Context, block uint64) error
	// Ready reports whether the service can answer: the database reachable and the
	// projection started.
	Ready func(ctx context.Context) error
	// Sign signs an answer's JSON as a compact JWS; JWKS returns the keys that verify it, for
	// /.well-known/jwks.json. Nil Sign leaves answers unsigned (unit tests of other handlers).
	Sign func(payload []byte) (string, error)
	JWKS func(ctx context.Context) (jws.Set, error)
	// Chain says which chain and contract the answers are about, for /.well-known/gs1resolver.
	Chain func(ctx context.Context) (chainID uint64, contract pedigree.Address, err error)
	// Indexing reports whether this instance runs the indexer now; /readyz says so.
	Indexing func() bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// BaseURL is the public URL labels' QR codes point at, without a trailing slash; "" means
	// the URL the request came to.
	BaseURL string
	// PublicRPCURL is a JSON-RPC URL of the chain that browsers may use, which the verdict
	// page suggests for checking its answer ("check it yourself"); "" suggests none.
	PublicRPCURL string
	// AnonymousLimit bounds verifications without an API token or a session per client
	// address (the API, the resolver, the scan page); zero values are the defaults, 30 at once
	// then one a second.
	AnonymousLimit RateLimit
	// ImageLimit bounds the images decoded for visitors per client address (a camera frame
	// takes one, a photo photoCost); zero values are the defaults, 30 at once then two a
	// second.
	ImageLimit RateLimit
	// Unavailable reports whether an error means the database is not answering (down,
	// restarting, unreachable): such an answer is 503 with Retry-After, not 500. Nil: none is.
	Unavailable func(error) bool
}

// Idempotency remembers answers to requests sent with an Idempotency-Key.
type Idempotency interface {
	Begin(ctx context.Context, org int64, key string, requestHash []byte) (status int, body []byte, replay bool, err error)
	Finish(ctx context.Context, org int64, key string, status int, body []byte) error
	Release(ctx context.Context, org int64, key string) error
}

// Server serves pedigree's HTTP surface.
type Server struct {
	log       *slog.Logger
	deps      Deps
	parser    gs1.Parser
	templates map[string]*template.Template            // the public templates (the verdict page), by language code
	pages     map[string]map[string]*template.Template // the web pages, by language code and name
	static    http.Handler
	metrics   *metrics
	anonymous *limiter // anonymous verifications per client address; nil: unlimited
	images    *limiter // images decoded for visitors per client address; nil: unlimited
	router    chi.Router
	operator  chi.Router
}

// maxBody is the most a JSON request body may hold; a code is a few hundred bytes.
const maxBody = 64 << 10

// NewServer returns the server; it parses the templates now, so a broken one fails here.
func NewServer(log *slog.Logger, deps Deps) (*Server, error) {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if _, err := loadCatalogue(); err != nil {
		return nil, fmt.Errorf("load the message catalogue: %w", err)
	}
	templates, pages := map[string]*template.Template{}, map[string]map[string]*template.Template{}
	for _, l := range languages {
		t, err := template.New("").Funcs(templateFuncs).Funcs(l.funcs()).ParseFS(web.FS, "templates/*.html")
		if err != nil {
			return nil, fmt.Errorf("parse templates: %w", err)
		}
		p, err := parsePages(l)
		if err != nil {
			return nil, fmt.Errorf("parse page templates: %w", err)
		}
		templates[l.Code], pages[l.Code] = t, p
	}
	static, err := fs.Sub(web.FS, "static")
	if err != nil {
		return nil, err
	}
	s := &Server{
		log: log, deps: deps, templates: templates, pages: pages, metrics: newMetrics(),
		anonymous: newLimiter(deps.AnonymousLimit, DefaultAnonymousBurst, DefaultAnonymousEvery, deps.Now),
		images:    newLimiter(deps.ImageLimit, DefaultImageBurst, DefaultImageEvery, deps.Now),
		parser:    gs1.Parser{Now: deps.Now},
		static:    http.StripPrefix("/static/", http.FileServerFS(static)),
	}
	s.router, s.operator = s.routes(), s.operatorRoutes()
	return s, nil
}

// ServeHTTP implements http.Handler: the public surface.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }

// Operator returns the operator's handler: /metrics, /healthz and /readyz, for an address
// the public does not reach.
func (s *Server) Operator() http.Handler { return s.operator }
