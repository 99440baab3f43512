package jws_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/jws"
)

func TestSignVerify(t *testing.T) {
	k, err := jws.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	set := jws.Set{Keys: []jws.JWK{k.Public()}}
	payload := []byte(`{"verdict":"AUTHENTIC"}`)
	sig, err := k.Sign(payload)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, kid, err := jws.Verify(sig, set)
		if err != nil || string(got) != string(payload) || kid != k.ID {
			t.Fatalf("Verify = %s, %s, %v", got, kid, err)
		}
	})
	other, _ := jws.NewKey()
	parts := strings.Split(sig, ".")
	for _, tc := range []struct {
		name string
		jws  string
		set  jws.Set
	}{
		{"ErrPayloadChanged", parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"verdict":"RECALLED"}`)) + "." + parts[2], set},
		{"ErrSignatureChanged", parts[0] + "." + parts[1] + "." + flip(parts[2]), set},
		{"ErrOtherKey", sig, jws.Set{Keys: []jws.JWK{{Kty: "EC", Crv: "P-256", X: other.Public().X, Y: other.Public().Y, Kid: k.ID}}}},
		{"ErrUnknownKid", sig, jws.Set{Keys: []jws.JWK{other.Public()}}},
		{"ErrAlgNone", base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","kid":"`+k.ID+`"}`)) + "." + parts[1] + ".", set},
		{"ErrNotCompact", "abc", set},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := jws.Verify(tc.jws, tc.set); !errors.Is(err, jws.ErrInvalid) {
				t.Fatalf("Verify = %v, want ErrInvalid", err)
			}
		})
	}
}

func flip(s string) string {
	b := []byte(s)
	if b[5] == 'A' {
		b[5] = 'B'
	} else {
		b[5] = 'A'
	}
	return string(b)
}

func TestThumbprint(t *testing.T) {
	// RFC 7638's worked example is an RSA key; this EC key's thumbprint was computed apart,
	// with Python's json.dumps(sort_keys=True, separators=(",", ":")) and hashlib.sha256.
	k := jws.JWK{Kty: "EC", Crv: "P-256", X: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", Y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
	if got, want := k.Thumbprint(), "oKIywvGUpTVTyxMQ3bwIIeQUudfr_CkLMjCE19ECD-U"; got != want {
		t.Fatalf("thumbprint %s, want %s", got, want)
	}
}

func TestSeal(t *testing.T) {
	k, _ := jws.NewKey()
	sealed, err := k.Seal("correct horse", 1<<14)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, err := jws.Open(sealed, k.ID, "correct horse", 1<<14)
		if err != nil || got.ID != k.ID {
			t.Fatalf("Open = %v, %v", got, err)
		}
	})
	t.Run("ErrPassphrase", func(t *testing.T) {
		if _, err := jws.Open(sealed, k.ID, "wrong", 1<<14); err == nil || !strings.Contains(err.Error(), "wrong passphrase") {
			t.Fatalf("Open = %v", err)
		}
	})
	t.Run("ErrOtherID", func(t *testing.T) {
		if _, err := jws.Open(sealed, "someone-else", "correct horse", 1<<14); err == nil {
			t.Fatal("opened under another key id")
		}
	})
}
