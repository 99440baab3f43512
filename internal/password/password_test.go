package password

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Hashes made by the reference implementation (libargon2's argon2id_hash_encoded) of
// "correct horse battery staple" with the salt "pedigree-salt-16": Verify reads what other
// implementations write, with the parameters each string names.
const (
	referencePassword = "correct horse battery staple"
	referenceOWASP    = "$argon2id$v=19$m=19456,t=2,p=1$cGVkaWdyZWUtc2FsdC0xNg$P3X0cVmOWRJWeYhYUXndsOnuBrONdKgXMN5M3xVNxZA"
	referenceCheap    = "$argon2id$v=19$m=64,t=1,p=2$cGVkaWdyZWUtc2FsdC0xNg$ca0Sjh+ltvGywggeeZTO6g"
)

func TestHash(t *testing.T) {
	const pw = "Ünïcode pässwörd, 1 2 3"
	encoded, err := Hash(pw)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		want := regexp.MustCompile(`^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)
		if !want.MatchString(encoded) {
			t.Fatalf("Hash = %s, want a PHC string matching %s", encoded, want)
		}
		if ok, err := Verify(pw, encoded); !ok || err != nil {
			t.Fatalf("Verify(the password, its hash) = %t, %v; want true", ok, err)
		}
	})
	t.Run("SaltedAnew", func(t *testing.T) {
		again, err := Hash(pw)
		if err != nil || again == encoded {
			t.Fatalf("two hashes of one password: %s and %s, %v; want different salts", encoded, again, err)
		}
	})
	t.Run("ErrWrongPassword", func(t *testing.T) {
		for _, wrong := range []string{"", pw + " ", strings.ToUpper(pw)} {
			if ok, err := Verify(wrong, encoded); ok || err != nil {
				t.Errorf("Verify(%q, hash of %q) = %t, %v; want false", wrong, pw, ok, err)
			}
		}
	})
}

func TestVerifyReference(t *testing.T) {
	for _, encoded := range []string{referenceOWASP, referenceCheap} {
		if ok, err := Verify(referencePassword, encoded); !ok || err != nil {
			t.Errorf("Verify(%q, %s) = %t, %v; want true", referencePassword, encoded, ok, err)
		}
		if ok, err := Verify("correct horse battery stapler", encoded); ok || err != nil {
			t.Errorf("Verify(a wrong password, %s) = %t, %v; want false", encoded, ok, err)
		}
	}
}

func TestVerifyMalformed(t *testing.T) {
	const salt, key = "cGVkaWdyZWUtc2FsdC0xNg", "ca0Sjh+ltvGywggeeZTO6g" // 16 bytes each
	for _, tt := range []struct{ name, encoded string }{
		{"Empty", ""},
		{"NotPHC", "correct horse battery staple"},
		{"Bcrypt", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"},
		{"Argon2i", "$argon2i$v=19$m=64,t=1,p=2$" + salt + "$" + key},
		{"NoVersion", "$argon2id$m=64,t=1,p=2$" + salt + "$" + key},
		{"Version16", "$argon2id$v=16$m=64,t=1,p=2$" + salt + "$" + key},
		{"ParamsReordered", "$argon2id$v=19$t=1,m=64,p=2$" + salt + "$" + key},
		{"ParamMissing", "$argon2id$v=19$m=64,t=1$" + salt + "$" + key},
		{"ParamExtra", "$argon2id$v=19$m=64,t=1,p=2,keyid=x$" + salt + "$" + key},
		{"MemoryZero", "$argon2id$v=19$m=0,t=1,p=1$" + salt + "$" + key},
		{"MemoryBelow8PerThread", "$argon2id$v=19$m=15,t=1,p=2$" + salt + "$" + key},
		{"MemoryHuge", "$argon2id$v=19$m=4194304,t=1,p=1$" + salt + "$" + key},
		{"MemoryOverflow", "$argon2id$v=19$m=99999999999,t=1,p=1$" + salt + "$" + key},
		{"TimeZero", "$argon2id$v=19$m=64,t=0,p=1$" + salt + "$" + key},
		{"TimeHuge", "$argon2id$v=19$m=64,t=1000,p=1$" + salt + "$" + key},
		{"ThreadsZero", "$argon2id$v=19$m=64,t=1,p=0$" + salt + "$" + key},
		{"ThreadsHuge", "$argon2id$v=19$m=4096,t=1,p=255$" + salt + "$" + key},
		{"Sign", "$argon2id$v=19$m=+64,t=1,p=2$" + salt + "$" + key},
		{"LeadingZero", "$argon2id$v=19$m=064,t=1,p=2$" + salt + "$" + key},
		{"Space", "$argon2id$v=19$m=64, t=1,p=2$" + salt + "$" + key},
		{"SaltShort", "$argon2id$v=19$m=64,t=1,p=2$c2FsdA$" + key},
		{"SaltNotBase64", "$argon2id$v=19$m=64,t=1,p=2$salt!salt!salt$" + key},
		{"SaltPadded", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "==$" + key},
		{"KeyEmpty", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$"},
		{"KeyShort", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$AAAAAAAAAAA"},
		{"KeyURLBase64", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$ca0Sjh-ltvGywggeeZTO6g"},
		{"KeyNonCanonical", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$ca0Sjh+ltvGywggeeZTO6h"},
		{"TrailingDollar", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$" + key + "$"},
		{"TooLong", "$argon2id$v=19$m=64,t=1,p=2$" + salt + "$" + strings.Repeat("A", 1000)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ok, err := Verify(referencePassword, tt.encoded)
			if ok || !errors.Is(err, ErrMalformed) {
				t.Fatalf("Verify(%s) = %t, %v; want false, ErrMalformed", tt.encoded, ok, err)
			}
			if strings.Contains(err.Error(), referencePassword) || tt.encoded != "" && strings.Contains(err.Error(), tt.encoded) {
				t.Fatalf("the error quotes the password or the hash: %v", err)
			}
		})
	}
}

// FuzzVerify checks that Verify never panics, whatever the database holds, and that it accepts
// only strings within its bounds.
func FuzzVerify(f *testing.F) {
	f.Add(referencePassword, referenceOWASP)
	f.Add(referencePassword, referenceCheap)
	f.Add("", "$argon2id$v=19$m=8,t=1,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")
	f.Add("x", "$argon2id$v=19$m=,t=,p=$$")
	f.Add("x", "$$$$$")
	f.Fuzz(func(t *testing.T, password, encoded string) {
		p, _, _, err := parse(encoded)
		if err == nil {
			if p.memory < 1 || p.memory > maxMemory || p.time < 1 || p.time > maxTime || p.threads < 1 || p.threads > maxThreads ||
				p.memory < 8*uint32(p.threads) || p.keyLen < minKeyLength || p.saltLen < minSaltLength {
				t.Fatalf("parse(%q) accepted %+v, out of bounds", encoded, p)
			}
			if uint64(p.memory)*uint64(p.time) > uint64(defaults.memory)*uint64(defaults.time) {
				return // valid, but too slow to fuzz
			}
		}
		ok, err := Verify(password, encoded)
		if ok && err != nil {
			t.Fatalf("Verify = true, %v", err)
		}
	})
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		pass string
		ok   bool
	}{
		{"short", false},
		{"password1234", false},
		{"Password1234", false},
		{"qwertyuiop123", false},
		{"111111111111", false},
		{"correct horse battery", true},
		{"plum-ferry-otter-42", true},
	} {
		if got := Check(tc.pass) == nil; got != tc.ok {
			t.Errorf("Check(%q) accepted %v, want %v", tc.pass, got, tc.ok)
		}
	}
}

func TestMinLengthIsTheDomains(t *testing.T) {
	if MinLength != pedigree.MinPasswordLength {
		t.Errorf("password.MinLength %d, pedigree.MinPasswordLength %d", MinLength, pedigree.MinPasswordLength)
	}
}
