package chain

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Senders are the senders of the participants a service signs for, by account. It is safe for
// concurrent use, so a key made while the service runs (an onboarding) signs at once.
type Senders struct {
	mu sync.RWMutex
	m  map[pedigree.Address]*Sender
}

// NewSenders returns the senders given, keyed by the account each signs for (its From).
func NewSenders(senders ...*Sender) *Senders {
	s := &Senders{m: map[pedigree.Address]*Sender{}}
	for _, snd := range senders {
		s.m[pedigree.Address(snd.From())] = snd
	}
	return s
}

// Add adds the sender of account, unless one is there already; it reports whether it added.
func (s *Senders) Add(account pedigree.Address, snd *Sender) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[account]; ok {
		return false
	}
	s.m[account] = snd
	return true
}

// Put makes snd the sender of account, in place of any other.
func (s *Senders) Put(account pedigree.Address, snd *Sender) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[account] = snd
}

// Get returns the sender of account.
func (s *Senders) Get(account pedigree.Address) (*Sender, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	snd, ok := s.m[account]
	return snd, ok
}

// All returns every sender.
func (s *Senders) All() []*Sender {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*Sender, 0, len(s.m))
	for _, snd := range s.m {
		out = append(out, snd)
	}
	return out
}

// Remove removes the sender of account: the service no longer signs for it.
func (s *Senders) Remove(account pedigree.Address) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, account)
}

// ByKey returns a sender that signs with key, whichever account it is filed under.
func (s *Senders) ByKey(key common.Address) (*Sender, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, snd := range s.m {
		if snd.From() == key {
			return snd, true
		}
	}
	return nil, false
}
