package verify

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// apart is what the pieces of a verification that run in Go cost, each measured alone on one
// goroutine: the mean of many calls.
type apart struct {
	calls                        int
	decode                       time.Duration // the request's JSON, as httpapi's decodeJSON reads it
	parseBracketed, parseScanned time.Duration // gs1.Parser.Parse of the two forms
	proof                        time.Duration // merkle.Tree.Proof of a random pack
	encode                       time.Duration // the answer's JSON, as httpapi's writeJSON writes it
	encodeBytes                  int
}

// measureApart times the Go pieces of a verification, sample being a verification as the
// server answers it.
func measureApart(b *batch, l *verifyLoad, sample pedigree.Verification) (apart, error) {
	const calls = 20_000
	a := apart{calls: calls}
	rng := rand.New(rand.NewPCG(1, 2))
	n := len(b.serials)
	each := func(f func(i int) error) (time.Duration, error) {
		began := time.Now()
		for range calls {
			if err := f(rng.IntN(n)); err != nil {
				return 0, err
			}
		}
		return time.Since(began) / calls, nil
	}
	var err error
	if a.decode, err = each(func(i int) error {
		var body struct {
			Code *string `json:"code"`
		}
		dec := json.NewDecoder(bytes.NewReader(l.bodies[0][i]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil {
			return err
		}
		_ = dec.More()
		return nil
	}); err != nil {
		return a, err
	}
	p := gs1.Parser{Now: time.Now}
	forms := make([][2]string, 0, 1024)
	for i := range min(n, 1024) {
		forms = append(forms, codeForms(b.serials[i], b.expiry))
	}
	for f, d := range []*time.Duration{&a.parseBracketed, &a.parseScanned} {
		if *d, err = each(func(i int) error {
			_, err := p.Parse(forms[i%len(forms)][f])
			return err
		}); err != nil {
			return a, err
		}
	}
	if a.proof, err = each(func(i int) error {
		_, err := b.tree.Proof(i)
		return err
	}); err != nil {
		return a, err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sample); err != nil {
		return a, err
	}
	a.encodeBytes = out.Len()
	a.encode, err = each(func(int) error {
		enc := json.NewEncoder(io.Discard)
		enc.SetEscapeHTML(false)
		return enc.Encode(sample)
	})
	return a, err
}
