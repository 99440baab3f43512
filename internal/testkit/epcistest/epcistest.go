// Package epcistest gives tests the official EPCIS 2.0 JSON Schema and examples, read from the
// shared conformance folder (shared/conformance/epcis beside the repository, never copied
// into it), and a validator made for the schema.
package epcistest

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dlclark/regexp2"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Dir returns the conformance folder's epcis directory: $PEDIGREE_CONFORMANCE/epcis, or the
// first shared/conformance/epcis in the working directory's ancestors. It fails the test when
// there is none: the conformance tests never pass by skipping.
func Dir(t testing.TB) string {
	t.Helper()
	return Folder(t, "epcis", "EPCIS-JSON-Schema.json")
}

// Folder returns the conformance folder's directory name, holding the file marker, found as
// Dir finds epcis.
func Folder(t testing.TB, name, marker string) string {
	t.Helper()
	if d := os.Getenv("PEDIGREE_CONFORMANCE"); d != "" {
		return filepath.Join(d, name)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "conformance", name)
		if _, err := os.Stat(filepath.Join(p, marker)); err == nil {
			return p
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no shared/conformance/%s in any folder above %s: put the shared folder beside the repository, or set PEDIGREE_CONFORMANCE", name, wd)
		}
	}
}

// NewCompiler returns a JSON Schema compiler with ECMAScript regular expressions (GS1's
// schemas use look-ahead) and format assertions on.
func NewCompiler() *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.UseRegexpEngine(func(s string) (jsonschema.Regexp, error) {
		re, err := regexp2.Compile(s, regexp2.ECMAScript)
		if err != nil {
			return nil, err
		}
		return (*ecmaRE)(re), nil
	})
	c.AssertFormat()
	return c
}

// ecmaRE is an ECMAScript regular expression: the schema's patterns use look-ahead, which
// Go's regexp lacks.
type ecmaRE regexp2.Regexp

func (r *ecmaRE) MatchString(s string) bool {
	ok, err := (*regexp2.Regexp)(r).MatchString(s)
	return err == nil && ok
}
func (r *ecmaRE) String() string { return (*regexp2.Regexp)(r).String() }

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

// Schema returns the compiled EPCIS 2.0 JSON Schema, with format assertions on (its code
// lists reject non-CBV values only through "format": "uri").
func Schema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	dir := Dir(t)
	once.Do(func() {
		c := NewCompiler()
		schema, err = c.Compile(filepath.Join(dir, "EPCIS-JSON-Schema.json"))
	})
	if err != nil {
		t.Fatalf("compile the EPCIS schema: %v", err)
	}
	return schema
}

// Validate checks doc, a JSON document, against the schema; nil when it conforms.
func Validate(t testing.TB, doc []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return Schema(t).Validate(v)
}
