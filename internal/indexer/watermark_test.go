package indexer_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/indexer"
)

func TestWatermark(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var w indexer.Watermark
		done := make(chan error)
		go func() { done <- w.Wait(context.Background(), 7) }()
		w.Set(3)
		select {
		case err := <-done:
			t.Fatalf("Wait(7) returned %v at block 3", err)
		case <-time.After(20 * time.Millisecond):
		}
		w.Set(9)
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		w.Set(5) // never moves back
		if got := w.Block(); got != 9 {
			t.Fatalf("got block %d, want 9", got)
		}
		if err := w.Wait(context.Background(), 9); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrDeadline", func(t *testing.T) {
		var w indexer.Watermark
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel()
		if err := w.Wait(ctx, 1); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("got %v, want the deadline", err)
		}
	})
}
