package httpapi

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleHealth says the process is up.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleReady says whether the service can answer: its database and projection are there.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	if s.deps.Ready != nil {
		if err := s.deps.Ready(r.Context()); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "error": map[string]string{
				"code": pedigree.EUNAVAILABLE, "message": pedigree.ErrorMessage(err)}})
			return
		}
	}
	out := map[string]string{"status": "ready"}
	if s.deps.Indexing != nil {
		// Which instance of many follows the chain: for operators, and the fail-over test.
		out["indexer"] = "standby"
		if s.deps.Indexing() {
			out["indexer"] = "this instance"
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// metrics counts requests and verdicts for /metrics, in Prometheus's text format.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, status
	verdicts map[pedigree.Verdict]uint64
	seconds  map[string]float64 // route: total seconds
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, verdicts: map[pedigree.Verdict]uint64{}, seconds: map[string]float64{}}
}

func (m *metrics) request(route string, status int, d time.Duration) {
	m.mu.Lock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	m.seconds[route] += d.Seconds()
	m.mu.Unlock()
}

func (m *metrics) verdict(v pedigree.Verdict) {
	m.mu.Lock()
	m.verdicts[v]++
	m.mu.Unlock()
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	m := s.metrics
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	b.WriteString("# HELP pedigree_http_requests_total HTTP requests by route pattern and status.\n# TYPE pedigree_http_requests_total counter\n")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		fmt.Fprintf(&b, "pedigree_http_requests_total{route=%q,status=%q} %d\n", k[0], k[1], m.requests[k])
	}
	b.WriteString("# HELP pedigree_http_request_seconds_total Time spent answering, by route pattern.\n# TYPE pedigree_http_request_seconds_total counter\n")
	routes := make([]string, 0, len(m.seconds))
	for k := range m.seconds {
		routes = append(routes, k)
	}
	sort.Strings(routes)
	for _, k := range routes {
		fmt.Fprintf(&b, "pedigree_http_request_seconds_total{route=%q} %g\n", k, m.seconds[k])
	}
	b.WriteString("# HELP pedigree_verifications_total Verifications by verdict.\n# TYPE pedigree_verifications_total counter\n")
	for _, v := range pedigree.Verdicts {
		fmt.Fprintf(&b, "pedigree_verifications_total{verdict=%q} %d\n", string(v), m.verdicts[v])
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}
