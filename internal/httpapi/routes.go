package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// routes is every route of the server, in one place.
func (s *Server) routes() chi.Router {
	r := chi.NewRouter()
	r.Use(s.secureHeaders, s.recoverPanics, s.logRequests, s.audit, chooseLanguage)

	// /metrics is the operator's (operatorRoutes), never on this public listener.
	r.Get("/healthz", s.handleHealth)
	r.Get("/readyz", s.handleReady)
	r.Handle("/static/*", s.static)
	r.Get("/.well-known/jwks.json", s.handleJWKS)
	r.Get("/.well-known/gs1resolver", s.handleResolverDescription)
	r.Get("/checkConnectivity", s.handleCheckConnectivity) // GS1 verification messaging (lms.go)
	r.Get("/lang/{code}", s.handleLanguage)

	r.Route("/api/v1", func(r chi.Router) {
		r.Post("/verify", s.handleVerify)
		r.Get("/alerts", s.handleAlerts)
		r.Get("/alerts/{id}", s.handleAlert)
		r.Post("/alerts/{id}/status", s.handleAlertStatus)
		r.Post("/alerts/{id}/comments", s.handleAlertComment)

		r.Post("/batches", s.handleRegisterBatch)
		r.Get("/batches/{id}", s.handleBatch)
		r.With(withPolicy(sheetPolicy)).Get("/batches/{id}/labels", s.handleLabels)
		r.Get("/batches/{id}/label-downloads", s.handleLabelDownloads)
		r.Get("/batches/{id}/serials/{serial}", s.handleSerial)
		r.Post("/batches/{id}/recall", s.handleRecall)

		r.Get("/tokens/{id}", s.handleToken)
		r.Post("/tokens/{id}/split", s.handleSplit)
		r.Post("/tokens/{id}/ship", s.handleShip)
		r.Post("/tokens/{id}/accept", s.handleAccept)
		r.Post("/tokens/{id}/cancel", s.handleCancel)

		r.Post("/packs/state", s.handlePackState)
		r.Post("/packs/undo", s.handleUndo)

		r.Post("/participants", s.handleRegisterParticipant)
		r.Post("/participants/{account}/suspend", s.handleStatusChange(pedigree.ActionSuspend))
		r.Post("/participants/{account}/reinstate", s.handleStatusChange(pedigree.ActionReinstate))
		r.Get("/participants/{account}/suspension", s.handleSuspensionAPI)
		r.Get("/participants/{account}/keys", s.handleKeysAPI)
		r.Post("/participants/{account}/keys", s.handleAddKeyAPI)
		r.Post("/participants/{account}/keys/{key}/retire", s.handleRetireKeyAPI)

		r.Get("/prefixes", s.handlePrefixes)
		r.Post("/prefixes", s.handleAssignPrefix)

		r.Post("/organisations", s.handleOnboard)

		r.Get("/audit", s.handleAuditAPI)

		// People, sessions, API tokens and two-factor sign-in (people_api.go): each route's
		// role within the organisation is in apiActions.
		r.Get("/users", s.handleUsersAPI)
		r.Post("/users", s.handleInviteAPI)
		r.Get("/users/{id}", s.handleUserAPI)
		r.Post("/users/{id}/role", s.handleUserActionAPI)
		r.Post("/users/{id}/disable", s.handleUserActionAPI)
		r.Post("/users/{id}/enable", s.handleUserActionAPI)
		r.Post("/users/{id}/reset-link", s.handleUserLinkAPI)
		r.Post("/users/{id}/invitation", s.handleUserLinkAPI)
		r.Get("/users/{id}/sessions", s.handleUserSessionsAPI)
		r.Delete("/users/{id}/sessions/{session}", s.handleEndUserSessionAPI)
		r.Delete("/users/{id}/two-factor", s.handleResetTwoFactorAPI)
		r.Get("/account/sessions", s.handleOwnSessionsAPI)
		r.Delete("/account/sessions/{session}", s.handleEndOwnSessionAPI)
		r.Get("/account/two-factor", s.handleOwnTwoFactorAPI)
		r.Post("/account/two-factor/off", s.handleTwoFactorOffAPI)
		r.Post("/account/two-factor/recovery-codes", s.handleRecoveryCodesAPI)
		r.Get("/api-tokens", s.handleAPITokensAPI)
		r.Post("/api-tokens", s.handleCreateAPITokenAPI)
		r.Delete("/api-tokens/{id}", s.handleRevokeAPITokenAPI)

		// The product catalogue: GTIN to product, kept by the GTIN's manufacturer.
		r.Get("/products", s.handleProducts)
		r.Put("/products/{gtin}", s.handleSaveProduct)

		// Recalls: the regulator's register, and the caller's recalled stock.
		r.Get("/recalls", s.handleRecallsAPI)
		r.Get("/recalls/stock", s.handleRecalledStockAPI)

		// The lookup directory (federation, responders.go): a regulator's.
		r.Get("/responders", s.handleRespondersAPI)
		r.Post("/responders", s.handleAddResponderAPI)
		r.Get("/responders/{id}", s.handleResponderAPI)
		r.Put("/responders/{id}", s.handleUpdateResponderAPI)
		r.Delete("/responders/{id}", s.handleRemoveResponderAPI)
	})

	// EPCIS 2.0 and SSCCs (issue 13): the chain's facts as CBV events, capture, cases and pallets.
	r.Get("/epcis/events", s.handleEvents)
	r.Post("/epcis/capture", s.handleCapture)
	r.Get("/epcis/batches/{id}/document", s.handleBatchDocument)
	r.Get("/epcis/shipments/{id}/document", s.handleShipmentDocument)
	r.Get("/api/v1/batches/{id}/epcis", s.handleBatchDocument)
	r.Get("/api/v1/ssccs/{sscc}", s.handleSSCC)
	r.Post("/api/v1/ssccs/{sscc}/ship", s.handleShipSSCC)
	r.Post("/api/v1/ssccs/{sscc}/accept", s.handleAcceptSSCC)
	r.Post("/api/v1/ssccs/{sscc}/open", s.handleOpenSSCC)
	r.Post("/api/v1/batches/{id}/pack", s.handlePackBatch)
	r.Get("/api/v1/shipments/{id}/transaction", s.handleTransactionAPI)

	// The web pages: sessions from a cookie; every state-changing form same-origin and
	// carrying the session's CSRF token.
	r.Group(func(r chi.Router) {
		r.Use(s.crossOrigin, s.sessions, s.checkCSRF, s.requireSecondFactor)
		r.Get("/", s.handleHome)
		r.Get("/login", s.handleLoginPage)
		r.Post("/login", s.handleLogin)
		r.Get("/login/code", s.handleCodePage)
		r.Post("/login/code", s.handleCode)
		r.Post("/logout", s.handleLogout)
		r.Get(enrolPath, s.handleTwoFactorPage)
		r.Post(enrolPath, s.handleTwoFactorConfirm)
		r.Post(enrolPath+"/requirement", s.handleTwoFactorRequirement)
		r.Post(enrolPath+"/off", s.handleTwoFactorOff)
		r.Post(enrolPath+"/recovery-codes", s.handleNewRecoveryCodes)
		r.Get("/audit", s.handleAuditPage)

		r.Get("/scan", s.handleScanPage)
		r.Post("/scan", s.handleScan)
		r.Post("/scan/photo", s.handleScanPhoto)
		r.Post("/scan/frame", s.handleScanFrame)
		r.Post("/scan/pack", s.handlePackAction)
		r.Post("/scan/basket", s.handleBasket)
		r.Post("/scan/manual", s.handleManual)
		r.Post("/scan/report", s.handleReport)
		r.Get("/scan/mine", s.handleMyScans)

		r.Get("/batches", s.handleBatchesPage)
		r.Get("/batches/new", s.handleRegisterPage)
		r.Post("/batches/new", s.handleRegisterForm)
		r.Get("/batches/{id}", s.handleBatchPage)
		r.With(withPolicy(sheetPolicy), s.notFromAnotherSite).Get("/batches/{id}/labels", s.handleBatchLabels)
		r.Post("/batches/{id}/recall", s.handleRecallForm)
		// Cases and pallets (SSCC) and EPCIS capture (issue 13).
		r.Get("/batches/capture", s.handleCapturePage)
		r.Post("/batches/capture", s.handleCaptureForm)
		r.Post("/batches/{id}/pack", s.handlePackForm)
		r.With(withPolicy(sheetPolicy), s.notFromAnotherSite).Get("/batches/{id}/case-labels", s.handleCaseLabels)
		r.Get("/ssccs/{sscc}", s.handleSSCCPage)
		r.Post("/ssccs/{sscc}/{action}", s.handleSSCCAction)
		r.Get("/products", s.handleProductsPage)
		r.Post("/products", s.handleSaveProductForm)

		r.Get("/shipments", s.handleShipmentsPage)
		r.Post("/shipments/{id}/{action}", s.handleShipmentAction)
		r.Get("/shipments/{id}/transaction", s.handleTransactionPage)

		r.Get("/participants", s.handleParticipantsPage)
		r.Post("/participants", s.handleRegisterParticipantForm)
		r.Get("/participants/{account}/{action}", s.handleStatusPage)
		r.Post("/participants/{account}/{action}", s.handleStatusForm)
		r.Get("/keys", s.handleKeysPage)
		r.Post("/keys", s.handleAddKeyForm)
		r.Get("/keys/{key}/retire", s.handleRetireKeyPage)
		r.Post("/keys/{key}/retire", s.handleRetireKeyForm)
		r.Get("/prefixes", s.handlePrefixesPage)
		r.Post("/prefixes", s.handleAssignPrefixForm)
		r.Get("/responders", s.handleRespondersPage)
		r.Post("/responders", s.handleAddResponderForm)
		r.Get("/responders/{id}/{action}", s.handleResponderPage)
		r.Post("/responders/{id}/{action}", s.handleResponderForm)
		r.Get("/alerts", s.handleAlertsPage)
		r.Get("/alerts/{id}", s.handleAlertPage)
		r.Post("/alerts/{id}/status", s.handleAlertStatusForm)
		r.Post("/alerts/{id}/comments", s.handleAlertCommentForm)

		// Recalls: the register, and returning or destroying recalled stock (confirmed first).
		r.Get("/recalls", s.handleRecallsPage)
		r.Get("/recalls/stock/{id}/{action}", s.handleRecalledStockPage)
		r.Post("/recalls/stock/{id}/{action}", s.handleRecalledStockAction)

		r.Get("/organisations", s.handleOrganisationsPage)
		r.Post("/organisations", s.handleOnboardForm)
		r.Get("/invitations/{token}", s.handleInvitationPage)
		r.Post("/invitations/{token}", s.handleInvitation)
		r.Get("/people", s.handlePeoplePage)
		r.Post("/people", s.handleInvite)
		r.Post("/people/{id}/{action}", s.handlePersonAction)
		r.Post("/sessions/{id}/end", s.handleEndSession)
		r.Get("/account", s.handleAccountPage)
		r.Post("/account/password", s.handlePasswordForm)
		r.Get("/tokens", s.handleTokensPage)
		r.Post("/tokens", s.handleCreateToken)
		r.Post("/tokens/{id}/revoke", s.handleRevokeToken)

		// The GS1 Digital Link resolver: /01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?17=...],
		// on this host or under any path prefix a label was printed with, or compressed.
		r.With(withPolicy(verdictPolicy)).Get("/01/*", s.handleResolver)
		r.With(withPolicy(verdictPolicy)).Get("/*", s.handleResolverOrNotFound)
		r.Head("/01/*", s.handleResolver)
		r.Head("/*", s.handleResolverOrNotFound)
		r.Options("/01/*", s.handleResolver)
		r.Options("/*", s.handleResolverOrNotFound)
	})

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, notFound(r))
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errorf(http.StatusMethodNotAllowed, "method_not_allowed", "%s is not allowed on %s: this address does not take that kind of request", r.Method, r.URL.Path))
	})
	return r
}

// operatorRoutes are the operator's: Prometheus's /metrics, with /healthz and /readyz, on an
// address of their own (PEDIGREE_OPERATOR_HTTP) that the public does not reach.
func (s *Server) operatorRoutes() chi.Router {
	r := chi.NewRouter()
	r.Use(s.secureHeaders, s.recoverPanics)
	r.Get("/metrics", s.handleMetrics)
	r.Get("/healthz", s.handleHealth)
	r.Get("/readyz", s.handleReady)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errorf(http.StatusNotFound, "not_found", "there is nothing at %s: the operator's address serves /metrics, /healthz and /readyz", r.URL.Path))
	})
	return r
}
