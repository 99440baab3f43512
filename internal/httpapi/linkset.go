package httpapi

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The GS1-conformant resolver (GS1 resolver standard 1.x): every Digital Link URI has a
// linkset (RFC 9264) of links at each level up to the primary key; linkType picks one (a 307
// to it) or asks for the linkset; the default link, for a pack, is this service's verdict
// page, served at the URI itself rather than redirected to.

// GS1 link types, as the linkset names them (the GS1 Web Vocabulary's namespace).
const (
	vocab                  = "https://ref.gs1.org/voc/"
	relDefaultLink         = vocab + "defaultLink"
	relPIP                 = vocab + "pip"
	relEPIL                = vocab + "epil"
	relRecallStatus        = vocab + "recallStatus"
	relVerificationService = vocab + "verificationService"
)

// linksetContext is the JSON-LD context of GS1 linksets, which a linkset's Link header names.
const linksetContext = "https://gs1.github.io/linkset/linksetContext.jsonld"

// resolverMethods are the methods the resolver answers, as CORS and Allow say them.
const resolverMethods = "GET, HEAD, OPTIONS"

// link is a target of a linkset.
type link struct {
	Href  string `json:"href"`
	Title string `json:"title"`
	Type  string `json:"type,omitempty"`
}

// linksetEntry is the links of one identified entity (a level of the Digital Link).
type linksetEntry struct {
	Anchor          string
	ItemDescription string
	Links           map[string][]link // by link relation type (a full GS1 vocabulary URI)
}

// MarshalJSON writes the entry as RFC 9264 and GS1's schema have it: the relation types as
// members beside anchor and itemDescription.
func (e linksetEntry) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(e.Links)+2)
	m["anchor"], m["itemDescription"] = e.Anchor, e.ItemDescription
	for rel, links := range e.Links {
		m[rel] = links
	}
	return json.Marshal(m)
}

// linkset is a resolver's answer to linkType=linkset: most specific entity first.
type linkset struct {
	Linkset []linksetEntry `json:"linkset"`
}

// resolved is the Digital Link a resolver request asks about.
type resolved struct {
	code gs1.Code
	// stem is the scheme, host and path prefix of the request's URI; levels are the URIs of
	// its entities, most specific first (gs1.Code.Levels), all uncompressed.
	stem   string
	levels []string
	// sameAs is the uncompressed URI of a compressed request, "" for an uncompressed one.
	sameAs string
}

// parseResolverURI reads a resolver request's URI: a trailing slash tolerated, compressed or
// not. It returns the code, the URI's path (uncompressed), and for a compressed URI its
// uncompressed form without the query (sameAs). Errors are *gs1.Error: a syntactically bad URI.
func (s *Server) parseResolverURI(uri string) (code gs1.Code, path, sameAs string, err error) {
	path, query, hasQuery := strings.Cut(uri, "?")
	if strings.HasSuffix(path, "/") && strings.Count(path, "/") > 3 {
		path = strings.TrimRight(path, "/")
	}
	uri = path
	if hasQuery {
		uri += "?" + query
	}
	code, err = s.parser.ParseDigitalLink(uri)
	if err != nil && gs1.IsCompressed(uri) {
		if full, derr := gs1.Decompress(uri); derr == nil {
			if code, err = s.parser.ParseDigitalLink(full); err == nil {
				sameAs, _, _ = strings.Cut(full, "?")
				path = sameAs
			}
		}
	}
	return code, path, sameAs, err
}

// resolve reads the request's Digital Link (parseResolverURI) and its levels.
func (s *Server) resolve(r *http.Request) (resolved, error) {
	var out resolved
	code, path, sameAs, err := s.parseResolverURI(requestURL(r))
	if err != nil {
		return out, err
	}
	out.sameAs = sameAs
	out.code = code
	// The stem is the path without the entity's /AI/value pairs.
	pairs := len(code.Levels(""))
	stem := path
	for range 2 * pairs {
		k := strings.LastIndexByte(stem, '/')
		if k < 0 { // cannot be: the parser read the pairs from this path
			return out, errorf(http.StatusBadRequest, pedigree.EINVALIDCODE, "the Digital Link's path does not hold its identifiers")
		}
		stem = stem[:k]
	}
	if base, err := url.Parse(s.deps.BaseURL); err == nil && s.deps.BaseURL != "" {
		// Behind a proxy the request's own scheme and host are not the public ones.
		rest, _ := strings.CutPrefix(stem, strings.TrimSuffix(requestURL(r), r.URL.RequestURI()))
		stem = base.Scheme + "://" + base.Host + rest
	}
	out.stem, out.levels = stem, code.Levels(stem)
	return out, nil
}

// setResolverHeaders sets what every resolver answer carries: CORS for any origin, and the
// Link to the linkset (and to the uncompressed URI of a compressed request).
func setResolverHeaders(w http.ResponseWriter, d *resolved) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "Link, Location")
	h.Add("Vary", "Accept")
	if d == nil {
		return
	}
	h.Add("Link", "<"+d.levels[0]+"?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"")
	if d.sameAs != "" {
		h.Add("Link", "<"+d.sameAs+">; rel=\"owl:sameAs\"")
	}
}

// linkTypeName returns the name of a requested link type in the GS1 vocabulary ("pip" for
// gs1:pip, https://ref.gs1.org/voc/pip or https://gs1.org/voc/pip), as it is otherwise.
func linkTypeName(lt string) string {
	for _, ns := range [...]string{"gs1:", "https://ref.gs1.org/voc/", "http://ref.gs1.org/voc/", "https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/"} {
		if name, ok := strings.CutPrefix(lt, ns); ok {
			return name
		}
	}
	return lt
}

// wantsLinkset reports whether the request asks for the linkset: linkType=linkset (or
// linkType=all, its name before resolver standard 1.0), or Accept: application/linkset+json
// with no other link type asked for.
func wantsLinkset(r *http.Request) bool {
	switch lt := linkTypeName(r.URL.Query().Get("linkType")); lt {
	case "linkset", "all":
		return true
	case "":
		return strings.Contains(r.Header.Get("Accept"), "application/linkset+json")
	}
	return false
}

// buildLinkset returns the links of every level of d: the pack's verdict page and
// verification service; the batch's page, which says its recall status; the product's page
// and its patient leaflet. Only what anyone may know: no holder, no serial but the asker's.
func (s *Server) buildLinkset(r *http.Request, d resolved, p pedigree.PublicProduct) linkset {
	c := d.code
	name := p.Product.String()
	if name == "" {
		name = "GTIN " + c.GTIN
	}
	var out linkset
	add := func(anchor, description string, links map[string][]link) {
		out.Linkset = append(out.Linkset, linksetEntry{Anchor: anchor, ItemDescription: description, Links: links})
	}
	level := 0
	if c.Serial != "" {
		add(d.levels[level], s.tr(r, "%s, lot %s, serial %s", name, c.Lot, c.Serial), map[string][]link{
			relDefaultLink:         {{Href: d.levels[level], Title: s.tr(r, "Is this pack genuine? The verdict on it")}},
			relVerificationService: {{Href: d.levels[level] + "?linkType=verificationService", Title: s.tr(r, "GS1 verification messaging, for trading partners with an API token"), Type: "application/json"}},
		})
		level++
	}
	if c.Lot != "" {
		links := map[string][]link{relDefaultLink: {{Href: d.levels[level], Title: s.tr(r, "Batch %s of %s", c.Lot, name)}}}
		if p.Batch != nil {
			links[relRecallStatus] = []link{{Href: d.levels[level] + "#recall", Title: s.tr(r, "Is batch %s recalled?", c.Lot)}}
		}
		add(d.levels[level], s.tr(r, "%s, lot %s", name, c.Lot), links)
		level++
	}
	for ; level < len(d.levels)-1; level++ { // a CPV or TPX level: its page is the product's
		add(d.levels[level], name, map[string][]link{relDefaultLink: {{Href: d.levels[len(d.levels)-1], Title: name}}})
	}
	gtin := d.levels[len(d.levels)-1]
	links := map[string][]link{
		relDefaultLink: {{Href: gtin, Title: name}},
		relPIP:         {{Href: gtin, Title: s.tr(r, "Product information: %s", name), Type: "text/html"}},
	}
	if p.Leaflet != "" {
		links[relEPIL] = []link{{Href: p.Leaflet, Title: s.tr(r, "Patient leaflet")}}
	}
	add(gtin, name, links)
	return out
}

// linkTypes lists the link types of ls, for a 404 naming those there are.
func linkTypes(ls linkset) []string {
	var out []string
	for _, e := range ls.Linkset {
		for rel := range e.Links {
			if name := "gs1:" + strings.TrimPrefix(rel, vocab); !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	out = append(out, "gs1:verificationService", "linkset")
	slices.Sort(out)
	return slices.Compact(out)
}

// findLink returns the first link of type rel from the most specific level up.
func findLink(ls linkset, rel string) (link, bool) {
	for _, e := range ls.Linkset {
		if l := e.Links[rel]; len(l) > 0 {
			return l[0], true
		}
	}
	return link{}, false
}

// passQuery returns href with the request's query string passed on, but for linkType (which
// asked for the link, and would ask again).
func passQuery(href string, q url.Values) string {
	q = maps.Clone(q)
	q.Del("linkType")
	if len(q) == 0 {
		return href
	}
	sep := "?"
	if strings.Contains(href, "?") {
		sep = "&"
	}
	return href + sep + q.Encode()
}

// writeLinkset answers with the linkset of d.
func (s *Server) writeLinkset(w http.ResponseWriter, r *http.Request, ls linkset) {
	b, err := json.Marshal(ls)
	if err != nil {
		s.error(w, r, err)
		return
	}
	h := w.Header()
	h.Add("Link", "<"+linksetContext+">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"")
	h.Set("Content-Type", "application/linkset+json")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b)
	}
}

// productPage is what the product page shows: the product of a Digital Link without a
// serial, and its batch when a lot is given.
type productPage struct {
	P     pedigree.PublicProduct
	Title string
	Class string
	Lot   string
	Path  string
}

// renderProduct answers a Digital Link naming a product or a batch, not a pack: its page.
// An unknown product or lot is an answer (it may be counterfeit), not an error: 200, as a
// verdict is, and a resolver walks up to the product rather than answer 404.
func (s *Server) renderProduct(w http.ResponseWriter, r *http.Request, d resolved, p pedigree.PublicProduct) {
	page := productPage{P: p, Title: p.Product.String(), Class: "ok", Lot: d.code.Lot, Path: r.URL.RequestURI()}
	switch {
	case !p.Known:
		page.Title, page.Class = s.tr(r, "Unknown product"), "bad"
	case d.code.Lot != "" && p.Batch == nil, p.Batch != nil && p.Batch.Recall != 0:
		page.Class = "bad"
	}
	if page.Title == "" {
		page.Title = "GTIN " + p.GTIN
	}
	w.Header().Set("Cache-Control", "no-cache")
	if wantsJSON(r) {
		writeJSON(w, http.StatusOK, publicProductJSON(p))
		return
	}
	s.writeTemplate(w, r, http.StatusOK, "product", page) // HEAD: net/http drops the body
}

// publicProductJSON is the product page as JSON.
func publicProductJSON(p pedigree.PublicProduct) any {
	type batch struct {
		Lot          string        `json:"lot"`
		Expiry       pedigree.Date `json:"expiry"`
		Recalled     bool          `json:"recalled"`
		RecallReason string        `json:"recall_reason,omitempty"`
	}
	out := struct {
		GTIN         string           `json:"gtin"`
		Known        bool             `json:"known"`
		Product      pedigree.Product `json:"product,omitzero"`
		Manufacturer string           `json:"manufacturer,omitempty"`
		Leaflet      string           `json:"leaflet_url,omitempty"`
		Batch        *batch           `json:"batch,omitempty"`
	}{GTIN: p.GTIN, Known: p.Known, Product: p.Product, Manufacturer: p.Manufacturer, Leaflet: p.Leaflet}
	if b := p.Batch; b != nil {
		out.Batch = &batch{Lot: b.Lot, Expiry: b.Expiry, Recalled: b.Recall != 0, RecallReason: b.Recall.String()}
	}
	return out
}
