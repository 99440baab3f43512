package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// defaultPerPage is how many events a page of GET /epcis/events has when perPage is not given.
const defaultPerPage = 100

// eventQuery is a parsed GET /epcis/events: what the store selects, and what only the events
// say (their type, and for pack facts their business step).
type eventQuery struct {
	facts      pedigree.FactQuery
	eventTypes []string
	states     []pedigree.PackState // pack facts of these states only; nil: any
	bizSteps   []string             // events of these business steps (CBV URIs) only; nil: any
	perPage    int
	// fingerprint names the query without its page token: a token is only good for the
	// query that gave it.
	fingerprint string
}

// queryParams are the EPCIS 2.0 query parameters GET /epcis/events takes.
var queryParams = []string{"EQ_bizStep", "MATCH_epc", "MATCH_anyEPC", "GE_eventTime", "LT_eventTime", "eventType", "perPage", "nextPageToken"}

// handleEvents answers an EPCIS 2.0 query (a subset of the REST binding's GET /events) with
// an EPCISQueryDocument of the events the caller may see: a regulator every fact, anyone else
// those about packs it has held or been shipped. The next page, when there is one, is in the
// Link header (rel="next") and GS1-Next-Page-Token.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q, err := s.parseEventQuery(r.Context(), r.URL.Query(), *org)
	if err != nil {
		s.error(w, r, err)
		return
	}
	events, next, err := s.exportEvents(r.Context(), *org, q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if next != nil {
		token := pageToken(*next, q.fingerprint)
		u := *r.URL
		v := u.Query()
		v.Set("nextPageToken", token)
		u.RawQuery = v.Encode()
		w.Header().Set("Link", "<"+u.String()+`>; rel="next"`)
		w.Header().Set("GS1-Next-Page-Token", token)
	}
	writeEPCIS(w, epcis.NewQueryDocument(events, s.deps.Now()))
}

// handleBatchDocument answers the history of a batch as one EPCIS document: every event of
// the batch the caller may see.
func (s *Server) handleBatchDocument(w http.ResponseWriter, r *http.Request) {
	s.epcisDocument(w, r, "batch", s.deps.Facts.BatchRange)
}

// handleShipmentDocument answers a shipment's history as one EPCIS document: every event about
// the packs of the shipped token ({id}) the caller may see, its shipping and receipt included.
func (s *Server) handleShipmentDocument(w http.ResponseWriter, r *http.Request) {
	s.epcisDocument(w, r, "token", s.deps.Facts.TokenRange)
}

func (s *Server) epcisDocument(w http.ResponseWriter, r *http.Request, what string, packs func(context.Context, pedigree.TokenID) (pedigree.BatchPacks, error)) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	pr, err := packs(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q := eventQuery{facts: pedigree.FactQuery{Viewer: *org, Packs: []pedigree.BatchPacks{pr}}, perPage: -1}
	events, _, err := s.exportEvents(r.Context(), *org, q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if len(events) == 0 {
		// Whoever never held any of it is told no more than that the id is unknown to them.
		s.error(w, r, pedigree.Errorf(pedigree.ENOTFOUND, "%s %s is not among what you have held", what, id))
		return
	}
	writeEPCIS(w, epcis.NewDocument(events, s.deps.Now()))
}

func writeEPCIS(w http.ResponseWriter, doc any) {
	w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
	w.Header().Set("GS1-EPCIS-Version", "2.0.0")
	w.Header().Set("GS1-CBV-Version", "2.0.0")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(doc)
}

// exportEvents returns the events of the facts q selects, in chain order: a page of at most
// q.perPage and the position to continue after when there are more, or every one when
// q.perPage < 0.
func (s *Server) exportEvents(ctx context.Context, org pedigree.Organisation, q eventQuery) ([]epcis.Event, *pedigree.FactPosition, error) {
	prefixes, err := s.deps.Facts.CompanyPrefixes(ctx)
	if err != nil {
		return nil, nil, err
	}
	batches := map[pedigree.TokenID]epcis.Packs{}
	serialsOf := func(batch pedigree.TokenID) (epcis.Packs, error) {
		if b, ok := batches[batch]; ok {
			return b, nil
		}
		var b epcis.Packs
		cases, err := s.deps.Containers.Containers(ctx, batch)
		if err != nil {
			return b, err
		}
		b.Cases = cases
		serials, err := s.deps.Packs.Serials(ctx, batch)
		switch pedigree.ErrorCode(err) {
		case "":
			b.Serials = serials
		case pedigree.ENOTFOUND: // not registered through this service: the events count packs
		default:
			return b, err
		}
		_, err = s.deps.Serials.Access(ctx, org, batch, pedigree.SerialsAll)
		switch pedigree.ErrorCode(err) {
		case "":
			b.SGTINs = true
		case pedigree.EFORBIDDEN:
		default:
			return b, err
		}
		batches[batch] = b
		return b, nil
	}

	var out []epcis.Event
	fq := q.facts
	for {
		fq.Limit = pedigree.MaxFactsPerPage
		facts, err := s.deps.Facts.Facts(ctx, fq)
		if err != nil {
			return nil, nil, err
		}
		for i, f := range facts {
			if q.states != nil && f.Kind == pedigree.FactPackState && !slices.Contains(q.states, f.State) {
				continue
			}
			b, err := serialsOf(f.Batch)
			if err != nil {
				return nil, nil, err
			}
			// A registration brings the batch's packing (AggregationEvents) with it.
			var evs []epcis.Event
			for _, e := range append([]epcis.Event{epcis.Map(f, prefixes, b)}, epcis.Aggregations(f, prefixes, b)...) {
				if (len(q.eventTypes) == 0 || slices.Contains(q.eventTypes, e.Type)) && (q.bizSteps == nil || slices.Contains(q.bizSteps, epcis.BizStepURI(e.BizStep))) {
					evs = append(evs, e)
				}
			}
			// A page ends between facts: one fact's events (a batch's packing) are never split,
			// and fill a page alone when they are more than perPage.
			if q.perPage >= 0 && len(out) > 0 && len(out)+len(evs) > q.perPage {
				prev := facts[i-1].FactPosition
				if i == 0 {
					prev = *fq.After
				}
				return out, &prev, nil
			}
			out = append(out, evs...)
		}
		if len(facts) < fq.Limit {
			return out, nil, nil
		}
		last := facts[len(facts)-1].FactPosition
		fq.After = &last
	}
}

// parseEventQuery reads GET /epcis/events's parameters. EINVALID names a parameter that is
// unknown or malformed.
func (s *Server) parseEventQuery(ctx context.Context, v url.Values, org pedigree.Organisation) (eventQuery, error) {
	q := eventQuery{facts: pedigree.FactQuery{Viewer: org}, perPage: defaultPerPage}
	for k := range v {
		if !slices.Contains(queryParams, k) {
			return q, pedigree.Errorf(pedigree.EINVALID, "%s: not a query parameter pedigree takes (%s)", k, strings.Join(queryParams, ", "))
		}
	}
	// list reads a parameter's values: repeated, or separated by "|" as the REST binding does.
	list := func(k string) []string {
		var out []string
		for _, x := range v[k] {
			for _, y := range strings.Split(x, "|") {
				if y = strings.TrimSpace(y); y != "" {
					out = append(out, y)
				}
			}
		}
		return out
	}
	if steps := list("EQ_bizStep"); len(steps) > 0 {
		states, kinds := []pedigree.PackState{}, []pedigree.FactKind{}
		for _, step := range steps {
			k, st := epcis.KindsOf(step)
			kinds, states = append(kinds, k...), append(states, st...)
			q.bizSteps = append(q.bizSteps, epcis.BizStepURI(step))
		}
		if len(kinds) == 0 {
			kinds = []pedigree.FactKind{"none"} // no fact has such a step: an empty answer
		}
		q.facts.Kinds, q.states = kinds, states
	}
	for _, t := range list("eventType") {
		switch t {
		case epcis.ObjectEvent, epcis.AggregationEvent, "TransactionEvent", "TransformationEvent", "AssociationEvent":
			q.eventTypes = append(q.eventTypes, t)
		default:
			return q, pedigree.Errorf(pedigree.EINVALID, "eventType: %q is not an EPCIS event type", t)
		}
	}
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"GE_eventTime", &q.facts.Since}, {"LT_eventTime", &q.facts.Until}} {
		if x := v.Get(p.name); x != "" {
			t, err := time.Parse(time.RFC3339Nano, x)
			if err != nil {
				return q, pedigree.Errorf(pedigree.EINVALID, "%s: %q is not a date and time (RFC 3339, such as 2026-01-31T12:00:00Z)", p.name, x)
			}
			*p.dst = t
		}
	}
	epcs := append(list("MATCH_epc"), list("MATCH_anyEPC")...)
	for _, uri := range epcs {
		ranges, err := s.epcPacks(ctx, uri)
		if err != nil {
			return q, err
		}
		q.facts.Packs = append(q.facts.Packs, ranges...)
	}
	if len(epcs) > 0 && len(q.facts.Packs) == 0 {
		q.facts.Kinds = []pedigree.FactKind{"none"} // no pack has these EPCs: an empty answer
	}
	if x := v.Get("perPage"); x != "" {
		n, err := strconv.Atoi(x)
		if err != nil || n < 1 || n > pedigree.MaxFactsPerPage {
			return q, pedigree.Errorf(pedigree.EINVALID, "perPage: %q is not a number from 1 to %d", x, pedigree.MaxFactsPerPage)
		}
		q.perPage = n
	}
	rest := url.Values{}
	for k, x := range v {
		if k != "nextPageToken" {
			rest[k] = x
		}
	}
	q.fingerprint = rest.Encode()
	if x := v.Get("nextPageToken"); x != "" {
		pos, err := readPageToken(x, q.fingerprint)
		if err != nil {
			return q, err
		}
		q.facts.After = &pos
	}
	return q, nil
}

// epcPacks returns the packs an EPC names: an SGTIN its pack (in each batch that has the
// serial), an LGTIN its whole batch. EINVALID for any other identifier.
func (s *Server) epcPacks(ctx context.Context, uri string) ([]pedigree.BatchPacks, error) {
	key, ok := epcis.ParseKey(uri)
	switch {
	case ok && key.Kind == epcis.KeySGTIN:
		return s.deps.Facts.SerialPacks(ctx, key.GTIN, key.Serial)
	case ok && key.Kind == epcis.KeyLGTIN:
		r, err := s.deps.Facts.LotRange(ctx, key.GTIN, key.Lot)
		if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
			return nil, nil
		}
		return []pedigree.BatchPacks{r}, err
	}
	return nil, pedigree.Errorf(pedigree.EINVALID, "MATCH_epc: %q is not an SGTIN or LGTIN (urn:epc:id:sgtin:..., urn:epc:class:lgtin:... or a GS1 Digital Link)", uri)
}

// pageToken names the position a page ended at, for the query with fingerprint.
func pageToken(pos pedigree.FactPosition, fingerprint string) string {
	sum := sha256.Sum256([]byte(fingerprint))
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "%d.%d.%x", pos.Block, pos.LogIndex, sum[:6]))
}

// readPageToken reads a token pageToken wrote for the query with fingerprint.
func readPageToken(token, fingerprint string) (pedigree.FactPosition, error) {
	var pos pedigree.FactPosition
	bad := pedigree.Errorf(pedigree.EINVALID, "nextPageToken: %q is not a page token of this query (send it with the same other parameters)", token)
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return pos, bad
	}
	var sum string
	if n, err := fmt.Sscanf(string(raw), "%d.%d.%s", &pos.Block, &pos.LogIndex, &sum); err != nil || n != 3 {
		return pos, bad
	}
	if pageToken(pos, fingerprint) != token {
		return pos, bad
	}
	return pos, nil
}
