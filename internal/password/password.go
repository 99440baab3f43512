// Package password hashes passwords with argon2id and checks them against their hashes. A hash
// is the standard PHC string, which names its own parameters:
//
//	$argon2id$v=19$m=19456,t=2,p=1$<salt>$<key>
//
// (salt and key in unpadded standard base64), so the parameters Hash uses can rise later and
// hashes made with the old ones still verify.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// params are argon2id's cost parameters and sizes.
type params struct {
	memory  uint32 // KiB
	time    uint32 // passes over the memory
	threads uint8  // lanes
	saltLen int    // bytes
	keyLen  int    // bytes
}

// defaults are what Hash uses: OWASP's first argon2id choice (19 MiB, 2 passes, 1 lane; about
// 20-50 ms on a server core), a 16-byte salt and a 32-byte key.
var defaults = params{memory: 19 * 1024, time: 2, threads: 1, saltLen: 16, keyLen: 32}

// Bounds on the parameters Verify accepts from a hash. A hash comes from the database, where
// a corrupt or forged row must not make a sign-in allocate gigabytes, run for minutes, or
// compare against an empty key (which every password would match).
const (
	maxMemory     = 256 * 1024 // KiB: 256 MiB
	maxTime       = 16
	maxThreads    = 16
	minSaltLength = 8 // RFC 9106
	maxSaltLength = 64
	minKeyLength  = 16
	maxKeyLength  = 64
	maxHashLength = 256 // longer than any hash within the bounds above
)

// ErrMalformed is the error Verify returns, wrapped with the reason, for a string that is not an
// argon2id hash within the bounds it accepts.
var ErrMalformed = errors.New("malformed password hash")

var b64 = base64.RawStdEncoding.Strict()

// Hash returns the PHC string of password's argon2id hash, with a new random salt.
func Hash(password string) (string, error) {
	return hash(password, defaults)
}

func hash(password string, p params) (string, error) {
	salt := make([]byte, p.saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.time, p.memory, p.threads, uint32(p.keyLen))
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.memory, p.time, p.threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify reports whether password is the one encoded (a string Hash returned) was made from,
// using the parameters encoded names. The keys are compared in constant time. The error, which
// wraps ErrMalformed, is for an encoded that is not an argon2id PHC string or whose parameters
// are out of bounds; it never quotes password or encoded.
func Verify(password, encoded string) (ok bool, err error) {
	p, salt, key, err := parse(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.time, p.memory, p.threads, uint32(p.keyLen))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// parse splits a PHC string into its parameters, salt and key, checking each against the bounds.
func parse(encoded string) (p params, salt, key []byte, err error) {
	malformed := func(format string, args ...any) (params, []byte, []byte, error) {
		return params{}, nil, nil, fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
	}
	if len(encoded) > maxHashLength {
		return malformed("%d bytes, more than %d", len(encoded), maxHashLength)
	}
	// "", "argon2id", "v=19", "m=19456,t=2,p=1", salt, key
	f := strings.Split(encoded, "$")
	if len(f) != 6 || f[0] != "" {
		return malformed("want $argon2id$v=19$m=MEMORY,t=TIME,p=THREADS$SALT$KEY")
	}
	if f[1] != "argon2id" {
		return malformed("not argon2id")
	}
	if f[2] != "v="+strconv.Itoa(argon2.Version) {
		return malformed("not version %d of argon2", argon2.Version)
	}
	kv := strings.Split(f[3], ",")
	if len(kv) != 3 {
		return malformed("want the parameters m, t and p")
	}
	m, errM := number(kv[0], "m=", maxMemory)
	t, errT := number(kv[1], "t=", maxTime)
	threads, errP := number(kv[2], "p=", maxThreads)
	if err := errors.Join(errM, errT, errP); err != nil {
		return malformed("%v", err)
	}
	if m < 8*threads {
		return malformed("memory m=%d is less than 8 KiB a thread (p=%d)", m, threads)
	}
	p = params{memory: m, time: t, threads: uint8(threads)}
	if salt, err = b64.DecodeString(f[4]); err != nil || len(salt) < minSaltLength || len(salt) > maxSaltLength {
		return malformed("the salt is not %d to %d bytes in base64", minSaltLength, maxSaltLength)
	}
	if key, err = b64.DecodeString(f[5]); err != nil || len(key) < minKeyLength || len(key) > maxKeyLength {
		return malformed("the key is not %d to %d bytes in base64", minKeyLength, maxKeyLength)
	}
	p.saltLen, p.keyLen = len(salt), len(key)
	return p, salt, key, nil
}

// number parses s, name followed by a decimal number from 1 to limit, strictly: no sign, no
// leading zero, no space.
func number(s, name string, limit uint32) (uint32, error) {
	digits, ok := strings.CutPrefix(s, name)
	if !ok {
		return 0, fmt.Errorf("want %sNUMBER", name)
	}
	n, err := strconv.ParseUint(digits, 10, 32)
	if err != nil || digits[0] == '0' || n > uint64(limit) {
		return 0, fmt.Errorf("%s wants a number from 1 to %d", name, limit)
	}
	return uint32(n), nil
}
