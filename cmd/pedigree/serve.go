package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
)

// serveSettings are the settings of `pedigree serve`: each is an environment variable and a
// flag of the same name in lower case without the PEDIGREE_ prefix; a flag wins.
type serveSettings struct {
	rpcURL, contract, chainID, confirmations, deployBlock string
	databaseURL                                           string
	keystore, passphraseFile                              string
	httpAddr, baseURL, logFormat, logLevel                string
	publicRPCURL                                          string
	gln                                                   string
	operatorAddr                                          string
	externalSigners                                       string
	smtpURL, mailFrom                                     string
	scanRetention                                         string
}

// setting is one of them, for the flag set and the README's table.
type setting struct {
	env, flag, usage string
	value            *string
	fallback         string // the default when neither the flag nor the variable is set
}

// secretSettings may hold a password: -h shows their value without it.
var secretSettings = map[string]bool{app.EnvSMTPURL: true, app.EnvDatabaseURL: true}

func (s *serveSettings) list() []setting {
	return []setting{
		{app.EnvRPCURL, "rpc-url", "JSON-RPC URL of an Ethereum node: http(s):// or ws(s):// (required)", &s.rpcURL, ""},
		{app.EnvContract, "contract", "address of pedigree's contract, as 'pedigree deploy' printed it (required)", &s.contract, ""},
		{app.EnvChainID, "chain-id", "the chain id the node must run (required)", &s.chainID, ""},
		{app.EnvConfirmations, "confirmations", "blocks on top of a block before it is indexed and actions on it are confirmed", &s.confirmations, "0"},
		{app.EnvDeployBlock, "deploy-block", "the contract's deployment block (default: the projection's, or found on an archive node)", &s.deployBlock, ""},
		{app.EnvDatabaseURL, "database-url", "PostgreSQL URL (required)", &s.databaseURL, ""},
		{app.EnvKeystore, "keystore", "directory of encrypted keys (go-ethereum keystore) of the organisations this service signs for; none: verification only", &s.keystore, ""},
		{app.EnvPassphraseFile, "key-passphrase-file", "file holding the passphrase that seals the answer-signing key and opens the keystore (required)", &s.passphraseFile, ""},
		{app.EnvHTTP, "http", "listen address of the web UI, the API and the resolver", &s.httpAddr, "127.0.0.1:8080"},
		{app.EnvOperatorHTTP, "operator-http", "listen address of /metrics (with /healthz and /readyz) for operators, kept off the public listener; give one only operators reach (default: none, no /metrics)", &s.operatorAddr, ""},
		{app.EnvBaseURL, "base-url", "public URL of this service, printed in pack labels' QR codes (default: the URL a request came to)", &s.baseURL, ""},
		{app.EnvExternalSigners, "external-signers", "keys kept in external signers (Clef's account_signTransaction), comma-separated: ACCOUNT@URL, or ACCOUNT/KEY@URL for a key added to ACCOUNT on chain (default: none)", &s.externalSigners, ""},
		{app.EnvPublicRPCURL, "public-rpc-url", "JSON-RPC URL of the chain that browsers may call, suggested on the verdict page to check its answer (default: none)", &s.publicRPCURL, ""},
		{app.EnvGLN, "deployment-gln", "this deployment's GLN, with which it asks other deployments' verification services about the GTINs its lookup directory sends there (default: none, it asks none)", &s.gln, ""},
		{app.EnvSMTPURL, "smtp-url", "mail relay that e-mails invitation and password-reset links: smtp://user:password@host:port (STARTTLS when offered; the password only over TLS or to localhost) or smtps://... (TLS); give it in the environment, not the command line (default: none, the pages show the links to pass on)", &s.smtpURL, ""},
		{app.EnvMailFrom, "mail-from", "address the mail comes from, e.g. 'pedigree <noreply@agency.example>' (required with the relay)", &s.mailFrom, ""},
		{app.EnvScanRetention, "scan-retention", "months of the scan log kept: older months are dropped, a month at a time (0: keep every month)", &s.scanRetention, "0"},
		{app.EnvLogFormat, "log-format", "log format: text or json", &s.logFormat, "text"},
		{"PEDIGREE_LOG_LEVEL", "log-level", "log level: debug, info, warn or error", &s.logLevel, "info"},
	}
}

// register adds the settings' flags to fs, each defaulting to its environment variable.
func (s *serveSettings) register(fs *flag.FlagSet, getenv func(string) string, only ...string) {
	for _, st := range s.list() {
		if len(only) > 0 && !contains(only, st.env) {
			continue
		}
		def := getenv(st.env)
		if def == "" {
			def = st.fallback
		}
		if secretSettings[st.env] {
			*st.value = def
			fs.Var(secretURL{st.value}, st.flag, st.usage+" ($"+st.env+")")
			continue
		}
		fs.StringVar(st.value, st.flag, def, st.usage+" ($"+st.env+")")
	}
}

// secretURL is a flag holding a URL with a password: its default, as -h shows it, is
// redacted.
type secretURL struct{ p *string }

func (v secretURL) String() string {
	if v.p == nil || *v.p == "" {
		return ""
	}
	return redact(*v.p)
}

func (v secretURL) Set(s string) error { *v.p = s; return nil }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// logger returns the logger the settings ask for, writing to w.
func (s *serveSettings) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(s.logLevel)); err != nil {
		return nil, &app.ConfigError{Setting: "PEDIGREE_LOG_LEVEL", Problem: fmt.Sprintf("%q is not debug, info, warn or error", s.logLevel)}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch s.logFormat {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, &app.ConfigError{Setting: app.EnvLogFormat, Problem: fmt.Sprintf("%q is not text or json", s.logFormat)}
}

// config checks the settings' forms and returns the service's configuration. The checks that
// need the node or the database are app.New's and Service.Run's.
func (s *serveSettings) config() (app.Config, error) {
	var cfg app.Config
	bad := func(env, format string, args ...any) error {
		return &app.ConfigError{Setting: env, Problem: fmt.Sprintf(format, args...)}
	}
	if s.rpcURL == "" {
		return cfg, bad(app.EnvRPCURL, "not set: give the JSON-RPC URL of an Ethereum node (http://, https://, ws:// or wss://)")
	}
	cfg.RPCURL = s.rpcURL
	if s.chainID != "" {
		n, err := strconv.ParseUint(s.chainID, 10, 64)
		if err != nil || n == 0 {
			return cfg, bad(app.EnvChainID, "%q is not a chain id (a whole number above 0)", s.chainID)
		}
		cfg.ChainID = n
	}
	if s.contract != "" {
		if !common.IsHexAddress(s.contract) || !strings.HasPrefix(s.contract, "0x") {
			return cfg, bad(app.EnvContract, "%q is not an address (0x and 40 hex digits)", s.contract)
		}
		cfg.Contract = common.HexToAddress(s.contract)
	}
	var err error
	if cfg.Confirmations, err = strconv.ParseUint(s.confirmations, 10, 64); err != nil {
		return cfg, bad(app.EnvConfirmations, "%q is not a number of blocks", s.confirmations)
	}
	if s.deployBlock != "" {
		if cfg.DeployBlock, err = strconv.ParseUint(s.deployBlock, 10, 64); err != nil || cfg.DeployBlock == 0 {
			return cfg, bad(app.EnvDeployBlock, "%q is not a block number above 0", s.deployBlock)
		}
	}
	if n, err := strconv.Atoi(s.scanRetention); err != nil || n < 0 || n > 1200 {
		return cfg, bad(app.EnvScanRetention, "%q is not a number of months (0 to 1200; 0 keeps every month)", s.scanRetention)
	} else {
		cfg.ScanRetention = n
	}
	cfg.DatabaseURL = s.databaseURL
	cfg.Keystore = s.keystore
	if s.keystore != "" {
		if fi, err := os.Stat(s.keystore); err != nil || !fi.IsDir() {
			return cfg, bad(app.EnvKeystore, "%s is not a directory", s.keystore)
		}
	}
	if s.passphraseFile == "" {
		return cfg, bad(app.EnvPassphraseFile, "not set: give the file holding the passphrase that seals the key signing answers (and opens the keystore's keys)")
	}
	{
		b, err := os.ReadFile(s.passphraseFile)
		if err != nil {
			return cfg, bad(app.EnvPassphraseFile, "cannot read %s: %v", s.passphraseFile, errors.Unwrap(err))
		}
		cfg.Passphrase = strings.TrimRight(string(b), "\r\n")
		if cfg.Passphrase == "" {
			return cfg, bad(app.EnvPassphraseFile, "%s is empty", s.passphraseFile)
		}
	}
	if _, port, err := net.SplitHostPort(s.httpAddr); err != nil || port == "" {
		return cfg, bad(app.EnvHTTP, "%q is not a listen address (host:port, e.g. 0.0.0.0:8080)", s.httpAddr)
	}
	if s.operatorAddr != "" {
		if _, port, err := net.SplitHostPort(s.operatorAddr); err != nil || port == "" {
			return cfg, bad(app.EnvOperatorHTTP, "%q is not a listen address (host:port, e.g. 10.0.0.5:9464)", s.operatorAddr)
		}
		if s.operatorAddr == s.httpAddr {
			return cfg, bad(app.EnvOperatorHTTP, "%s is the public address too: /metrics must be served apart", s.operatorAddr)
		}
	}
	cfg.SMTPURL, cfg.MailFrom = s.smtpURL, s.mailFrom
	cfg.BaseURL = s.baseURL
	cfg.PublicRPCURL = s.publicRPCURL
	cfg.GLN = s.gln
	if cfg.ExternalSigners, err = parseExternalSigners(s.externalSigners); err != nil {
		return cfg, bad(app.EnvExternalSigners, "%v", err)
	}
	return cfg, nil
}

// parseExternalSigners reads PEDIGREE_EXTERNAL_SIGNERS: comma-separated ACCOUNT@URL (the
// account's own key) or ACCOUNT/KEY@URL (a key added to the account on chain).
func parseExternalSigners(v string) ([]app.ExternalSigner, error) {
	var out []app.ExternalSigner
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		who, url, ok := strings.Cut(item, "@")
		if !ok {
			return nil, fmt.Errorf("%q is not ACCOUNT@URL or ACCOUNT/KEY@URL", item)
		}
		account, key, _ := strings.Cut(who, "/")
		if key == "" {
			key = account
		}
		for _, a := range []string{account, key} {
			if !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
				return nil, fmt.Errorf("%q in %q is not an address (0x and 40 hex digits)", a, item)
			}
		}
		if err := chain.CheckRPCURL(url); err != nil {
			return nil, fmt.Errorf("the signer of %s: %v", account, err)
		}
		out = append(out, app.ExternalSigner{URL: url, Account: common.HexToAddress(account), Key: common.HexToAddress(key)})
	}
	return out, nil
}

// configExit turns a configuration error into exit status 2 with its message.
func configExit(err error) error {
	var cerr *app.ConfigError
	if errors.As(err, &cerr) {
		return exitError{code: 2, msg: cerr.Error()}
	}
	return err
}

// configure, when set, edits the service's configuration before app.New builds it. Only a
// test's child process sets it (TestMain: PEDIGREE_TEST_CHILD), to stop at an exact step of a
// registration; production leaves it nil, and it is no setting of `pedigree serve`.
var configure func(*app.Config)

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var s serveSettings
	fs := newFlags("serve", `Runs pedigree for real: against any Ethereum node and any PostgreSQL, with no demo data.
Every setting is an environment variable or the flag of the same name; a flag wins.
Many instances may share one database: one of them indexes the chain at a time.`, stderr)
	s.register(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := s.logger(stderr)
	if err != nil {
		return configExit(err)
	}
	cfg, err := s.config()
	if err != nil {
		return configExit(err)
	}
	cfg.Logger = log
	if configure != nil {
		configure(&cfg)
	}
	svc, err := app.New(ctx, cfg)
	if err != nil {
		return configExit(err)
	}
	defer svc.Close()

	web, err := serveHTTP(s.httpAddr, "-http", svc.Handler(), log)
	if err != nil {
		return err
	}
	defer web.stop()
	operator := "none"
	if s.operatorAddr != "" {
		op, err := serveHTTP(s.operatorAddr, "-operator-http", svc.OperatorHandler(), log)
		if err != nil {
			return err
		}
		defer op.stop()
		operator = op.url
	}
	log.Info("pedigree serve is listening", "web", web.url, "operator", operator, "contract", cfg.Contract, "chain_id", cfg.ChainID,
		"schema", svc.SchemaVersion, "confirmations", cfg.Confirmations)
	fmt.Fprintf(stdout, "pedigree serve is listening on %s (/readyz says when it can answer)\n", web.url)
	if s.operatorAddr != "" {
		fmt.Fprintf(stdout, "operator address %s (/metrics, /healthz, /readyz)\n", operator)
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var runErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		runErr = svc.Run(runCtx)
		stop()
	})
	<-runCtx.Done()
	wg.Wait()
	if runErr != nil {
		log.Error("stopping", "err", runErr)
		return configExit(runErr)
	}
	log.Info("stopping")
	return nil
}
