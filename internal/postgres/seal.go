package postgres

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"

	"golang.org/x/crypto/scrypt"
)

// sealer seals the short secrets the database keeps (users' TOTP secrets, the lookup
// directory's API tokens) with AES-256-GCM: nonce | ciphertext, the additional data binding
// each to its owner, so a sealed secret copied to another row opens for no one.
type sealer struct{ aead cipher.AEAD }

// newSealer returns the sealer of key (32 bytes); what names the key in errors.
func newSealer(key []byte, what string) (sealer, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return sealer{}, fmt.Errorf("%s: %w", what, err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return sealer{}, err
	}
	return sealer{aead: aead}, nil
}

// sealingKey derives a 32-byte key from the service's passphrase for one purpose (the salt):
// scrypt, once at start.
func sealingKey(passphrase, purpose string) ([]byte, error) {
	if passphrase == "" {
		return nil, fmt.Errorf("derive the key of %s: no passphrase", purpose)
	}
	return scrypt.Key([]byte(passphrase), []byte(purpose), 1<<15, 8, 1, 32)
}

func (s sealer) seal(secret string, ad []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.aead.Seal(nonce, nonce, []byte(secret), ad), nil
}

// errNotSealedHere is open's error for what another key sealed, or another row's secret.
var errNotSealedHere = errors.New("not sealed with this service's key")

func (s sealer) open(sealed, ad []byte) (string, error) {
	n := s.aead.NonceSize()
	if len(sealed) < n {
		return "", errors.New("too short")
	}
	plain, err := s.aead.Open(nil, sealed[:n], sealed[n:], ad)
	if err != nil {
		return "", fmt.Errorf("%w: %w", errNotSealedHere, err)
	}
	return string(plain), nil
}
