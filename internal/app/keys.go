package app

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// keyManager lists, adds and retires participants' signing keys. A key added that this
// service holds signs for its participant at once; a key retired no longer does, the service
// moving to another active key of the participant it holds (or signing for it no more).
type keyManager struct {
	dir      *postgres.Directory
	orgs     *postgres.Organisations
	actions  *chain.Actions
	contract *chain.Contract
	senders  *chain.Senders
	settle   settling
	log      *slog.Logger
	// keystore and passphrase make new keys; "" keystore: none can be made.
	keystore, passphrase string
	// signer returns a sender of a key just made in ks, filed under the key's own address.
	signer   func(ctx context.Context, ks *keystore.KeyStore, acc accounts.Account) (*chain.Sender, error)
	balance  func(ctx context.Context, key common.Address) (*big.Int, error)
	external map[common.Address]bool // keys in external signers

	ksOnce sync.Once
	ks     *keystore.KeyStore
}

var _ pedigree.KeyService = (*keyManager)(nil)

func (m *keyManager) store() *keystore.KeyStore {
	m.ksOnce.Do(func() {
		if m.keystore != "" {
			m.ks = keystore.NewKeyStore(m.keystore, keystore.StandardScryptN, keystore.StandardScryptP)
		}
	})
	return m.ks
}

// allow checks the caller may manage account's keys and returns account's registration on
// chain and its name. ENOTFOUND when it is no participant.
func (m *keyManager) allow(ctx context.Context, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) (chain.IPedigreeParticipant, string, error) {
	if !pedigree.MayManageKeys(org, role, account) {
		if org.Account == account {
			return chain.IPedigreeParticipant{}, "", pedigree.Errorf(pedigree.EFORBIDDEN, "only an administrator of %s manages its keys", org.Name)
		}
		return chain.IPedigreeParticipant{}, "", pedigree.Errorf(pedigree.EFORBIDDEN, "%s may manage its own keys only; regulators manage anyone's", org.Name)
	}
	p, err := m.contract.Participant(ctx, common.Address(account))
	if err != nil {
		return p, "", chain.DomainError(err)
	}
	if pedigree.Role(p.Role) == pedigree.RoleNone {
		return p, "", pedigree.Errorf(pedigree.ENOTFOUND, "%s is not a registered participant", account)
	}
	name := fmt.Sprintf("the participant with GLN %013d", p.Gln)
	if o, err := m.orgs.ByAccount(ctx, account); err == nil {
		name = o.Name
	}
	if p.Suspended && org.Role != pedigree.RoleRegulator {
		return p, name, pedigree.Errorf(pedigree.EFORBIDDEN, "%s is suspended: only a regulator changes its keys now", name)
	}
	return p, name, nil
}

// held says where the service keeps key.
func (m *keyManager) held(key common.Address) pedigree.KeyCustody {
	switch {
	case m.external[key]:
		return pedigree.KeyInExternalSigner
	case m.store() != nil && m.store().HasAddress(key):
		return pedigree.KeyInKeystore
	}
	if _, ok := m.senders.ByKey(key); ok {
		return pedigree.KeyInService
	}
	return pedigree.KeyElsewhere
}

// Keys implements pedigree.KeyService.
func (m *keyManager) Keys(ctx context.Context, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address) ([]pedigree.Key, error) {
	if !pedigree.MayManageKeys(org, role, account) {
		_, _, err := m.allow(ctx, org, role, account) // says why not
		return nil, err
	}
	keys, err := m.dir.Keys(ctx, account)
	if err != nil {
		return nil, err
	}
	cur, _ := m.senders.Get(account)
	for i := range keys {
		keys[i].Held = m.held(common.Address(keys[i].Address))
		keys[i].Signing = cur != nil && cur.From() == common.Address(keys[i].Address) && !keys[i].Retired
	}
	return keys, nil
}

// AddKey implements pedigree.KeyService.
func (m *keyManager) AddKey(ctx context.Context, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address, key *pedigree.Address) (pedigree.Key, pedigree.TxResult, error) {
	var res pedigree.TxResult
	if _, _, err := m.allow(ctx, org, role, account); err != nil {
		return pedigree.Key{}, res, err
	}
	var made *accounts.Account
	if key == nil {
		ks := m.store()
		if ks == nil {
			return pedigree.Key{}, res, pedigree.Errorf(pedigree.EUNAVAILABLE,
				"this service has no keystore to make a key in (set %s and %s): give the address of a key the organisation keeps", EnvKeystore, EnvPassphraseFile)
		}
		acc, err := ks.NewAccount(m.passphrase)
		if err != nil {
			return pedigree.Key{}, res, fmt.Errorf("make a key in %s: %w", m.keystore, err)
		}
		a := pedigree.Address(acc.Address)
		key, made = &a, &acc
	} else if owner, err := m.contract.KeyAccount(ctx, common.Address(*key)); err != nil {
		return pedigree.Key{}, res, chain.DomainError(err)
	} else if owner != (common.Address{}) {
		return pedigree.Key{}, res, pedigree.Errorf(pedigree.ECONFLICT, "key: %s is a key of a participant already; a key serves one participant, once", *key)
	}
	res, err := m.actions.AddKey(ctx, org, account, *key)
	if err != nil {
		return pedigree.Key{}, res, err
	}
	// The new key signs for the participant at once when this service holds it and it can pay
	// for gas (or the key signing now no longer acts); otherwise once that key is retired.
	snd, held := m.senders.ByKey(common.Address(*key))
	if made != nil {
		if snd, err = m.signer(ctx, m.store(), *made); err != nil {
			return pedigree.Key{}, res, fmt.Errorf("sign with the new key %s: %w", *key, err)
		}
		held = true
	}
	note := ""
	if held {
		if m.funded(ctx, snd.From()) || !m.signsFor(ctx, account) {
			m.senders.Put(account, snd)
		} else {
			note = "the key holds no ether for gas yet: fund it; pedigree signs with it once the key it signs with now is retired"
		}
	}
	m.log.Info("added a signing key", "account", account, "key", *key, "by", org.Name)
	res, err = m.settle.one(ctx, org, res, nil)
	k := pedigree.Key{Address: *key, Account: account, AddedTx: &res.TxHash, Held: m.held(common.Address(*key)), Note: note}
	if cur, ok := m.senders.Get(account); ok && cur.From() == common.Address(*key) {
		k.Signing = true
	}
	return k, res, err
}

// funded reports whether key holds ether to pay for gas (an error reading it: yes, and the
// node's answer to a transaction says).
func (m *keyManager) funded(ctx context.Context, key common.Address) bool {
	b, err := m.balance(ctx, key)
	return err != nil || b.Sign() > 0
}

// signsFor reports whether the service signs for account with a key that still acts for it.
func (m *keyManager) signsFor(ctx context.Context, account pedigree.Address) bool {
	cur, ok := m.senders.Get(account)
	if !ok {
		return false
	}
	a, err := m.contract.KeyAccount(ctx, cur.From())
	return err == nil && a == common.Address(account)
}

// RetireKey implements pedigree.KeyService.
func (m *keyManager) RetireKey(ctx context.Context, org pedigree.Organisation, role pedigree.UserRole, account pedigree.Address, key pedigree.Address) (pedigree.TxResult, error) {
	var res pedigree.TxResult
	p, name, err := m.allow(ctx, org, role, account)
	if err != nil {
		return res, err
	}
	// The contract's rules, repeated to say them in words before anything is signed.
	owner, err := m.contract.KeyAccount(ctx, common.Address(key))
	if err != nil {
		return res, chain.DomainError(err)
	}
	if owner != common.Address(account) {
		return res, pedigree.Errorf(pedigree.EINVALID, "key: %s is not an active key of %s", key, name)
	}
	if p.Keys <= 1 {
		return res, pedigree.Errorf(pedigree.ECONFLICT, "%s is the last active key of %s: add another key before retiring this one", key, name)
	}
	res, err = m.actions.RetireKey(ctx, org, account, key)
	if err != nil {
		return res, err
	}
	// The retired key signs no more: the service moves to another active key it holds.
	if cur, ok := m.senders.Get(account); ok && cur.From() == common.Address(key) {
		m.senders.Remove(account)
		for _, snd := range m.senders.All() {
			if a, err := m.contract.KeyAccount(ctx, snd.From()); err == nil && a == common.Address(account) {
				m.senders.Put(account, snd)
				break
			}
		}
	}
	m.log.Info("retired a signing key", "account", account, "key", key, "by", org.Name)
	return m.settle.one(ctx, org, res, nil)
}

// keySender returns a sender of acc's key, just made in ks, filed under the key's address.
func (s *Service) keySender(ctx context.Context, ks *keystore.KeyStore, acc accounts.Account) (*chain.Sender, error) {
	chainID, err := s.signingChainID(ctx)
	if err != nil {
		return nil, err
	}
	sign, err := chain.KeystoreSigner(ks, acc.Address, s.cfg.Passphrase, chainID)
	if err != nil {
		return nil, err
	}
	snd := chain.NewSender(s.backend, acc.Address, sign)
	s.senders.Add(pedigree.Address(acc.Address), snd)
	return snd, nil
}

// keyManager returns the key service over this service's keystore, external signers and senders.
func (s *Service) keyManager(settle settling) *keyManager {
	external := map[common.Address]bool{}
	for _, e := range s.cfg.ExternalSigners {
		external[e.Key] = true
	}
	return &keyManager{dir: s.directory, orgs: s.Organisations, actions: s.Actions, contract: s.Contract, senders: s.senders,
		settle: settle, log: s.log, keystore: s.cfg.Keystore, passphrase: s.cfg.Passphrase, signer: s.keySender, external: external,
		balance: func(ctx context.Context, key common.Address) (*big.Int, error) {
			return s.backend.BalanceAt(ctx, key, nil)
		}}
}

// Keys returns the key service: participants' signing keys listed, added and retired.
func (s *Service) Keys() pedigree.KeyService { return s.keyService }
