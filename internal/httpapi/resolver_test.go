package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/pedigree-rx/pedigree/internal/testkit/epcistest"
)

// TestResolverConformance holds the resolver to the checks of GS1's resolver test suite
// (shared/conformance/digitallink/resolver-testsuite/testcases.json) and the SHALLs of the
// resolver standard (Conformance1_2.txt), each a subtest named after the check's id.
//
// Left out, and why:
//   - isHttps, tlsOK ("SHALL support HTTP over TLS"): TLS is the deployment's (a proxy in
//     front of pedigree serve); the test server speaks plain HTTP.
//   - defaultTarget ("SHALL redirect to the default link"): a pack's default link is this
//     service's own verdict page, at the Digital Link URI itself; it is served there, not
//     redirected to (a redirect to itself would loop). The subtest DefaultLinkIsTheURI checks
//     the default link is the request's URI and that it answers 200 with the verdict. For the
//     same reason qsPassedOn is checked on a link type that redirects (gs1:pip), not on the
//     default.
//   - loForgs1verificationService: linkType=gs1:verificationService is answered here, in GS1
//     verification messaging to a trading partner with an API token (lms.go), not redirected.
//   - loFor<linkType><index>, singleMultiLink: no link type has more than one link, and there
//     is no gs1:defaultLinkMulti.
//   - gs1:handledBy: pedigree does not redirect on a company prefix to another resolver.
//   - rdFile's validation against GS1's description-file schema: the schema is not openly
//     licensed (see the conformance README); the fields the suite and the criteria name are
//     checked instead.
func TestResolverConformance(t *testing.T) {
	f := newFixture(t)
	w := f.w
	base := f.srv.URL
	pack := base + "/01/09506000134352/10/VERIFY/21/" + w.Batch.Serials[52]
	packPath := strings.TrimPrefix(pack, base)
	lot, product := base+"/01/09506000134352/10/VERIFY", base+"/01/09506000134352"
	origin := []string{"Origin", "https://ref.gs1.org/test-suites/resolver/"}
	// The suite follows no redirects.
	noRedirects := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	send := func(t *testing.T, method, path string, header ...string) (int, string, http.Header) {
		t.Helper()
		req, err := http.NewRequest(method, base+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := noRedirects.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	get := func(t *testing.T, path string, header ...string) (int, string, http.Header) {
		t.Helper()
		return send(t, "GET", path, append(origin, header...)...)
	}

	t.Run("rdFile", func(t *testing.T) {
		// The description names the chain, known once the service has checked its node.
		status, body, h := get(t, "/.well-known/gs1resolver", "Accept", "application/json")
		for deadline := time.Now().Add(10 * time.Second); status == 503 && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			status, body, h = get(t, "/.well-known/gs1resolver", "Accept", "application/json")
		}
		var d struct {
			ResolverRoot         string   `json:"resolverRoot"`
			SupportedPrimaryKeys []string `json:"supportedPrimaryKeys"`
			SupportedLinkType    []struct{ Namespace, Prefix string }
			JSONLDContext        string `json:"jsonLdContextLocation"`
		}
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") || json.Unmarshal([]byte(body), &d) != nil {
			t.Fatalf("%d %s: %s", status, h.Get("Content-Type"), body)
		}
		if d.ResolverRoot != base || len(d.SupportedPrimaryKeys) != 1 || d.SupportedPrimaryKeys[0] != "01" || d.JSONLDContext == "" ||
			len(d.SupportedLinkType) == 0 || d.SupportedLinkType[0].Namespace != "https://ref.gs1.org/voc/" {
			t.Errorf("description %s", body)
		}
	})

	t.Run("httpVersion", func(t *testing.T) {
		resp, err := http.Head(pack)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.ProtoMajor < 1 || resp.ProtoMajor == 1 && resp.ProtoMinor < 1 {
			t.Errorf("HTTP %s", resp.Proto)
		}
	})

	// corsCheck, linkOnRedirect, legacyLinkHeaders, methodsCheck: one OPTIONS request.
	t.Run("corsCheck", func(t *testing.T) {
		status, _, h := send(t, "OPTIONS", packPath, append(origin, "Access-Control-Request-Method", "GET,HEAD,OPTIONS")...)
		if status >= 300 || h.Get("Access-Control-Allow-Origin") == "" {
			t.Fatalf("%d %v", status, h)
		}
		t.Run("methodsCheck", func(t *testing.T) {
			for _, m := range []string{"GET", "HEAD", "OPTIONS"} {
				if !strings.Contains(h.Get("Access-Control-Allow-Methods"), m) {
					t.Errorf("Access-Control-Allow-Methods %q lacks %s", h.Get("Access-Control-Allow-Methods"), m)
				}
			}
		})
		t.Run("linkOnRedirect", func(t *testing.T) {
			if !strings.Contains(strings.Join(h.Values("Link"), ","), `rel="linkset"`) {
				t.Errorf("Link %q", h.Values("Link"))
			}
		})
		t.Run("legacyLinkHeaders", func(t *testing.T) {
			if strings.Contains(strings.Join(h.Values("Link"), ","), `rel="gs1:`) {
				t.Errorf("Link %q lists links", h.Values("Link"))
			}
		})
	})

	t.Run("reportWith400", func(t *testing.T) {
		for _, path := range []string{packPath + "/foo", "/01/09506000134353/10/A/21/B", "/01/0950600013435/10/A", "/01/09506000134352/21/B/10/A", "/01/09506000134352/10/A?17=261399"} {
			status, body, _ := get(t, path)
			if status != 400 {
				t.Errorf("%s: %d, want 400 (noErrorWith200: never 200): %.200s", path, status, body)
			}
		}
	})

	t.Run("trailingSlash", func(t *testing.T) {
		for _, q := range []string{"", "?linkType=gs1:pip", "?linkType=linkset"} {
			s1, b1, h1 := get(t, packPath+q, "Accept", "application/json")
			s2, b2, h2 := get(t, packPath+"/"+q, "Accept", "application/json")
			if s1 != s2 || h1.Get("Location") != h2.Get("Location") || strings.Contains(b1, `"verdict"`) != strings.Contains(b2, `"verdict"`) {
				t.Errorf("%q: %d %q / with a slash %d %q: %.200s", q, s1, h1.Get("Location"), s2, h2.Get("Location"), b2)
			}
		}
	})

	t.Run("basicWalkUp", func(t *testing.T) {
		status, body, _ := get(t, "/01/09506000134352/10/KL8G")
		if status == 404 || status >= 400 {
			t.Errorf("%d %.300s", status, body)
		}
		if !strings.Contains(body, "no batch with this lot number") {
			t.Errorf("the page of an unknown lot does not say so: %.500s", body)
		}
	})

	var ls struct {
		Linkset []map[string]json.RawMessage `json:"linkset"`
	}
	var linksetBody []byte
	t.Run("ltLinksetNoRedirect", func(t *testing.T) {
		status, body, h := get(t, packPath+"?linkType=linkset")
		if status != 200 {
			t.Fatalf("%d %s", status, body)
		}
		linksetBody = []byte(body)
		t.Run("declaredContentType", func(t *testing.T) {
			if !strings.HasPrefix(h.Get("Content-Type"), "application/linkset+json") {
				t.Errorf("Content-Type %q", h.Get("Content-Type"))
			}
		})
		t.Run("linksetJsonldCheck", func(t *testing.T) {
			links := strings.Join(h.Values("Link"), ",")
			if !strings.Contains(links, `rel="http://www.w3.org/ns/json-ld#context"`) || !strings.Contains(links, `type="application/ld+json"`) {
				t.Errorf("Link %q", links)
			}
		})
	})
	t.Run("ltAllNoRedirect", func(t *testing.T) {
		if status, body, _ := get(t, packPath+"?linkType=all"); status != 200 || !strings.Contains(body, `"linkset"`) {
			t.Errorf("%d %.200s", status, body)
		}
	})
	t.Run("ltAcceptHeader", func(t *testing.T) {
		status, body, h := get(t, packPath+"?linkType=all", "Accept", "application/linkset+json")
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/linkset+json") {
			t.Errorf("%d %s %.200s", status, h.Get("Content-Type"), body)
		}
		if status, body, _ := get(t, packPath, "Accept", "application/linkset+json"); status != 200 || string(linksetBody) != body {
			t.Errorf("Accept alone: %d %.200s", status, body)
		}
	})

	t.Run("validLinkset", func(t *testing.T) {
		if err := validateLinkset(t, linksetBody); err != nil {
			t.Fatalf("%v\n%s", err, linksetBody)
		}
		if err := json.Unmarshal(linksetBody, &ls); err != nil {
			t.Fatal(err)
		}
	})

	// The SHALL on linkType=linkset (all): links at each level up to the primary key, with the
	// uncompressed URI as the subject; and what pedigree puts at each level.
	t.Run("LinksAtEveryLevel", func(t *testing.T) {
		want := []struct {
			anchor string
			rels   []string
		}{
			{pack, []string{"defaultLink", "verificationService"}},
			{lot, []string{"defaultLink", "recallStatus"}},
			{product, []string{"defaultLink", "pip"}},
		}
		if len(ls.Linkset) != len(want) {
			t.Fatalf("%d entities, want %d: %s", len(ls.Linkset), len(want), linksetBody)
		}
		for i, w := range want {
			var anchor string
			_ = json.Unmarshal(ls.Linkset[i]["anchor"], &anchor)
			if anchor != w.anchor {
				t.Errorf("entity %d: anchor %q, want %q", i, anchor, w.anchor)
			}
			for _, rel := range w.rels {
				if _, ok := ls.Linkset[i]["https://ref.gs1.org/voc/"+rel]; !ok {
					t.Errorf("%s has no gs1:%s", anchor, rel)
				}
			}
		}
		if bytes.Contains(linksetBody, []byte("Corner Pharmacy")) || bytes.Contains(linksetBody, []byte(w.Batch.Serials[51])) {
			t.Error("the public linkset names a holder or another pack's serial")
		}
	})

	// defaultLinkExists, singleDefaulLink: one default link per entity, with a title and no
	// other attribute.
	t.Run("defaultLinkExists", func(t *testing.T) {
		for _, e := range ls.Linkset {
			var links []map[string]any
			if err := json.Unmarshal(e["https://ref.gs1.org/voc/defaultLink"], &links); err != nil || len(links) != 1 {
				t.Errorf("%s: default links %s", e["anchor"], e["https://ref.gs1.org/voc/defaultLink"])
				continue
			}
			if len(links[0]) != 2 || links[0]["href"] == nil || links[0]["title"] == "" {
				t.Errorf("%s: default link %v: href and title only", e["anchor"], links[0])
			}
		}
	})

	t.Run("DefaultLinkIsTheURI", func(t *testing.T) {
		if href := firstHref(t, ls.Linkset[0], "defaultLink"); href != pack {
			t.Errorf("the pack's default link is %q, not its URI", href)
		}
		status, body, _ := get(t, packPath, "Accept", "text/html")
		if status != 200 || !strings.Contains(body, "verdict") {
			t.Errorf("%d %.300s", status, body)
		}
	})

	t.Run("linkTypesDefined", func(t *testing.T) {
		vocabulary := linkTypeVocabulary(t)
		for _, e := range ls.Linkset {
			for rel := range e {
				if name, ok := strings.CutPrefix(rel, "https://ref.gs1.org/voc/"); ok && !vocabulary["gs1:"+name] {
					t.Errorf("gs1:%s is not a link type of the GS1 Web Vocabulary", name)
				}
			}
		}
	})

	// loFor<linkType>: each link type of the linkset redirects to its link; the vocabulary's
	// namespace in any of its spellings.
	for _, lt := range []string{"gs1:defaultLink", "gs1:recallStatus", "gs1:pip", "https://ref.gs1.org/voc/pip", "https://gs1.org/voc/pip"} {
		t.Run("loFor"+lt, func(t *testing.T) {
			name := lt[strings.LastIndexAny(lt, ":/")+1:]
			want := ""
			for _, e := range ls.Linkset {
				if _, ok := e["https://ref.gs1.org/voc/"+name]; ok {
					want = firstHref(t, e, name)
					break
				}
			}
			status, body, h := get(t, packPath+"?linkType="+lt)
			if status != 307 || h.Get("Location") != want {
				t.Errorf("%d Location %q, want 307 to %q: %.200s", status, h.Get("Location"), want, body)
			}
			if !strings.Contains(strings.Join(h.Values("Link"), ","), `rel="linkset"`) {
				t.Error("a redirect without the Link to the linkset")
			}
		})
	}

	t.Run("qsPassedOn", func(t *testing.T) {
		status, _, h := get(t, packPath+"?linkType=gs1:pip&foo=bar")
		if status != 307 || !strings.Contains(h.Get("Location"), "foo=bar") {
			t.Errorf("%d Location %q", status, h.Get("Location"))
		}
	})

	t.Run("specificLinkTypeNotFound", func(t *testing.T) {
		status, body, _ := get(t, packPath+"?linkType=gs1:nosuchlt", "Accept", "application/json")
		if status != 404 || !strings.Contains(body, "gs1:pip") || !strings.Contains(body, "gs1:defaultLink") {
			t.Errorf("%d %s", status, body)
		}
	})

	t.Run("HEAD", func(t *testing.T) {
		var before, after int
		count := func(n *int) {
			if err := w.Pool.QueryRow(t.Context(), `SELECT count(*) FROM scans`).Scan(n); err != nil {
				t.Fatal(err)
			}
		}
		count(&before)
		status, body, h := send(t, "HEAD", packPath)
		count(&after)
		if status != 200 || body != "" || !strings.Contains(strings.Join(h.Values("Link"), ","), `rel="linkset"`) {
			t.Errorf("%d %q %v", status, body, h)
		}
		if after != before {
			t.Error("a HEAD request was logged as a scan")
		}
		if status, _, h := send(t, "HEAD", packPath+"?linkType=gs1:pip"); status != 307 || h.Get("Location") != product {
			t.Errorf("HEAD ?linkType=gs1:pip: %d %q", status, h.Get("Location"))
		}
	})

	// "SHALL be able to decompress a URI ... If handling a compressed request URI, it SHALL
	// expose the uncompressed URI in the Link response header with a rel value of owl:sameAs."
	// The GS1 example (01)05412345000013(10)ABC123(21)72292641703, compressed.
	t.Run("Decompression", func(t *testing.T) {
		uncompressed := base + "/01/05412345000013/10/ABC123/21/72292641703"
		for _, path := range []string{"/AQnYUc1gmiCNV4JGQhcNT6K6c", "/some/prefix/AQnYUc1gmiCNV4JGQhcNT6K6c"} {
			status, body, h := get(t, path, "Accept", "application/json")
			if status != 200 || !strings.Contains(body, `"verdict":"UNKNOWN_PRODUCT"`) {
				t.Errorf("%s: %d %.300s", path, status, body)
			}
			want := strings.Replace(uncompressed, base, base+strings.TrimSuffix(path, "/AQnYUc1gmiCNV4JGQhcNT6K6c"), 1)
			if !strings.Contains(strings.Join(h.Values("Link"), ","), "<"+want+`>; rel="owl:sameAs"`) {
				t.Errorf("%s: Link %q lacks the uncompressed URI %s", path, h.Values("Link"), want)
			}
		}
		status, body, _ := get(t, "/AQnYUc1gmiCNV4JGQhcNT6K6c?linkType=linkset")
		if status != 200 || validateLinkset(t, []byte(body)) != nil || !strings.Contains(body, `"anchor":"`+uncompressed+`"`) {
			t.Errorf("the compressed URI's linkset: %d %s", status, body)
		}
		if status, _, _ := get(t, "/favicon.ico"); status != 404 {
			t.Errorf("/favicon.ico: %d, want 404", status)
		}
	})

	t.Run("ProductPage", func(t *testing.T) {
		status, body, _ := get(t, "/01/09506000134352/10/RECALLED", "Accept", "application/json")
		if status != 200 || !strings.Contains(body, `"recalled":true`) || !strings.Contains(body, `"name":"Demoprofen"`) || strings.Contains(body, "RECALLED-0") {
			t.Errorf("%d %s", status, body)
		}
		status, body, _ = get(t, "/01/09506000134352", "Accept", "text/html")
		if status != 200 || !strings.Contains(body, "Demoprofen") || !strings.Contains(body, "Acme Pharma") {
			t.Errorf("%d %.500s", status, body)
		}
	})
}

// firstHref is the href of e's first link of GS1 link type name.
func firstHref(t *testing.T, e map[string]json.RawMessage, name string) string {
	t.Helper()
	var links []struct {
		Href string `json:"href"`
	}
	if err := json.Unmarshal(e["https://ref.gs1.org/voc/"+name], &links); err != nil || len(links) == 0 {
		t.Fatalf("no gs1:%s link: %v", name, err)
	}
	return links[0].Href
}

// validateLinkset validates doc against GS1's linkset schema (gs1-linkset-schema.json).
func validateLinkset(t *testing.T, doc []byte) error {
	t.Helper()
	dir := epcistest.Folder(t, "digitallink", "gs1-linkset-schema.json")
	sch, err := epcistest.NewCompiler().Compile(filepath.Join(dir, "gs1-linkset-schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// linkTypeVocabulary is the link types of the GS1 Web Vocabulary (1.16), by CURIE.
func linkTypeVocabulary(t *testing.T) map[string]bool {
	t.Helper()
	dir := epcistest.Folder(t, "digitallink", "gs1-web-vocabulary-linktypes-1.16.jsonld")
	b, err := os.ReadFile(filepath.Join(dir, "gs1-web-vocabulary-linktypes-1.16.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph []struct {
			ID string `json:"@id"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, n := range doc.Graph {
		out[n.ID] = true
	}
	return out
}

// TestLinksetSchemaExamples: the schema and validator used above accept GS1's valid examples
// and refuse the invalid ones, so the linkset check can fail.
func TestLinksetSchemaExamples(t *testing.T) {
	dir := filepath.Join(epcistest.Folder(t, "digitallink", "gs1-linkset-schema.json"), "examples")
	for name, valid := range map[string]bool{"valid-gs1-example.json": true, "invalid-gs1-example.json": false, "valid-basic-example.json": false, "resolver-testsuite-modelLinkset.json": true} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := validateLinkset(t, b); (err == nil) != valid {
			t.Errorf("%s: %v, want valid %v", name, err, valid)
		}
	}
}
