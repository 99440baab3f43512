package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func runVersion(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("version", "Prints pedigree's version, the Go version and a fingerprint of the contract it deploys.", stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	code := crypto.Keccak256Hash(common.FromHex(chain.PedigreeMetaData.Bin))
	fmt.Fprintf(stdout, "pedigree %s (%s, contract bytecode %s)\n", v, runtime.Version(), code.Hex()[:18])
	return nil
}
