package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// routes is every route of the server, in one place.
func (s *Server) routes() chi.Router {
	r := chi.NewRouter()
	r.Use(s.recoverPanics, s.logRequests)

	r.Get("/healthz", s.handleHealth)
	r.Get("/readyz", s.handleReady)
	r.Get("/metrics", s.handleMetrics)
	r.Handle("/static/*", s.static)

	r.Route("/api/v1", func(r chi.Router) {
		r.Post("/verify", s.handleVerify)
		r.Get("/alerts", s.handleAlerts)

		r.Post("/batches", s.handleRegisterBatch)
		r.Get("/batches/{id}", s.handleBatch)
		r.Get("/batches/{id}/labels", s.handleLabels)
		r.Post("/batches/{id}/recall", s.handleRecall)

		r.Get("/tokens/{id}", s.handleToken)
		r.Post("/tokens/{id}/split", s.handleSplit)
		r.Post("/tokens/{id}/ship", s.handleShip)
		r.Post("/tokens/{id}/accept", s.handleAccept)
		r.Post("/tokens/{id}/cancel", s.handleCancel)

		r.Post("/packs/state", s.handlePackState)
		r.Post("/packs/undo", s.handleUndo)

		r.Post("/participants", s.handleRegisterParticipant)
		r.Post("/participants/{account}/suspend", s.handleSuspend)
		r.Post("/participants/{account}/reinstate", s.handleReinstate)
	})

	// The GS1 Digital Link resolver: /01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?17=...],
	// on this host or under any path prefix a label was printed with.
	r.Get("/01/*", s.handleResolver)
	r.Get("/*", s.handleResolverOrNotFound)

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errorf(http.StatusNotFound, "not_found", "there is nothing at %s", r.URL.Path))
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errorf(http.StatusMethodNotAllowed, "method_not_allowed", "%s is not allowed on %s", r.Method, r.URL.Path))
	})
	return r
}
