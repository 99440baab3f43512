package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Keys returns account's signing keys as the projection has them: its own account, registered
// first, then every key added to it (key_events), each with its retirement if any, oldest
// first; who added or retired each is named by organisation (or GLN). Where each key is kept
// is not the projection's: Held and Signing are left for the caller. ENOTFOUND when account
// is no participant.
func (d *Directory) Keys(ctx context.Context, account pedigree.Address) ([]pedigree.Key, error) {
	var registered time.Time
	var by []byte
	err := d.pool.QueryRow(ctx, `SELECT changed_at, registered_by FROM participants WHERE account = $1
		ORDER BY block_number, log_index LIMIT 1`, account[:]).Scan(&registered, &by)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, pedigree.Errorf(pedigree.ENOTFOUND, "%s is not a registered participant", account)
	}
	if err != nil {
		return nil, fmt.Errorf("read participant %s: %w", account, err)
	}
	keys := []pedigree.Key{{Address: account, Account: account, Own: true, AddedAt: registered, AddedBy: pedigree.Address(by).String()}}
	index := map[pedigree.Address]int{account: 0}
	rows, _ := d.pool.Query(ctx, `SELECT kind, key, by_account, time, tx_hash FROM key_events WHERE account = $1 ORDER BY block_number, log_index`, account[:])
	var kind string
	var key, hash []byte
	var at time.Time
	_, err = pgx.ForEachRow(rows, []any{&kind, &key, &by, &at, &hash}, func() error {
		k := pedigree.Address(key)
		switch kind {
		case "added":
			index[k] = len(keys)
			keys = append(keys, pedigree.Key{Address: k, Account: account, AddedAt: at, AddedBy: pedigree.Address(by).String(), AddedTx: optionalHash(hash)})
		case "retired":
			i, ok := index[k]
			if !ok {
				return fmt.Errorf("key %s of %s retired but never added", k, account)
			}
			t := at
			keys[i].Retired, keys[i].RetiredAt, keys[i].RetiredBy = true, &t, pedigree.Address(by).String()
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the keys of %s: %w", account, err)
	}
	// Name who added and retired them.
	var accounts [][]byte
	for _, k := range keys {
		for _, s := range []string{k.AddedBy, k.RetiredBy} {
			if a, err := pedigree.ParseAddress(s); err == nil {
				accounts = append(accounts, a[:])
			}
		}
	}
	names := map[string]string{}
	rows, _ = d.pool.Query(ctx, `SELECT p.account, coalesce(o.name, 'GLN ' || p.gln) FROM participants p
		LEFT JOIN organisations o ON o.account = p.account WHERE p.superseded_at IS NULL AND p.account = ANY($1)`, accounts)
	var a []byte
	var name string
	if _, err := pgx.ForEachRow(rows, []any{&a, &name}, func() error {
		names[pedigree.Address(a).String()] = name
		return nil
	}); err != nil {
		return nil, fmt.Errorf("name the keys' holders: %w", err)
	}
	for i := range keys {
		if n, ok := names[keys[i].AddedBy]; ok {
			keys[i].AddedBy = n
		}
		if n, ok := names[keys[i].RetiredBy]; ok {
			keys[i].RetiredBy = n
		}
	}
	return keys, nil
}
