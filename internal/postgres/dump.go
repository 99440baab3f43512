package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
)

// projectionTables are the tables the projection consists of, with the columns a dump shows
// (indexer_state without its wall-clock updated_at). It is the one list of them: a dump, Reset
// and a Rebuild (which builds a copy of each and swaps them in) all follow it, so a migration
// that adds a projection table adds it here.
var projectionTables = []struct{ name, columns string }{
	{"indexer_state", "chain_id, contract, deploy_block, block_number, block_hash"},
	{"indexed_blocks", "*"},
	{"participants", "*"},
	{"batches", "*"},
	{"tokens", "*"},
	{"pack_states", "*"},
	{"custody_events", "*"},
	{"recalls", "*"},
	{"gtin_assignments", "*"},
	{"key_events", "*"},
}

// DumpProjection returns every row of the projection as text, table by table, rows sorted: two
// databases hold the same projection exactly when their dumps are equal.
func DumpProjection(ctx context.Context, pool *pgxpool.Pool) (string, error) {
	var b strings.Builder
	for _, t := range projectionTables {
		var rows []string
		err := pool.QueryRow(ctx, `SELECT coalesce(array_agg(r ORDER BY r), '{}') FROM (SELECT row_to_json(x)::text AS r FROM (SELECT `+t.columns+` FROM `+t.name+`) x) y`).Scan(&rows)
		if err != nil {
			return "", fmt.Errorf("dump %s: %w", t.name, err)
		}
		fmt.Fprintf(&b, "== %s (%d rows)\n", t.name, len(rows))
		for _, r := range rows {
			b.WriteString(r)
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}
