package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// webServer is the running HTTP server.
type webServer struct {
	url    string
	server *http.Server
}

// serveHTTP listens on addr, which flag sets, and serves handler until stop.
func serveHTTP(addr, flag string, handler http.Handler, log *slog.Logger) (*webServer, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("the address %s is in use: pass %s with another address, or stop what uses it", addr, flag)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	s := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, IdleTimeout: 2 * time.Minute}
	go func() {
		if err := s.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("web server stopped", "err", err)
		}
	}()
	return &webServer{url: "http://" + ln.Addr().String(), server: s}, nil
}

func (w *webServer) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = w.server.Shutdown(ctx)
}

// sample is a demo pack to try.
type sample struct{ what, path, bracketed string }

// demoSamples returns resolver paths of demo packs in each situation.
func demoSamples(ctx context.Context, c *chain.Contract, batches *postgres.Batches, id pedigree.TokenID) ([]sample, error) {
	serials, err := batches.Serials(ctx, id)
	if err != nil {
		return nil, err
	}
	b, err := c.Batch(ctx, id.Big())
	if err != nil {
		return nil, err
	}
	expiry := time.Unix(int64(b.ExpiryDay)*86400, 0).UTC().Format("060102")
	var out []sample
	for _, p := range []struct {
		index int
		what  string
	}{{90, "a pack at the pharmacy (AUTHENTIC):"}, {10, "a pack still at the manufacturer:"}, {80, "a dispensed pack:"}} {
		out = append(out, sample{
			what:      p.what,
			path:      fmt.Sprintf("/01/%s/10/%s/21/%s?17=%s", demo.DemoGTIN, demo.DemoLot, serials[p.index], expiry),
			bracketed: fmt.Sprintf("(01)%s(17)%s(10)%s(21)%s", demo.DemoGTIN, expiry, demo.DemoLot, serials[p.index]),
		})
	}
	return out, nil
}
