package httpapi

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// RateLimit bounds what a client address may ask for anonymously with a token bucket: a client
// may make Burst requests at once, then one more each Every. Zero values are the defaults
// (DefaultAnonymousBurst and DefaultAnonymousEvery for verifications, DefaultImageBurst and
// DefaultImageEvery for images); a negative Burst turns the limit off.
type RateLimit struct {
	Burst int
	Every time.Duration
}

// The default limit of anonymous verifications per client address: a patient checks a pack
// or two, a pharmacy's own checks carry its API token or session and are never limited.
const (
	DefaultAnonymousBurst = 30
	DefaultAnonymousEvery = time.Second
)

// The default limit of images decoded for visitors per client address: a camera without
// BarcodeDetector sends a frame every 600 ms while it looks, and a frame takes one token; a
// photo, which may take a second or two of CPU to search, takes photoCost. Pages of a
// signed-in user are not limited.
const (
	DefaultImageBurst = 30
	DefaultImageEvery = 500 * time.Millisecond
	photoCost         = 5
)

// maxClients is how many client addresses a limiter remembers before it forgets those whose
// bucket has refilled, so a crowd of addresses cannot grow it without bound.
const maxClients = 100_000

// limiter is a token bucket per client address. It lives in the memory of one instance: behind
// a load balancer each instance limits on its own, so a client gets up to the limit times the
// instances; that bounds floods well enough without a shared store.
type limiter struct {
	burst float64
	every time.Duration
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// newLimiter returns the limiter l describes, with burst and every for its zero values, on
// clock now; nil when the limit is off.
func newLimiter(l RateLimit, burst int, every time.Duration, now func() time.Time) *limiter {
	if l.Burst < 0 {
		return nil
	}
	if l.Burst == 0 {
		l.Burst = burst
	}
	if l.Every <= 0 {
		l.Every = every
	}
	return &limiter{burst: float64(l.Burst), every: l.Every, now: now, buckets: map[string]bucket{}}
}

// allow takes a token from client's bucket; when there is none, it says how long until there is.
func (l *limiter) allow(client string) (bool, time.Duration) { return l.allowN(client, 1) }

// allowN takes n tokens from client's bucket, or none and says how long until there are n.
func (l *limiter) allowN(client string, n float64) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[client]
	if !ok {
		if len(l.buckets) >= maxClients {
			l.forgetFull(now)
		}
		b = bucket{tokens: l.burst, at: now}
	}
	b = l.refill(b, now)
	n = min(n, l.burst) // a cost above the burst waits for a full bucket
	if b.tokens < n {
		l.buckets[client] = b
		return false, time.Duration((n - b.tokens) * float64(l.every))
	}
	b.tokens -= n
	l.buckets[client] = b
	return true, 0
}

func (l *limiter) refill(b bucket, now time.Time) bucket {
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens = math.Min(l.burst, b.tokens+float64(elapsed)/float64(l.every))
		b.at = now
	}
	return b
}

// forgetFull drops the buckets that have refilled: forgetting them changes nothing.
func (l *limiter) forgetFull(now time.Time) {
	for k, b := range l.buckets {
		if l.refill(b, now).tokens >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// anonymousClient is the key an anonymous caller is limited by: its address, or for IPv6 its
// /64, which one household or phone usually holds whole. Behind a proxy every client shares
// the proxy's address: put the limit at the proxy then, or turn it off here (Burst < 0).
func anonymousClient(r *http.Request) string {
	host := clientAddress(r)
	ip := net.ParseIP(host)
	switch {
	case ip == nil:
		return host
	case ip.To4() != nil: // IPv4, or IPv4 mapped into IPv6
		return ip.To4().String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// limitAnonymous takes a token for an anonymous verification. When the client has used its
// share, it sets Retry-After and returns why, in words; "" when the verification may go on.
func (s *Server) limitAnonymous(w http.ResponseWriter, r *http.Request) string {
	ok, wait := s.anonymous.allow(anonymousClient(r))
	if ok {
		return ""
	}
	return tooManyChecks(retryAfter(w, wait))
}

// limitImages takes cost tokens for an image a visitor asks pedigree to decode; a signed-in
// user's are not limited. When the client has used its share, it sets Retry-After and returns
// why, in words; "" when the decoding may go on.
func (s *Server) limitImages(w http.ResponseWriter, r *http.Request, cost float64) string {
	if user(r) != nil {
		return ""
	}
	ok, wait := s.images.allowN(anonymousClient(r), cost)
	if ok {
		return ""
	}
	if seconds := retryAfter(w, wait); seconds > 1 {
		return s.tr(r, "Too many pictures from your address: try again in %d seconds, or type the code.", seconds)
	}
	return s.tr(r, "Too many pictures from your address: try again in a second, or type the code.")
}

// retryAfter sets Retry-After to wait, in whole seconds (at least one), and returns them.
func retryAfter(w http.ResponseWriter, wait time.Duration) int {
	seconds := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(seconds))
	return seconds
}

// allowAnonymous is limitAnonymous for the API and the resolver: a refusal is a 429, as JSON,
// or as a page for a browser (html).
func (s *Server) allowAnonymous(w http.ResponseWriter, r *http.Request, html bool) bool {
	message := s.limitAnonymous(w, r)
	if message == "" {
		return true
	}
	if !html {
		s.error(w, r, pedigree.Errorf(pedigree.ERATELIMITED, "%s", message))
		return false
	}
	page := verdictPage{Path: r.URL.RequestURI(), Title: "Too many checks", Class: "warn", Icon: "!", Public: true,
		V: pedigree.Verification{Verdict: "RATE_LIMITED", Reasons: []pedigree.Reason{{Message: message}},
			Next: "Wait a moment, then open the pack's code again. A pharmacist can check it for you."}}
	s.writeVerdictPage(w, r, http.StatusTooManyRequests, page)
	return false
}

// tooManyChecks says, in words, that a client checked too many packs and when to try again.
func tooManyChecks(seconds int) string {
	when := strconv.Itoa(seconds) + " seconds"
	if seconds == 1 {
		when = "a second"
	}
	return "Too many checks from your address: try again in " + when + "."
}
