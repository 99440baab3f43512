package httpapi

import (
	"encoding/json"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleJWKS publishes the keys that sign answers (RFC 7517), old ones included, so a kept
// answer can be checked after a rotation.
func (s *Server) handleJWKS(w http.ResponseWriter, r *http.Request) {
	if s.deps.JWKS == nil {
		s.error(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "this service does not sign its answers"))
		return
	}
	set, err := s.deps.JWKS(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	b, err := json.Marshal(set)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Content-Type", "application/jwk-set+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
}

// resolverDescription is the GS1 resolver description file (/.well-known/gs1resolver), with
// what a client needs to check answers without asking the verify API: the chain, the
// contract, and where the answers' signing keys are.
type resolverDescription struct {
	Name                 string       `json:"name"`
	ResolverRoot         string       `json:"resolverRoot"`
	SupportedLinkType    []linkTypeNS `json:"supportedLinkType"`
	SupportedPrimaryKeys []string     `json:"supportedPrimaryKeys"`
	// SupportedContextValues are the contexts of GS1 verification messaging answered.
	SupportedContextValues      []string       `json:"supportedContextValuesEnumerated"`
	LinkTypeDefaultCanBeLinkset bool           `json:"linkTypeDefaultCanBeLinkset"`
	JSONLDContextLocation       string         `json:"jsonLdContextLocation"`
	SupportsLanguageVariants    bool           `json:"supportsLanguageVariants"`
	ValidatesAICombinations     bool           `json:"validatesAIcombinations"`
	Pedigree                    pedigreeAnchor `json:"pedigree"`
}

type linkTypeNS struct {
	Namespace string `json:"namespace"`
	Prefix    string `json:"prefix"`
}

// pedigreeAnchor is pedigree's extension of the description: the trust anchors of its answers.
type pedigreeAnchor struct {
	ChainID  uint64           `json:"chain_id"`
	Contract pedigree.Address `json:"contract"`
	JWKSURI  string           `json:"jwks_uri"`
}

func (s *Server) handleResolverDescription(w http.ResponseWriter, r *http.Request) {
	if s.deps.Chain == nil {
		s.error(w, r, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "the chain is not known yet"))
		return
	}
	chainID, contract, err := s.deps.Chain(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	root := s.deps.BaseURL
	if root == "" {
		root = strings.TrimSuffix(requestURL(r), r.URL.RequestURI())
	}
	writeJSON(w, http.StatusOK, resolverDescription{
		Name:                        "pedigree medication verification",
		ResolverRoot:                root,
		SupportedLinkType:           []linkTypeNS{{Namespace: vocab, Prefix: "gs1:"}},
		SupportedPrimaryKeys:        []string{"01"},
		SupportedContextValues:      slices.Sorted(maps.Keys(lmsContexts)),
		LinkTypeDefaultCanBeLinkset: true,
		JSONLDContextLocation:       linksetContext,
		SupportsLanguageVariants:    true,
		ValidatesAICombinations:     true,
		Pedigree:                    pedigreeAnchor{ChainID: chainID, Contract: contract, JWKSURI: root + "/.well-known/jwks.json"},
	})
}
