// Package jws signs pedigree's answers as compact JSON Web Signatures (RFC 7515) with ES256
// (ECDSA over P-256 with SHA-256, RFC 7518), publishes the public keys as a JWK set (RFC
// 7517) whose key ids are JWK thumbprints (RFC 7638), verifies such signatures, and seals a
// private key under a passphrase for storage. A pharmacy can keep a signed answer as a receipt
// and check it later against the set at /.well-known/jwks.json.
package jws

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"golang.org/x/crypto/scrypt"
)

// Alg is the only algorithm pedigree signs and accepts.
const Alg = "ES256"

// Type is the JWS "typ" of a signed answer.
const Type = "pedigree-answer+json"

var b64 = base64.RawURLEncoding

// Key is a private signing key and its id.
type Key struct {
	ID   string
	priv *ecdsa.PrivateKey
}

// NewKey makes a new key.
func NewKey() (*Key, error) {
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate a signing key: %w", err)
	}
	return keyOf(priv), nil
}

func keyOf(priv *ecdsa.PrivateKey) *Key {
	return &Key{ID: publicJWK(&priv.PublicKey, "").Thumbprint(), priv: priv}
}

// JWK is a public key as RFC 7517 writes it.
type JWK struct {
	Kty string `json:"kty"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
	Kid string `json:"kid,omitempty"`
	Alg string `json:"alg,omitempty"`
	Use string `json:"use,omitempty"`
}

// Set is a JWK set.
type Set struct {
	Keys []JWK `json:"keys"`
}

func publicJWK(pub *ecdsa.PublicKey, kid string) JWK {
	var x, y [32]byte
	pub.X.FillBytes(x[:])
	pub.Y.FillBytes(y[:])
	return JWK{Kty: "EC", Crv: "P-256", X: b64.EncodeToString(x[:]), Y: b64.EncodeToString(y[:]), Kid: kid, Alg: Alg, Use: "sig"}
}

// Thumbprint returns the key's RFC 7638 thumbprint (SHA-256, base64url): its id.
func (k JWK) Thumbprint() string {
	// The required members in lexicographic order, no white space.
	sum := sha256.Sum256([]byte(`{"crv":"` + k.Crv + `","kty":"` + k.Kty + `","x":"` + k.X + `","y":"` + k.Y + `"}`))
	return b64.EncodeToString(sum[:])
}

// Public returns the key's public half as a JWK.
func (k *Key) Public() JWK { return publicJWK(&k.priv.PublicKey, k.ID) }

// Sign returns the compact JWS of payload.
func (k *Key) Sign(payload []byte) (string, error) {
	header, err := json.Marshal(map[string]string{"alg": Alg, "kid": k.ID, "typ": Type})
	if err != nil {
		return "", err
	}
	input := b64.EncodeToString(header) + "." + b64.EncodeToString(payload)
	digest := sha256.Sum256([]byte(input))
	r, s, err := ecdsa.Sign(rand.Reader, k.priv, digest[:])
	if err != nil {
		return "", fmt.Errorf("sign: %w", err)
	}
	var sig [64]byte
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:])
	return input + "." + b64.EncodeToString(sig[:]), nil
}

// ErrInvalid is a signature that does not verify, or a JWS that is not one of pedigree's.
var ErrInvalid = errors.New("the signature is not valid")

// Verify checks a compact JWS against the keys of set and returns its payload and the id of
// the key that signed it. Only ES256 with a key id in set is accepted.
func Verify(compact string, set Set) (payload []byte, kid string, err error) {
	parts := strings.Split(compact, ".")
	if len(parts) != 3 {
		return nil, "", fmt.Errorf("%w: not a compact JWS (three parts)", ErrInvalid)
	}
	hb, err := b64.DecodeString(parts[0])
	if err != nil {
		return nil, "", fmt.Errorf("%w: the header is not base64url", ErrInvalid)
	}
	var header struct{ Alg, Kid string }
	if err := json.Unmarshal(hb, &header); err != nil {
		return nil, "", fmt.Errorf("%w: the header is not JSON", ErrInvalid)
	}
	if header.Alg != Alg {
		return nil, "", fmt.Errorf("%w: algorithm %q, not %s", ErrInvalid, header.Alg, Alg)
	}
	var jwk *JWK
	for i := range set.Keys {
		if set.Keys[i].Kid == header.Kid {
			jwk = &set.Keys[i]
		}
	}
	if jwk == nil {
		return nil, "", fmt.Errorf("%w: no published key has id %q", ErrInvalid, header.Kid)
	}
	pub, err := jwk.publicKey()
	if err != nil {
		return nil, "", err
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil || len(sig) != 64 {
		return nil, "", fmt.Errorf("%w: the signature is not 64 bytes of base64url", ErrInvalid)
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if !ecdsa.Verify(pub, digest[:], new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])) {
		return nil, "", ErrInvalid
	}
	if payload, err = b64.DecodeString(parts[1]); err != nil {
		return nil, "", fmt.Errorf("%w: the payload is not base64url", ErrInvalid)
	}
	return payload, header.Kid, nil
}

func (k JWK) publicKey() (*ecdsa.PublicKey, error) {
	if k.Kty != "EC" || k.Crv != "P-256" {
		return nil, fmt.Errorf("%w: key %q is not a P-256 key", ErrInvalid, k.Kid)
	}
	x, errX := b64.DecodeString(k.X)
	y, errY := b64.DecodeString(k.Y)
	if errX != nil || errY != nil || len(x) != 32 || len(y) != 32 {
		return nil, fmt.Errorf("%w: key %q has malformed coordinates", ErrInvalid, k.Kid)
	}
	pub := &ecdsa.PublicKey{Curve: elliptic.P256(), X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)}
	if _, err := pub.ECDH(); err != nil { // checks the point is on the curve
		return nil, fmt.Errorf("%w: key %q is not a point on P-256", ErrInvalid, k.Kid)
	}
	return pub, nil
}

// ScryptN is the scrypt cost Seal uses: about 100 ms on a server, once per start.
const ScryptN = 1 << 17

// Seal encrypts the key under passphrase: salt (16) | nonce (12) | AES-256-GCM of the PKCS #8
// private key, the key derived with scrypt (N = n, r = 8, p = 1), the key id as additional data.
func (k *Key) Seal(passphrase string, n int) ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(k.priv)
	if err != nil {
		return nil, err
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	aead, err := sealer(passphrase, salt, n)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out := append(append(salt, nonce...), aead.Seal(nil, nonce, der, []byte(k.ID))...)
	return out, nil
}

// Open decrypts a key Seal sealed, whose id is kid (bound to it as the cipher's additional
// data). A wrong passphrase is an error that says so.
func Open(sealed []byte, kid, passphrase string, n int) (*Key, error) {
	if len(sealed) < 16+12+16 {
		return nil, errors.New("open the signing key: too short")
	}
	aead, err := sealer(passphrase, sealed[:16], n)
	if err != nil {
		return nil, err
	}
	der, err := aead.Open(nil, sealed[16:28], sealed[28:], []byte(kid))
	if err != nil {
		return nil, errors.New("open the signing key: wrong passphrase, or the key was altered")
	}
	k, err := parsePKCS8(der)
	if err != nil {
		return nil, err
	}
	if k.ID != kid {
		return nil, fmt.Errorf("open the signing key: it is key %s, not %s", k.ID, kid)
	}
	return k, nil
}

func parsePKCS8(der []byte) (*Key, error) {
	priv, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, fmt.Errorf("open the signing key: %w", err)
	}
	ec, ok := priv.(*ecdsa.PrivateKey)
	if !ok || ec.Curve != elliptic.P256() {
		return nil, errors.New("open the signing key: not a P-256 key")
	}
	return keyOf(ec), nil
}

func sealer(passphrase string, salt []byte, n int) (cipher.AEAD, error) {
	key, err := scrypt.Key([]byte(passphrase), salt, n, 8, 1, 32)
	if err != nil {
		return nil, fmt.Errorf("derive the sealing key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
