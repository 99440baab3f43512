package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net/url"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Client is a JSON-RPC connection to a node that may not be reachable yet. It dials on first
// use, and again after a failed dial, so a service can start while its node is down and
// becomes ready when the node comes up. Once dialled, go-ethereum's client carries on by
// itself: each HTTP call is a request of its own, and a WebSocket connection is re-dialled on
// the next call after it drops (subscriptions end and are made again by their owners). It
// implements Backend and what the indexer needs.
type Client struct {
	url string

	mu     sync.Mutex
	client *ethclient.Client
}

var _ Backend = (*Client)(nil)

// CheckRPCURL returns an error naming what is wrong with a JSON-RPC URL: only http, https, ws
// and wss URLs with a host are accepted.
func CheckRPCURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q is not a URL", raw)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("%q is not an http://, https://, ws:// or wss:// URL", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%q names no host", raw)
	}
	return nil
}

// Dial returns a Client of the node at rawURL; it connects on first use.
func Dial(rawURL string) (*Client, error) {
	if err := CheckRPCURL(rawURL); err != nil {
		return nil, err
	}
	return &Client{url: rawURL}, nil
}

// URL returns the node's URL without any user name or password in it, for messages.
func (c *Client) URL() string {
	u, err := url.Parse(c.url)
	if err != nil {
		return "the node"
	}
	u.User = nil
	return u.String()
}

func (c *Client) get(ctx context.Context) (*ethclient.Client, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.client != nil {
		return c.client, nil
	}
	cl, err := ethclient.DialContext(ctx, c.url)
	if err != nil {
		return nil, fmt.Errorf("connect to the Ethereum node at %s: %w", c.URL(), err)
	}
	c.client = cl
	return cl, nil
}

// Close closes the connection, if any.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.client != nil {
		c.client.Close()
		c.client = nil
	}
}

// with runs f on the connected client.
func with[T any](ctx context.Context, c *Client, f func(*ethclient.Client) (T, error)) (T, error) {
	cl, err := c.get(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	return f(cl)
}

// ChainID implements Backend.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*big.Int, error) { return cl.ChainID(ctx) })
}

// HeaderByNumber implements Backend.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*types.Header, error) { return cl.HeaderByNumber(ctx, number) })
}

// CodeAt implements Backend.
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]byte, error) { return cl.CodeAt(ctx, account, block) })
}

// PendingCodeAt implements Backend.
func (c *Client) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]byte, error) { return cl.PendingCodeAt(ctx, account) })
}

// CallContract implements Backend.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]byte, error) { return cl.CallContract(ctx, msg, block) })
}

// EstimateGas implements Backend.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return with(ctx, c, func(cl *ethclient.Client) (uint64, error) { return cl.EstimateGas(ctx, msg) })
}

// SuggestGasPrice implements Backend.
func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*big.Int, error) { return cl.SuggestGasPrice(ctx) })
}

// SuggestGasTipCap implements Backend.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*big.Int, error) { return cl.SuggestGasTipCap(ctx) })
}

// PendingNonceAt implements Backend.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return with(ctx, c, func(cl *ethclient.Client) (uint64, error) { return cl.PendingNonceAt(ctx, account) })
}

// SendTransaction implements Backend.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := with(ctx, c, func(cl *ethclient.Client) (struct{}, error) { return struct{}{}, cl.SendTransaction(ctx, tx) })
	return err
}

// TransactionReceipt implements Backend.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*types.Receipt, error) { return cl.TransactionReceipt(ctx, hash) })
}

// BalanceAt implements Backend.
func (c *Client) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	return with(ctx, c, func(cl *ethclient.Client) (*big.Int, error) { return cl.BalanceAt(ctx, account, block) })
}

// FilterLogs implements Backend.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]types.Log, error) { return cl.FilterLogs(ctx, q) })
}

// SubscribeFilterLogs implements Backend.
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return with(ctx, c, func(cl *ethclient.Client) (ethereum.Subscription, error) { return cl.SubscribeFilterLogs(ctx, q, ch) })
}

// SubscribeNewHead implements Backend.
func (c *Client) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return with(ctx, c, func(cl *ethclient.Client) (ethereum.Subscription, error) { return cl.SubscribeNewHead(ctx, ch) })
}

// CheckContract checks that addr holds this build's contract: it runs the creation code in a
// call, which returns the runtime code a deployment would leave, and compares. It returns
// ENOTFOUND when addr holds no code and ECONFLICT when it holds other code.
func CheckContract(ctx context.Context, backend Backend, addr common.Address) error {
	code, err := backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("read the code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "there is no contract at %s on this chain", addr)
	}
	// The constructor's argument (the first regulator's GLN) and its caller go to storage, so
	// the runtime code is the same whatever they were; the GLN must be a valid one.
	want, err := backend.CallContract(ctx, ethereum.CallMsg{From: codeCheckCaller, Data: PedigreeCreationCode(codeCheckGLN)}, nil)
	if err != nil {
		return fmt.Errorf("compute this build's contract code: %w", err)
	}
	if !bytes.Equal(want, code) {
		return pedigree.Errorf(pedigree.ECONFLICT, "the contract at %s is not pedigree's contract of this version (its code hash is %s, this build's %s)",
			addr, crypto.Keccak256Hash(code), crypto.Keccak256Hash(want))
	}
	return nil
}

// codeCheckCaller is the caller of CheckContract's call: any account with no code will do, and
// not the zero address, which the constructor would refuse to register.
var codeCheckCaller = common.HexToAddress("0x00000000000000000000000000000000000c0de5")

// codeCheckGLN is GS1's example GLN, with its check digit.
const codeCheckGLN = 4012345000009

// TransactionByHash implements Backend.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	cl, err := c.get(ctx)
	if err != nil {
		return nil, false, err
	}
	return cl.TransactionByHash(ctx, hash)
}
