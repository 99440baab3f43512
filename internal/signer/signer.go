// Package signer is a client of an external signer speaking go-ethereum Clef's
// account_signTransaction JSON-RPC: an organisation keeps its key there, pedigree prepares each
// transaction (nonce, gas, fees: the chain.Sender's work) and asks the signer to sign it.
package signer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultTimeout is how long a signature may take: Clef may wait for a person (or its rules)
// to approve.
const DefaultTimeout = 2 * time.Minute

// Client talks to one external signer.
type Client struct {
	rpc *rpc.Client
	// Timeout bounds each signing request (DefaultTimeout when zero).
	Timeout time.Duration
}

// Dial connects to the signer's JSON-RPC endpoint (Clef: --http, e.g. http://127.0.0.1:8550).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial signer: %w", err)
	}
	return &Client{rpc: c}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.rpc.Close() }

// sendTxArgs is Clef's apitypes.SendTxArgs, the part pedigree uses (EIP-1559 transactions).
type sendTxArgs struct {
	From                 common.MixedcaseAddress  `json:"from"`
	To                   *common.MixedcaseAddress `json:"to"`
	Gas                  hexutil.Uint64           `json:"gas"`
	MaxFeePerGas         *hexutil.Big             `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big             `json:"maxPriorityFeePerGas"`
	Value                hexutil.Big              `json:"value"`
	Nonce                hexutil.Uint64           `json:"nonce"`
	Input                *hexutil.Bytes           `json:"input,omitempty"`
	AccessList           *types.AccessList        `json:"accessList,omitempty"`
	ChainID              *hexutil.Big             `json:"chainId,omitempty"`
}

// signResult is Clef's answer: the signed transaction, encoded and decoded.
type signResult struct {
	Raw hexutil.Bytes `json:"raw"`
}

// SignTransaction asks the signer to sign tx, an EIP-1559 transaction from `from` on chainID.
// methodSig ("addKey(address,address)"), when not empty, tells the signer which method the
// data calls, so it can show and check it. The answer is not trusted: it must be tx, unchanged,
// signed by from.
func (c *Client) SignTransaction(ctx context.Context, from common.Address, chainID *big.Int, tx *types.Transaction, methodSig string) (*types.Transaction, error) {
	if tx.Type() != types.DynamicFeeTxType {
		return nil, fmt.Errorf("sign transaction: type %d: only EIP-1559 transactions are sent to the signer", tx.Type())
	}
	input := hexutil.Bytes(tx.Data())
	al := tx.AccessList()
	args := sendTxArgs{
		From:                 common.NewMixedcaseAddress(from),
		Gas:                  hexutil.Uint64(tx.Gas()),
		MaxFeePerGas:         (*hexutil.Big)(tx.GasFeeCap()),
		MaxPriorityFeePerGas: (*hexutil.Big)(tx.GasTipCap()),
		Value:                hexutil.Big(*tx.Value()),
		Nonce:                hexutil.Uint64(tx.Nonce()),
		Input:                &input,
		AccessList:           &al,
		ChainID:              (*hexutil.Big)(chainID),
	}
	if to := tx.To(); to != nil {
		m := common.NewMixedcaseAddress(*to)
		args.To = &m
	}
	var sig *string
	if methodSig != "" {
		sig = &methodSig
	}
	timeout := c.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var res signResult
	if err := c.rpc.CallContext(ctx, &res, "account_signTransaction", args, sig); err != nil {
		return nil, fmt.Errorf("external signer: sign transaction from %s: %w", from, err)
	}
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(res.Raw); err != nil {
		return nil, fmt.Errorf("external signer: decode signed transaction: %w", err)
	}
	s := types.LatestSignerForChainID(chainID)
	if s.Hash(signed) != s.Hash(tx) {
		return nil, errors.New("external signer: the signed transaction is not the one asked for (changed on approval?)")
	}
	if got, err := types.Sender(s, signed); err != nil || got != from {
		return nil, fmt.Errorf("external signer: transaction signed by %s, want %s (%v)", got, from, err)
	}
	return signed, nil
}

// SignFunc returns a function signing from's transactions on chainID through the signer: a
// chain.SignFunc. The methods of abis name the called method to the signer (Clef warns about,
// and without --advanced refuses, calls whose selector it cannot find in its 4byte database).
func (c *Client) SignFunc(from common.Address, chainID *big.Int, abis ...*abi.ABI) func(*types.Transaction) (*types.Transaction, error) {
	return func(tx *types.Transaction) (*types.Transaction, error) {
		return c.SignTransaction(context.Background(), from, chainID, tx, methodSig(tx.Data(), abis))
	}
}

// methodSig returns the signature ("name(types)") of the method data calls, or "".
func methodSig(data []byte, abis []*abi.ABI) string {
	if len(data) < 4 {
		return ""
	}
	for _, a := range abis {
		if m, err := a.MethodById(data[:4]); err == nil {
			return m.Sig
		}
	}
	return ""
}
