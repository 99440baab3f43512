// Package app is the one place pedigree's service is assembled: New builds the stores, the
// verifier, the chain actions, the indexer and the HTTP handler from a validated Config.
// `pedigree dev` (the embedded chain, a private PostgreSQL and the demo seed in front of it),
// `pedigree serve`, the tests and the benchmarks all call it, so they cannot drift apart.
package app

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/federation"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/httpapi"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/signer"
	"github.com/pedigree-rx/pedigree/migrations"
)

// The environment variables of `pedigree serve`; a Setting names one in a ConfigError.
const (
	EnvRPCURL          = "PEDIGREE_RPC_URL"
	EnvContract        = "PEDIGREE_CONTRACT"
	EnvChainID         = "PEDIGREE_CHAIN_ID"
	EnvConfirmations   = "PEDIGREE_CONFIRMATIONS"
	EnvDeployBlock     = "PEDIGREE_DEPLOY_BLOCK"
	EnvDatabaseURL     = "DATABASE_URL"
	EnvKeystore        = "PEDIGREE_KEYSTORE"
	EnvPassphraseFile  = "PEDIGREE_KEY_PASSPHRASE_FILE"
	EnvHTTP            = "PEDIGREE_HTTP"
	EnvOperatorHTTP    = "PEDIGREE_OPERATOR_HTTP"
	EnvBaseURL         = "PEDIGREE_BASE_URL"
	EnvPublicRPCURL    = "PEDIGREE_PUBLIC_RPC_URL"
	EnvExternalSigners = "PEDIGREE_EXTERNAL_SIGNERS"
	EnvLogFormat       = "PEDIGREE_LOG_FORMAT"
	EnvSMTPURL         = "PEDIGREE_SMTP_URL"
	EnvMailFrom        = "PEDIGREE_MAIL_FROM"
	EnvGLN             = "PEDIGREE_GLN"
	EnvScanRetention   = "PEDIGREE_SCAN_RETENTION"
)

// ConfigError is a setting that is missing, malformed, or does not match the node or the
// database it names. `pedigree serve` exits with status 2 on one.
type ConfigError struct {
	Setting string // the environment variable, e.g. PEDIGREE_CHAIN_ID
	Problem string
}

func (e *ConfigError) Error() string { return e.Setting + ": " + e.Problem }

func configErrorf(setting, format string, args ...any) *ConfigError {
	return &ConfigError{Setting: setting, Problem: fmt.Sprintf(format, args...)}
}

// Config is everything the service is built from. Exactly one of Backend and RPCURL names
// the chain, and one of Pool and DatabaseURL the database.
type Config struct {
	// Backend is an open connection to the chain: the embedded node, or the simulated backend
	// of a test. RPCURL is a node's JSON-RPC URL (http, https, ws or wss), dialled on demand:
	// a node that is down at start makes the service start not ready, not fail.
	Backend chain.Backend
	RPCURL  string
	// ChainID is the chain the node must run (required with RPCURL).
	ChainID uint64
	// Contract is pedigree's contract on that chain; its code must be this build's.
	Contract common.Address
	// DeployBlock is the contract's deployment block, where indexing starts. Zero: the
	// projection's, or found by bisecting the chain's history (which needs an archive node).
	DeployBlock uint64
	// Confirmations is how many blocks must be on top of a block before it is indexed.
	Confirmations uint64

	// Senders sign for the organisations whose keys the caller holds (the demo, tests).
	Senders []*chain.Sender
	// Keystore is a directory of go-ethereum keystore files, every one unlocked with
	// Passphrase at start; their accounts' organisations can act through this service.
	Keystore   string
	Passphrase string
	// ExternalSigners are organisations' keys kept outside pedigree, in external signers
	// speaking Clef's account_signTransaction: pedigree prepares each transaction and asks.
	ExternalSigners []ExternalSigner
	// TwoFactorKey seals users' TOTP secrets (32 bytes); nil derives it from Passphrase, or
	// without one makes a key of this process alone (secrets enrolled then do not outlive it).
	TwoFactorKey []byte

	// SMTPURL is the mail relay one-time links are e-mailed through (smtp:// or smtps://,
	// user:password@host:port), MailFrom the address they come from; "": links are shown to
	// pass on. MailRoots, when set, are the authorities the relay's certificate must chain to
	// (tests); nil: the system's.
	SMTPURL, MailFrom string
	MailRoots         *x509.CertPool

	// Pool is an open, migrated database; DatabaseURL one to open and migrate.
	Pool        *pgxpool.Pool
	DatabaseURL string

	// BaseURL is the public URL printed in pack labels' QR codes ("": the request's own).
	BaseURL string
	// PublicRPCURL is a JSON-RPC URL of the chain for browsers, which the verdict page
	// suggests for checking its answer ("": none).
	PublicRPCURL string
	Logger       *slog.Logger
	// Now is the clock of verdicts and registrations; nil means time.Now.
	Now func() time.Time

	// GLN is this deployment's GLN, the requester's (reqGLN) when it asks another deployment's
	// verification service about a GTIN the lookup directory sends there; "": it asks none.
	GLN string
	// ResponderTimeout bounds each such request (federation.DefaultTimeout).
	ResponderTimeout time.Duration

	// Tuning; zero values are the defaults given.
	PollInterval time.Duration // the indexer's polling without head subscriptions (200 ms)
	LeaderRetry  time.Duration // how often a standby instance tries to become the indexer (1 s)
	NodeRetry    time.Duration // how often an unreachable node is tried (2 s)
	SettleWait   time.Duration // how long an action waits to be indexed before answering "pending" (5 s)
	// ReconcileInterval is how often the registrations cut short are settled (30 s; the
	// first pass is as soon as the node is reached). See reconcile.go.
	ReconcileInterval time.Duration
	// AfterRegistrationStep, when set, is told each step of a batch registration once it is
	// on record (chain.Registrar.AfterStep). Only tests set it, to stop the process at an
	// exact point; it is no setting of `pedigree serve`.
	AfterRegistrationStep func(step string)
	// ScanRetention is how many months of the scan log are kept: Run drops older months, a
	// partition at a time (0: every month is kept).
	ScanRetention int
	// ScanWriters is how many transactions the scan log and the audit log may have in flight
	// at once, each committing the rows of every request waiting (group commit; default 1).
	// Two groups in flight update the same aggregated alert rows (one per kind, batch and hour)
	// in different orders and deadlock: PostgreSQL breaks it after deadlock_timeout (1 s), and
	// the broken group is written again a row at a time. make bench-verify measured it: with 2,
	// several stalls of about a second a minute at concurrency 64 (worst second 138 answers);
	// with 1, none (worst latency 95 ms) and more answers a second (2,860 against 2,411).
	ScanWriters int
	// AnswerKeyScryptN is the scrypt cost of sealing a new answer-signing key (jws.ScryptN).
	AnswerKeyScryptN int
	// AnonymousLimit bounds verifications without a token or session per client address
	// (httpapi.RateLimit; zero: 30 at once, then one a second; a negative Burst: no limit).
	AnonymousLimit httpapi.RateLimit
	// ImageLimit bounds the images (camera frames, photos) decoded for visitors per client
	// address (zero: 30 frames at once, then two a second; a photo counts as five).
	ImageLimit httpapi.RateLimit
}

// validate checks the settings that need no connection, naming the first wrong one.
func (c *Config) validate() error {
	switch {
	case c.Backend == nil && c.RPCURL == "":
		return configErrorf(EnvRPCURL, "not set: give the JSON-RPC URL of an Ethereum node (http://, https://, ws:// or wss://)")
	case c.Backend == nil:
		if err := chain.CheckRPCURL(c.RPCURL); err != nil {
			return configErrorf(EnvRPCURL, "%v", err)
		}
		if c.ChainID == 0 {
			return configErrorf(EnvChainID, "not set: give the chain id the node must run, e.g. 1337")
		}
	}
	if c.Contract == (common.Address{}) {
		return configErrorf(EnvContract, "not set: give the address of pedigree's contract (0x and 40 hex digits; 'pedigree deploy' prints it)")
	}
	if c.Pool == nil && c.DatabaseURL == "" {
		return configErrorf(EnvDatabaseURL, "not set: give a PostgreSQL URL, e.g. postgres://pedigree@db.example/pedigree")
	}
	if c.Keystore != "" && c.Passphrase == "" {
		return configErrorf(EnvPassphraseFile, "not set: the keys in %s need the file holding their passphrase", c.Keystore)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return configErrorf(EnvBaseURL, "%q is not an http:// or https:// URL without query (the address printed in QR codes)", c.BaseURL)
		}
	}
	if c.PublicRPCURL != "" {
		u, err := url.Parse(c.PublicRPCURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
			return configErrorf(EnvPublicRPCURL, "%q is not an http:// or https:// URL without a password (browsers call it)", c.PublicRPCURL)
		}
	}
	if _, err := newMailer(c); err != nil {
		return err
	}
	if c.GLN != "" && !gs1.ValidGLN(c.GLN) {
		return configErrorf(EnvGLN, "%q is not a GLN: 13 digits with a valid check digit", c.GLN)
	}
	if c.ScanRetention < 0 {
		return configErrorf(EnvScanRetention, "%d is not a number of months (0 keeps every month)", c.ScanRetention)
	}
	if c.Confirmations > 1000 {
		return configErrorf(EnvConfirmations, "%d is more than 1000 blocks", c.Confirmations)
	}
	return nil
}

func (c *Config) defaults() {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.PollInterval == 0 {
		c.PollInterval = 200 * time.Millisecond
	}
	if c.LeaderRetry == 0 {
		c.LeaderRetry = time.Second
	}
	if c.NodeRetry == 0 {
		c.NodeRetry = 2 * time.Second
	}
	if c.SettleWait == 0 {
		c.SettleWait = 5 * time.Second
	}
	if c.ReconcileInterval == 0 {
		c.ReconcileInterval = 30 * time.Second
	}
	if c.ScanWriters == 0 {
		c.ScanWriters = 1
	}
}

// Service is pedigree's service, built. Handler answers at once; Run connects to the node,
// checks it, and indexes while this instance holds the indexer lock.
type Service struct {
	cfg     Config
	log     *slog.Logger
	pool    *pgxpool.Pool
	ownPool bool
	backend chain.Backend
	dialled *chain.Client // the node's client, when this service dialled it

	// Contract is pedigree's contract on the node; Registrar and Actions sign with Senders.
	Contract  *chain.Contract
	Registrar *chain.Registrar
	Actions   *chain.Actions
	// Stores over the database.
	Batches       *postgres.Batches
	Organisations *postgres.Organisations
	Tokens        *postgres.Tokens
	Users         *postgres.Users
	TwoFactor     *postgres.TwoFactor
	Audit         *postgres.Audit
	Projection    *postgres.Projection
	Responders    *postgres.Responders // the lookup directory (federation)
	// Verifier answers verifications (the handler's, before its wait for the caller's own
	// writes); writes commits the scan log's and the audit log's rows in groups.
	Verifier *postgres.Verifier
	writes   *postgres.Committer

	custody   pedigree.CustodyService // Actions as callers see them: "pending" until indexed
	handler   *httpapi.Server
	indexed   indexer.Watermark // this instance's indexer's progress: a fast path for waits
	senders   *chain.Senders
	signers   []*signer.Client // external signers' connections
	nodeState atomic.Pointer[nodeState]
	chainID   atomic.Uint64      // the node's, once checked
	answerKey *jws.Key           // signs answers
	instance  *postgres.Instance // this process, as the database sees it: owner of its unfinished work
	keys      func(ctx context.Context) (jws.Set, error)
	leading   atomic.Bool

	// Suspensions with their reasons, and participants' signing keys (suspend.go, keys.go).
	status     *statusChanger
	keyService *keyManager
	directory  *postgres.Directory

	mailer pedigree.Mailer // nil: one-time links are shown, not mailed
	// SchemaVersion is the database schema version reached at start.
	SchemaVersion int
}

// nodeState is what the service last learnt of its node.
type nodeState struct {
	checked bool  // the chain id and the contract were checked once
	err     error // the last failure to reach it, nil when it answered
}

// ExternalSigner is one organisation's key in an external signer (go-ethereum's Clef).
type ExternalSigner struct {
	URL     string         // the signer's JSON-RPC endpoint, e.g. Clef's http://127.0.0.1:8550
	Account common.Address // the participant the key signs for
	Key     common.Address // the key: Account itself, or a key added to it on chain (addKey)
}

// New validates cfg, opens and migrates the database, unlocks the keys and builds the service.
// Nothing in it needs the node: that is Run's.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	s := &Service{cfg: cfg, log: cfg.Logger, pool: cfg.Pool, backend: cfg.Backend, senders: chain.NewSenders()}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	if s.pool == nil {
		pool, err := postgres.Open(ctx, cfg.DatabaseURL)
		if err != nil {
			return nil, err
		}
		s.pool, s.ownPool = pool, true
	}
	v, err := postgres.Migrate(ctx, s.pool, migrations.FS)
	if err != nil {
		if strings.Contains(err.Error(), "newer than this program") {
			return nil, configErrorf(EnvDatabaseURL, "%v", err)
		}
		return nil, err
	}
	s.SchemaVersion = v
	if s.backend == nil {
		c, err := chain.Dial(cfg.RPCURL)
		if err != nil {
			return nil, configErrorf(EnvRPCURL, "%v", err)
		}
		s.backend, s.dialled = c, c
	}
	for _, snd := range cfg.Senders {
		s.senders.Add(pedigree.Address(snd.From()), snd)
	}
	if cfg.Keystore != "" {
		if err := s.unlock(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.dialSigners(ctx); err != nil {
		return nil, err
	}
	s.nodeState.Store(&nodeState{err: fmt.Errorf("the Ethereum node (%s) has not been checked yet", s.nodeURL())})

	if err := s.loadAnswerKey(ctx); err != nil {
		return nil, err
	}
	if s.mailer, err = newMailer(&s.cfg); err != nil {
		return nil, err
	}
	if s.mailer != nil {
		s.log.Info("one-time links are e-mailed", "relay", s.mailer.Relay())
	}

	pool := s.pool
	s.Contract = chain.NewContract(s.backend, cfg.Contract)
	if s.instance, err = postgres.JoinInstance(ctx, pool); err != nil {
		return nil, err
	}
	s.Batches = postgres.NewBatches(pool)
	s.Batches.Instance = s.instance
	idempotency := postgres.NewIdempotency(pool)
	idempotency.Instance = s.instance
	s.Organisations = postgres.NewOrganisations(pool)
	s.Tokens = postgres.NewTokens(pool)
	s.Users = postgres.NewUsers(pool, time.Now)
	if s.TwoFactor, err = s.newTwoFactor(pool); err != nil {
		return nil, err
	}
	s.Verifier = postgres.NewVerifier(pool, cfg.Now)
	s.writes = s.Verifier.ScanWrites(cfg.ScanWriters)
	s.Verifier.Writes = s.writes
	s.Audit = postgres.NewAudit(pool, time.Now)
	s.Audit.Writes = s.writes
	s.Projection = postgres.NewProjection(pool)
	s.Registrar = chain.NewRegistrar(s.Contract, s.senders, s.Batches, cfg.Now, s.log)
	s.Registrar.AfterStep = cfg.AfterRegistrationStep
	s.Actions = chain.NewActions(s.Contract, s.senders, s.Batches)
	s.Actions.Names = s.organisationName
	settle := settling{deep: s.deep, wait: s.WaitIndexed, bound: cfg.SettleWait, note: s.Organisations.NoteAction}
	s.custody = settling{s.Actions, s.deep, s.WaitIndexed, cfg.SettleWait, s.Organisations.NoteAction}
	s.Verifier.Await = settle.awaitOwnWrite
	statusStore := postgres.NewStatusChanges(pool)
	statusStore.Instance = s.instance
	s.status = &statusChanger{store: statusStore, actions: s.Actions, contract: s.Contract, orgs: s.Organisations,
		settle: settle, log: s.log, staleAfter: 10 * time.Minute}
	s.directory = postgres.NewDirectory(pool)
	s.keyService = s.keyManager(settle)
	if s.Responders, err = s.newResponders(pool); err != nil {
		return nil, err
	}
	verifier := &federation.Verifier{Local: s.Verifier, Directory: s.Responders, GLN: cfg.GLN, Timeout: cfg.ResponderTimeout, Log: s.log, Now: cfg.Now}
	s.handler, err = httpapi.NewServer(s.log, httpapi.Deps{
		Verifier:     verifier,
		Responders:   s.Responders,
		Tokens:       s.Tokens,
		Alerts:       postgres.NewAlerts(pool, cfg.Now),
		Batches:      settlingBatches{s.Registrar, settle},
		Custody:      s.custody,
		Provenance:   postgres.NewProvenance(pool),
		Packs:        s.Batches,
		Facts:        postgres.NewFacts(pool),
		Containers:   postgres.NewFacts(pool),
		Idempotency:  idempotency,
		Users:        s.Users,
		People:       s.Users,
		TokenAdmin:   s.Tokens,
		Onboarder:    s.onboarding(),
		Status:       s.status,
		Keys:         s.keyService,
		Mailer:       s.mailer,
		TwoFactor:    s.TwoFactor,
		Audit:        s.Audit,
		Counter:      postgres.NewCounter(pool, cfg.Now),
		Directory:    s.directory,
		Recalls:      postgres.NewRecalls(pool),
		Serials:      postgres.NewSerials(pool, cfg.Now),
		Catalogue:    postgres.NewCatalogue(pool, cfg.Now),
		LMS:          postgres.NewLMS(pool),
		ProductPages: postgres.NewProductPages(pool),
		Indexed:      s.WaitIndexed,
		Ready:        s.Ready,
		Indexing:     s.Leading,
		Sign:         s.answerKey.Sign,
		JWKS:         s.keys,
		Chain:        s.chain,
		Now:          cfg.Now,
		BaseURL:      strings.TrimSuffix(cfg.BaseURL, "/"),
		PublicRPCURL: cfg.PublicRPCURL,

		AnonymousLimit: cfg.AnonymousLimit,
		ImageLimit:     cfg.ImageLimit,
		Unavailable:    postgres.Unavailable,
	})
	if err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// loadAnswerKey loads the key that signs answers: the database's, sealed under the
// passphrase, shared by every instance (made on first start); without a passphrase (tests,
// benchmarks) a key of this process alone, published only by it.
func (s *Service) loadAnswerKey(ctx context.Context) error {
	if s.cfg.Passphrase == "" {
		k, err := jws.NewKey()
		if err != nil {
			return err
		}
		s.log.Warn("no passphrase: answers are signed with a key of this process alone", "kid", k.ID)
		s.answerKey = k
		set := jws.Set{Keys: []jws.JWK{k.Public()}}
		s.keys = func(context.Context) (jws.Set, error) { return set, nil }
		return nil
	}
	store := postgres.NewAnswerKeys(s.pool)
	if s.cfg.AnswerKeyScryptN != 0 {
		store.ScryptN = s.cfg.AnswerKeyScryptN
	}
	k, err := store.Current(ctx, s.cfg.Passphrase)
	if err != nil {
		if strings.Contains(err.Error(), "wrong passphrase") {
			return configErrorf(EnvPassphraseFile, "%v", err)
		}
		return err
	}
	s.answerKey, s.keys = k, store.Set
	return nil
}

// chain says which chain and contract this service answers about.
func (s *Service) chain(ctx context.Context) (uint64, pedigree.Address, error) {
	id := s.chainID.Load()
	if id == 0 {
		return 0, pedigree.Address{}, pedigree.Errorf(pedigree.EUNAVAILABLE, "the node has not been checked yet")
	}
	return id, pedigree.Address(s.cfg.Contract), nil
}

// unlock opens the keystore and makes a Sender of every key in it. A passphrase that opens
// none of them is a configuration error; one that opens only some names the others.
func (s *Service) unlock(ctx context.Context) error {
	ks := keystore.NewKeyStore(s.cfg.Keystore, keystore.StandardScryptN, keystore.StandardScryptP)
	accounts := ks.Accounts()
	if len(accounts) == 0 {
		return configErrorf(EnvKeystore, "%s holds no keys", s.cfg.Keystore)
	}
	chainID, err := s.signingChainID(ctx)
	if err != nil {
		return err
	}
	for _, a := range accounts {
		sign, err := chain.KeystoreSigner(ks, a.Address, s.cfg.Passphrase, chainID)
		if err != nil {
			return configErrorf(EnvPassphraseFile, "the passphrase does not open the key of %s in %s", a.Address, s.cfg.Keystore)
		}
		s.senders.Add(pedigree.Address(a.Address), chain.NewSender(s.backend, a.Address, sign))
	}
	s.log.Info("unlocked signing keys", "keys", len(accounts), "keystore", s.cfg.Keystore)
	return nil
}

// signingChainID is the chain id transactions are signed for: the configured one, or the
// node's when none is configured (an open Backend).
func (s *Service) signingChainID(ctx context.Context) (*big.Int, error) {
	if s.cfg.ChainID != 0 {
		return new(big.Int).SetUint64(s.cfg.ChainID), nil
	}
	id, err := s.backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id: %w", err)
	}
	return id, nil
}

// dialSigners makes a Sender of every external signer's key, for its participant's account.
func (s *Service) dialSigners(ctx context.Context) error {
	if len(s.cfg.ExternalSigners) == 0 {
		return nil
	}
	chainID, err := s.signingChainID(ctx)
	if err != nil {
		return err
	}
	for _, e := range s.cfg.ExternalSigners {
		c, err := signer.Dial(ctx, e.URL)
		if err != nil {
			return err
		}
		s.signers = append(s.signers, c)
		s.senders.Add(pedigree.Address(e.Account), chain.NewSender(s.backend, e.Key, c.SignFunc(e.Key, chainID, chain.PedigreeABI())))
	}
	s.log.Info("external signers", "keys", len(s.cfg.ExternalSigners))
	return nil
}

// Handler returns the HTTP handler: the API, the pages and the resolver.
func (s *Service) Handler() http.Handler { return s.handler }

// OperatorHandler returns the operator's HTTP handler: /metrics, /healthz and /readyz, to
// serve on an address the public does not reach (PEDIGREE_OPERATOR_HTTP).
func (s *Service) OperatorHandler() http.Handler { return s.handler.Operator() }

// Custody returns the custody actions as the API and the pages call them: each answer says
// whether its effect shows yet ("confirmed") or not ("pending").
func (s *Service) Custody() pedigree.CustodyService { return s.custody }

// Pool returns the service's database.
func (s *Service) Pool() *pgxpool.Pool { return s.pool }

// Backend returns the service's connection to the chain.
func (s *Service) Backend() chain.Backend { return s.backend }

// onboarding returns the onboarder: keys made in the keystore, participants registered as
// the calling regulator, the first administrator invited.
func (s *Service) onboarding() pedigree.Onboarder {
	return &onboarder{orgs: s.Organisations, people: s.Users, custody: s.custody,
		keystore: s.cfg.Keystore, passphrase: s.cfg.Passphrase, signFor: s.signFor,
		funding: "the new account needs ether for gas before it can act; this instance signs for it at once, other instances sharing the keystore from their next start"}
}

// signFor makes acc's key, just made in ks, sign for its account in this running service.
func (s *Service) signFor(ctx context.Context, ks *keystore.KeyStore, acc accounts.Account) error {
	chainID, err := s.signingChainID(ctx)
	if err != nil {
		return err
	}
	sign, err := chain.KeystoreSigner(ks, acc.Address, s.cfg.Passphrase, chainID)
	if err != nil {
		return err
	}
	s.senders.Add(pedigree.Address(acc.Address), chain.NewSender(s.backend, acc.Address, sign))
	return nil
}

// Sender returns the sender of account, if this service holds its key.
func (s *Service) Sender(account pedigree.Address) (*chain.Sender, bool) {
	snd, ok := s.senders.Get(account)
	return snd, ok
}

// Leading reports whether this instance runs the indexer now.
func (s *Service) Leading() bool { return s.leading.Load() }

// Close closes what New opened.
func (s *Service) Close() {
	if s.writes != nil {
		s.writes.Close() // what requests queued is written first
	}
	if s.instance != nil {
		s.instance.Close() // what this process left unfinished is orphaned: others settle it
	}
	if s.ownPool && s.pool != nil {
		s.pool.Close()
	}
	if s.dialled != nil {
		s.dialled.Close()
	}
	for _, c := range s.signers {
		c.Close()
	}
}

// Ready reports whether the service can answer: the database reachable, the node reached
// and checked once, and the projection started. A node lost after that leaves the service
// ready: verification reads only the database, and actions say what failed.
func (s *Service) Ready(ctx context.Context) error {
	if st := s.nodeState.Load(); !st.checked {
		return pedigree.Errorf(pedigree.EUNAVAILABLE, "%v", st.err)
	}
	if _, err := s.Projection.State(ctx); err != nil {
		if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
			return pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started: no instance has indexed the contract yet")
		}
		return pedigree.Errorf(pedigree.EUNAVAILABLE, "the database cannot be read: %v", err)
	}
	return nil
}

// NodeError returns the last failure to reach the node, or nil.
func (s *Service) NodeError() error { return s.nodeState.Load().err }

// WaitIndexed returns once the projection holds block, whichever instance indexes it, or
// ctx's error when it ends first.
func (s *Service) WaitIndexed(ctx context.Context, block uint64) error {
	if s.indexed.Block() >= block {
		return nil
	}
	return s.Projection.WaitCursor(ctx, block, 20*time.Millisecond)
}

// deep reports whether block has the confirmation depth: that many blocks on top of it. When
// the head cannot be read it says yes, and waiting on the projection decides.
func (s *Service) deep(ctx context.Context, block uint64) bool {
	if s.cfg.Confirmations == 0 {
		return true
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	return err != nil || head.Number.Uint64() >= block+s.cfg.Confirmations
}

// Check connects to the node and checks it once: its chain id is the configured one and the
// contract holds this build's code. A wrong node or contract is a *ConfigError.
func (s *Service) Check(ctx context.Context) error {
	id, err := s.backend.ChainID(ctx)
	if err != nil {
		return s.unreachable(err)
	}
	if s.cfg.ChainID != 0 && id.Uint64() != s.cfg.ChainID {
		return configErrorf(EnvChainID, "the node (%s) runs chain %d, not %d", s.nodeURL(), id, s.cfg.ChainID)
	}
	if err := chain.CheckContract(ctx, s.backend, s.cfg.Contract); err != nil {
		switch pedigree.ErrorCode(err) {
		case pedigree.ENOTFOUND, pedigree.ECONFLICT:
			return configErrorf(EnvContract, "%s", pedigree.ErrorMessage(err))
		}
		return s.unreachable(err)
	}
	if err := s.fileRotatedKeys(ctx); err != nil {
		return s.unreachable(err)
	}
	s.chainID.Store(id.Uint64())
	s.nodeState.Store(&nodeState{checked: true})
	return nil
}

// fileRotatedKeys files every key added to a participant on chain (addKey) under the account
// it acts for, so the participant's organisation signs with it: in place of the account's own
// key when that one is retired, beside it otherwise.
func (s *Service) fileRotatedKeys(ctx context.Context) error {
	for _, snd := range s.senders.All() {
		account, err := s.Contract.KeyAccount(ctx, snd.From())
		if err != nil {
			return fmt.Errorf("read the account key %s acts for: %w", snd.From(), err)
		}
		if account == (common.Address{}) || account == snd.From() {
			continue // unknown, retired, or an account's own key: filed under itself already
		}
		cur, ok := s.senders.Get(pedigree.Address(account))
		if ok {
			if acts, err := s.Contract.KeyAccount(ctx, cur.From()); err != nil {
				return fmt.Errorf("read the account key %s acts for: %w", cur.From(), err)
			} else if acts == account {
				continue // the account's current sender still acts for it
			}
		}
		s.senders.Put(pedigree.Address(account), snd)
		s.log.Info("signing for a participant with a key added on chain", "account", account, "key", snd.From())
	}
	return nil
}

func (s *Service) unreachable(err error) error {
	e := fmt.Errorf("the Ethereum node (%s) cannot be reached: %w", s.nodeURL(), err)
	prev := s.nodeState.Load()
	s.nodeState.Store(&nodeState{checked: prev.checked, err: e})
	return e
}

func (s *Service) nodeURL() string {
	if s.dialled != nil {
		return s.dialled.URL()
	}
	return "the embedded chain"
}

// Run checks the node (retrying every NodeRetry while it cannot be reached), then indexes
// while this instance holds the indexer lock, standing by while another does. It returns nil
// when ctx ends, and a *ConfigError when the node or contract is the wrong one.
func (s *Service) Run(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		err := s.Check(ctx)
		if err == nil {
			break
		}
		var cerr *ConfigError
		if errors.As(err, &cerr) {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
		if attempt == 0 {
			s.log.Warn("not ready: retrying the node", "every", s.cfg.NodeRetry, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(s.cfg.NodeRetry):
		}
	}
	s.log.Info("connected to the node", "node", s.nodeURL(), "contract", s.cfg.Contract)
	var wg sync.WaitGroup
	wg.Go(func() { s.watchNode(ctx) })
	wg.Go(func() { s.reconcile(ctx) })
	wg.Go(func() { s.keepScanLog(ctx) })
	defer wg.Wait()
	return s.lead(ctx)
}

// follow brings what the verifier keeps in memory up to the projection's cursor: the indexer
// calls it after every range and rollback.
func (s *Service) follow(ctx context.Context, _ pedigree.BlockRef) error {
	return s.Verifier.Follow(ctx)
}

// scanLogUpkeep is how often Run makes the scan log's partitions ahead and drops those past
// retention.
const scanLogUpkeep = time.Hour

// keepScanLog makes the scan log's partitions of this month and the next two, and drops the
// months past ScanRetention, at start and every scanLogUpkeep, until ctx ends. Every instance
// does: the partitions' function serialises them, and a month dropped twice is dropped once.
func (s *Service) keepScanLog(ctx context.Context) {
	t := time.NewTicker(scanLogUpkeep)
	defer t.Stop()
	for {
		r, err := s.Verifier.Partitions().Maintain(ctx, s.cfg.Now(), 2, s.cfg.ScanRetention)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("scan log upkeep failed; retrying later", "err", err)
		case len(r.Made) > 0 || len(r.Dropped) > 0:
			s.log.Info("scan log upkeep", "made", r.Made, "dropped", r.Dropped, "retention_months", s.cfg.ScanRetention)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// watchNode keeps NodeError current, for /readyz and the log.
func (s *Service) watchNode(ctx context.Context) {
	t := time.NewTicker(s.cfg.NodeRetry)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		cctx, cancel := context.WithTimeout(ctx, s.cfg.NodeRetry)
		_, err := s.backend.ChainID(cctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		was := s.nodeState.Load().err
		switch {
		case err != nil && was == nil:
			s.log.Warn("lost the Ethereum node", "err", s.unreachable(err))
		case err == nil && was != nil:
			s.nodeState.Store(&nodeState{checked: true})
			s.log.Info("the Ethereum node is back")
			for _, snd := range s.senders.All() {
				snd.Reset() // its pool may have lost what was pending
			}
		}
	}
}

// lead takes the indexer lock when it is free and indexes while holding it.
func (s *Service) lead(ctx context.Context) error {
	for {
		lease, err := postgres.TryLease(ctx, s.pool, postgres.IndexerLock, s.cfg.LeaderRetry)
		if err != nil && ctx.Err() == nil {
			s.log.Warn("cannot try the indexer lock", "err", err)
		}
		if lease != nil {
			if err := s.index(ctx, lease); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(s.cfg.LeaderRetry):
		}
	}
}

// index runs the indexer until ctx ends or the lease is lost.
func (s *Service) index(ctx context.Context, lease *postgres.Lease) error {
	defer lease.Release()
	deploy, err := s.deployBlock(ctx)
	if err != nil {
		return err
	}
	s.leading.Store(true)
	defer s.leading.Store(false)
	s.log.Info("this instance is the indexer", "from_block", deploy, "confirmations", s.cfg.Confirmations)
	ictx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-lease.Lost():
			s.log.Warn("lost the indexer lock's database session: standing by")
			cancel()
		case <-ictx.Done():
		}
	}()
	ix := indexer.New(s.backend, s.Projection, indexer.Config{
		Contract:      s.cfg.Contract,
		DeployBlock:   deploy,
		Confirmations: s.cfg.Confirmations,
		PollInterval:  s.cfg.PollInterval,
		Logger:        s.log,
		Watermark:     &s.indexed,
		Applied:       s.follow,
	})
	if err := ix.Run(ictx); err != nil {
		if pedigree.ErrorCode(err) == pedigree.ECONFLICT {
			return configErrorf(EnvContract, "%s", pedigree.ErrorMessage(err))
		}
		return err
	}
	return nil
}

// deployBlock returns the block indexing starts from: the configured one, the projection's,
// or one found on the chain.
func (s *Service) deployBlock(ctx context.Context) (uint64, error) {
	if s.cfg.DeployBlock != 0 {
		return s.cfg.DeployBlock, nil
	}
	if st, err := s.Projection.State(ctx); err == nil {
		return st.DeployBlock, nil
	}
	b, err := chain.DeployBlock(ctx, s.backend, s.cfg.Contract)
	if err != nil {
		return 0, configErrorf(EnvDeployBlock, "not set, and it cannot be found on the node (%v): give the block 'pedigree deploy' printed", err)
	}
	return b, nil
}

// Sync indexes every confirmed block not yet in the projection, in the caller's goroutine,
// whether or not this instance leads: `pedigree dev` and tests use it before serving so the
// first page already shows the chain. Concurrent indexers are safe (the cursor is checked in
// each range's transaction).
func (s *Service) Sync(ctx context.Context) (pedigree.BlockRef, error) {
	deploy, err := s.deployBlock(ctx)
	if err != nil {
		return pedigree.BlockRef{}, err
	}
	ix := indexer.New(s.backend, s.Projection, indexer.Config{
		Contract: s.cfg.Contract, DeployBlock: deploy, Confirmations: s.cfg.Confirmations, Logger: s.log, Watermark: &s.indexed,
		Applied: s.follow,
	})
	return ix.Sync(ctx)
}

// newTwoFactor returns the two-factor store, its sealing key the config's, or derived from
// the passphrase, or without one a random key of this process alone.
func (s *Service) newTwoFactor(pool *pgxpool.Pool) (*postgres.TwoFactor, error) {
	key, err := s.sealingKey(s.cfg.TwoFactorKey, postgres.TwoFactorKey, "two-factor secrets are sealed with a key of this process alone; users enrolled now must enrol again after a restart")
	if err != nil {
		return nil, err
	}
	return postgres.NewTwoFactor(pool, time.Now, key)
}

// newResponders returns the lookup directory, its tokens sealed as newTwoFactor seals secrets.
func (s *Service) newResponders(pool *pgxpool.Pool) (*postgres.Responders, error) {
	key, err := s.sealingKey(nil, postgres.ResponderKey, "the lookup directory's API tokens are sealed with a key of this process alone; the regulator must enter them again after a restart")
	if err != nil {
		return nil, err
	}
	return postgres.NewResponders(pool, time.Now, key)
}

// sealingKey returns key when set, else one derived from the passphrase, else (warning that
// lost says what is lost with it) a random key of this process alone.
func (s *Service) sealingKey(key []byte, derive func(passphrase string) ([]byte, error), lost string) ([]byte, error) {
	switch {
	case key != nil:
		return key, nil
	case s.cfg.Passphrase != "":
		return derive(s.cfg.Passphrase)
	}
	key = make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	s.log.Warn("no passphrase: " + lost)
	return key, nil
}
