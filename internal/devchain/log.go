package devchain

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/log"
)

// gethLogger wraps a go-ethereum logger so that log.SetDefault does not
// recognise it: given geth's own logger type, SetDefault also calls
// slog.SetDefault, which would send the whole program's slog and log
// output through the node's filter.
type gethLogger struct{ log.Logger }

// newGethLogger returns a go-ethereum logger writing to logger, keeping only
// warnings and errors (geth logs every block at info level). A nil logger
// discards everything. Most of geth logs through its process-wide logger,
// so Start installs it with log.SetDefault once it owns the data dir.
func newGethLogger(logger *slog.Logger) gethLogger {
	var h slog.Handler = slog.DiscardHandler
	if logger != nil {
		h = minLevelHandler{min: slog.LevelWarn, next: logger.Handler()}
	}
	return gethLogger{log.NewLogger(h)}
}

// expectedWarnings are warnings geth logs on every dev node start, or on
// the first: they describe the configuration, not a problem.
var expectedWarnings = map[string]bool{
	"P2P server will be useless, neither dialing nor listening": true, // no peers, by design
	"Head block is not reachable":                               true, // new chain
	"Failed to load snapshot":                                   true, // new chain, or after a crash: rebuilt
}

// servedRPC are the messages geth logs, at warning level, for every JSON-RPC call that fails,
// including eth_call and eth_estimateGas calls that revert: callers ask those on purpose (is
// this batch registered?) and get the revert as their answer, so they are not the node's
// problems.
var servedRPC = map[string]bool{"Served eth_call": true, "Served eth_estimateGas": true}

// minLevelHandler drops records below min, expected warnings, and reverted calls.
type minLevelHandler struct {
	min  slog.Level
	next slog.Handler
}

func (h minLevelHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= h.min && h.next.Enabled(ctx, level)
}

func (h minLevelHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level == slog.LevelWarn && (expectedWarnings[r.Message] || servedRPC[r.Message] && reverted(r)) {
		return nil
	}
	return h.next.Handle(ctx, r)
}

func (h minLevelHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevelHandler{min: h.min, next: h.next.WithAttrs(attrs)}
}

func (h minLevelHandler) WithGroup(name string) slog.Handler {
	return minLevelHandler{min: h.min, next: h.next.WithGroup(name)}
}

// reverted reports whether a "Served ..." record is about a call that reverted.
func reverted(r slog.Record) bool {
	found := false
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" && a.Value.String() == "execution reverted" {
			found = true
			return false
		}
		return true
	})
	return found
}
