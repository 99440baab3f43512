package indexer

import (
	"context"
	"sync"
)

// Watermark is the block the projection has reached, for readers who must see their own
// writes: a page shown right after a transaction waits until the projection holds its block.
// Set it from Config.Progress. The zero value is ready to use.
type Watermark struct {
	mu      sync.Mutex
	block   uint64
	changed chan struct{} // closed and replaced on every advance
}

// Set records that the projection holds every block up to block. It never moves back: a
// rolled-back reorganisation is replayed up to the same height or higher.
func (w *Watermark) Set(block uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if block <= w.block {
		return
	}
	w.block = block
	if w.changed != nil {
		close(w.changed)
		w.changed = nil
	}
}

// Block returns the highest block Set recorded.
func (w *Watermark) Block() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.block
}

// Wait returns once the projection holds block, or ctx's error when it ends first.
func (w *Watermark) Wait(ctx context.Context, block uint64) error {
	for {
		w.mu.Lock()
		if w.block >= block {
			w.mu.Unlock()
			return nil
		}
		if w.changed == nil {
			w.changed = make(chan struct{})
		}
		ch := w.changed
		w.mu.Unlock()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}
