package merkle

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestCache(t *testing.T) {
	ctx := context.Background()
	var builds atomic.Int32
	build := func(n int) func(context.Context) (*Tree, error) {
		return func(context.Context) (*Tree, error) {
			builds.Add(1)
			return New([]string{"a", "b", "c"}[:n])
		}
	}
	c := NewCache[string](2)
	t.Run("OnceForConcurrentCallers", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := c.Get(ctx, "x", build(3)); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if got := builds.Load(); got != 1 {
			t.Fatalf("built %d times, want 1", got)
		}
	})
	t.Run("EvictsLeastRecentlyUsed", func(t *testing.T) {
		c.Get(ctx, "y", build(2))
		c.Get(ctx, "x", build(3)) // x is now newer than y
		c.Get(ctx, "z", build(1)) // evicts y
		before := builds.Load()
		c.Get(ctx, "x", build(3))
		if builds.Load() != before {
			t.Fatal("x was evicted")
		}
		c.Get(ctx, "y", build(2))
		if builds.Load() != before+1 {
			t.Fatal("y was not evicted")
		}
	})
	t.Run("FailuresAreNotCached", func(t *testing.T) {
		fail := errors.New("no serials")
		if _, err := c.Get(ctx, "f", func(context.Context) (*Tree, error) { return nil, fail }); !errors.Is(err, fail) {
			t.Fatalf("got %v", err)
		}
		if tree, err := c.Get(ctx, "f", build(1)); err != nil || tree.Len() != 1 {
			t.Fatalf("retry: %v", err)
		}
	})
}
