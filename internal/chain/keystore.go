package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// KeystoreSigner unlocks addr's key in ks with passphrase and returns a SignFunc for chainID.
// The key stays encrypted on disk (go-ethereum's keystore format); only ks holds it decrypted,
// in memory. Errors never include the passphrase.
func KeystoreSigner(ks *keystore.KeyStore, addr common.Address, passphrase string, chainID *big.Int) (SignFunc, error) {
	acct, err := ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("find key of %s in keystore: %w", addr, err)
	}
	if err := ks.Unlock(acct, passphrase); err != nil {
		return nil, fmt.Errorf("unlock key of %s: %w", addr, err)
	}
	return func(tx *types.Transaction) (*types.Transaction, error) {
		return ks.SignTx(acct, tx, chainID)
	}, nil
}
