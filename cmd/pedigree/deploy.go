package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// stdin is where commands read a confirmation; tests leave it alone and pass -yes.
var stdin io.Reader = os.Stdin

func runDeploy(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var s serveSettings
	var account, gln string
	var yes bool
	fs := newFlags("deploy", `Deploys pedigree's contract to a network, signed by a regulator's key from the keystore;
that account becomes the contract's first regulator. Prints the contract's address and
deployment block: give them to 'pedigree serve' as PEDIGREE_CONTRACT and PEDIGREE_DEPLOY_BLOCK.
It asks before sending the transaction unless -yes is given.`, stderr)
	s.register(fs, getenv, app.EnvRPCURL, app.EnvChainID, app.EnvKeystore, app.EnvPassphraseFile, "PEDIGREE_LOG_LEVEL", app.EnvLogFormat)
	fs.StringVar(&account, "account", "", "the regulator's account in the keystore (needed when it holds more than one key)")
	fs.StringVar(&gln, "gln", "", "the regulator's GLN: 13 digits with a valid check digit (required)")
	fs.BoolVar(&yes, "yes", false, "deploy without asking")
	if err := parse(fs, args); err != nil {
		return err
	}
	bad := func(setting, format string, args ...any) error {
		return exitError{code: 2, msg: setting + ": " + fmt.Sprintf(format, args...)}
	}
	switch {
	case s.rpcURL == "":
		return bad(app.EnvRPCURL, "not set: give the JSON-RPC URL of the node to deploy through")
	case s.keystore == "":
		return bad(app.EnvKeystore, "not set: give the keystore directory holding the regulator's key ('pedigree key new' makes one)")
	case s.passphraseFile == "":
		return bad(app.EnvPassphraseFile, "not set: give the file holding the keystore's passphrase")
	case len(gln) != 13 || !gs1.ValidGLN(gln):
		return bad("-gln", "%q is not a GLN (13 digits with a valid check digit)", gln)
	}
	glnNumber, _ := strconv.ParseUint(gln, 10, 64)
	passphrase, err := readPassphrase(s.passphraseFile)
	if err != nil {
		return err
	}
	client, err := chain.Dial(s.rpcURL)
	if err != nil {
		return bad(app.EnvRPCURL, "%v", err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("the node at %s cannot be reached: %w", client.URL(), err)
	}
	if s.chainID != "" && s.chainID != chainID.String() {
		return bad(app.EnvChainID, "the node at %s runs chain %s, not %s", client.URL(), chainID, s.chainID)
	}
	ks := keystore.NewKeyStore(s.keystore, keystore.StandardScryptN, keystore.StandardScryptP)
	acct, err := pickAccount(ks, account)
	if err != nil {
		return err
	}
	sign, err := chain.KeystoreSigner(ks, acct.Address, passphrase, chainID)
	if err != nil {
		return bad(app.EnvPassphraseFile, "the passphrase does not open the key of %s", acct.Address)
	}
	balance, err := client.BalanceAt(ctx, acct.Address, nil)
	if err != nil {
		return fmt.Errorf("read the balance of %s: %w", acct.Address, err)
	}
	if balance.Sign() == 0 {
		return fmt.Errorf("%s has no ether on chain %s to pay for the deployment: fund it first", acct.Address, chainID)
	}
	fmt.Fprintf(stdout, "Deploying pedigree's contract to chain %s through %s\n  regulator %s (GLN %s), balance %s ether\n",
		chainID, client.URL(), acct.Address, gln, etherString(balance))
	if !yes {
		ok, err := confirm(stdout, "Send the deployment transaction? This cannot be undone. [y/N] ")
		if err != nil {
			return err
		}
		if !ok {
			return exitError{code: 1, msg: "not deployed"}
		}
	}
	sender := chain.NewSender(client, acct.Address, sign)
	addr, receipt, err := chain.Deploy(ctx, sender, glnNumber)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "deployed pedigree's contract\n  contract %s\n  block    %d\n  tx       %s (gas %d)\n\n",
		addr, receipt.BlockNumber, receipt.TxHash, receipt.GasUsed)
	fmt.Fprintf(stdout, "For 'pedigree serve':\n  %s=%s\n  %s=%s\n  %s=%d\n", app.EnvChainID, chainID, app.EnvContract, addr, app.EnvDeployBlock, receipt.BlockNumber)
	return nil
}

// pickAccount returns the keystore's account addr, or its only one when addr is "".
func pickAccount(ks *keystore.KeyStore, addr string) (accounts.Account, error) {
	all := ks.Accounts()
	if addr != "" {
		if !common.IsHexAddress(addr) {
			return accounts.Account{}, exitError{code: 2, msg: fmt.Sprintf("-account: %q is not an address (0x and 40 hex digits)", addr)}
		}
		a, err := ks.Find(accounts.Account{Address: common.HexToAddress(addr)})
		if err != nil {
			return a, exitError{code: 2, msg: fmt.Sprintf("-account: the keystore holds no key of %s", addr)}
		}
		return a, nil
	}
	switch len(all) {
	case 0:
		return accounts.Account{}, exitError{code: 2, msg: app.EnvKeystore + ": the keystore holds no keys ('pedigree key new' makes one)"}
	case 1:
		return all[0], nil
	}
	return accounts.Account{}, exitError{code: 2, msg: fmt.Sprintf("-account: the keystore holds %d keys: name the regulator's", len(all))}
}

// readPassphrase reads a passphrase file, naming the setting when it cannot.
func readPassphrase(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", exitError{code: 2, msg: fmt.Sprintf("%s: cannot read %s", app.EnvPassphraseFile, path)}
	}
	p := strings.TrimRight(string(b), "\r\n")
	if p == "" {
		return "", exitError{code: 2, msg: fmt.Sprintf("%s: %s is empty", app.EnvPassphraseFile, path)}
	}
	return p, nil
}

// confirm asks question on w and reads a yes or no from stdin.
func confirm(w io.Writer, question string) (bool, error) {
	fmt.Fprint(w, question)
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && line == "" {
		return false, exitError{code: 2, msg: "no answer on standard input: pass -yes to go ahead without asking"}
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// etherString writes wei as ether with up to 4 decimals.
func etherString(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 4)
}

func runKey(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "new" && args[0] != "list") {
		return usageError{"key: say 'pedigree key new' or 'pedigree key list'"}
	}
	verb := args[0]
	var s serveSettings
	fs := newFlags("key "+verb, `'key new' makes a signing key, encrypted with the passphrase, in the keystore
directory (go-ethereum's keystore format), and prints its account. 'key list' lists the
accounts whose keys the keystore holds.`, stderr)
	s.register(fs, getenv, app.EnvKeystore, app.EnvPassphraseFile)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if s.keystore == "" {
		return exitError{code: 2, msg: app.EnvKeystore + ": not set: give the keystore directory"}
	}
	ks := keystore.NewKeyStore(s.keystore, keystore.StandardScryptN, keystore.StandardScryptP)
	if verb == "list" {
		for _, a := range ks.Accounts() {
			fmt.Fprintln(stdout, a.Address.Hex())
		}
		return nil
	}
	if s.passphraseFile == "" {
		return exitError{code: 2, msg: app.EnvPassphraseFile + ": not set: give the file holding the passphrase to encrypt the key with"}
	}
	passphrase, err := readPassphrase(s.passphraseFile)
	if err != nil {
		return err
	}
	a, err := ks.NewAccount(passphrase)
	if err != nil {
		return fmt.Errorf("create a key in %s: %w", s.keystore, err)
	}
	fmt.Fprintf(stdout, "%s\n", a.Address.Hex())
	return nil
}
