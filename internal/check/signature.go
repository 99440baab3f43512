package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"slices"

	"github.com/pedigree-rx/pedigree/internal/jws"
)

// signature checks the answer's "signature": a compact JWS of one of the service's keys whose
// payload is the answer without that member, compared as JSON values (the order of members and
// the spelling of numbers do not matter; every value does).
func (c *checker) signature(answer []byte) {
	const what = "the service signed this answer"
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(answer, &doc); err != nil {
		c.fail("signature", what, "the answer is not a JSON object")
		return
	}
	var compact string
	if raw, ok := doc["signature"]; !ok || json.Unmarshal(raw, &compact) != nil || compact == "" {
		c.fail("signature", what, "the answer carries no signature")
		return
	}
	if c.opts.Keys == nil {
		c.fail("signature", what, "no keys to check it with: %s", c.opts.KeysFrom)
		return
	}
	payload, kid, err := jws.Verify(compact, *c.opts.Keys)
	if err != nil {
		c.fail("signature", what, "%v (keys %s)", err, c.opts.KeysFrom)
		return
	}
	delete(doc, "signature")
	unsigned, _ := json.Marshal(doc)
	signed, err := decodeValue(payload)
	if err != nil {
		c.fail("signature", what, "the signed payload is not JSON: %v", err)
		return
	}
	got, _ := decodeValue(unsigned)
	if path := difference("answer", signed, got); path != "" {
		c.fail("signature", what, "the signature is valid, but this answer differs from the signed one at %s", path)
		return
	}
	c.held("signature", what, "ES256 by key %s %s; the signed payload is this answer", kid, c.opts.KeysFrom)
}

// decodeValue decodes JSON keeping numbers as written.
func decodeValue(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// difference returns the path of the first place where JSON values a and b differ, "" when
// they are equal.
func difference(path string, a, b any) string {
	switch a := a.(type) {
	case map[string]any:
		bm, ok := b.(map[string]any)
		if !ok {
			return path
		}
		keys := make([]string, 0, len(a)+len(bm))
		for k := range a {
			keys = append(keys, k)
		}
		for k := range bm {
			if _, ok := a[k]; !ok {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			if d := difference(path+"."+k, a[k], bm[k]); d != "" {
				return d
			}
		}
		return ""
	case []any:
		bs, ok := b.([]any)
		if !ok || len(a) != len(bs) {
			return path
		}
		for i := range a {
			if d := difference(fmt.Sprintf("%s[%d]", path, i), a[i], bs[i]); d != "" {
				return d
			}
		}
		return ""
	case json.Number:
		bn, ok := b.(json.Number)
		if !ok || !sameNumber(a, bn) {
			return path
		}
		return ""
	}
	if !reflect.DeepEqual(a, b) {
		return path
	}
	return ""
}

// sameNumber compares JSON numbers by value, whatever their spelling (1e2 and 100).
func sameNumber(a, b json.Number) bool {
	if a == b {
		return true
	}
	x, okX := new(big.Rat).SetString(string(a))
	y, okY := new(big.Rat).SetString(string(b))
	return okX && okY && x.Cmp(y) == 0
}
