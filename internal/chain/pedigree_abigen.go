// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IPedigreeBatch is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeBatch struct {
	SerialsRoot  [32]byte
	Manufacturer common.Address
	ExpiryDay    uint16
	RecallReason uint8
}

// IPedigreeNeighbour is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeNeighbour struct {
	Position   *big.Int
	SerialHash [32]byte
	Proof      [][32]byte
}

// IPedigreeParticipant is an auto generated low-level Go binding around an user-defined struct.
type IPedigreeParticipant struct {
	Role           uint8
	Suspended      bool
	Number         *big.Int
	Gln            uint64
	Keys           uint16
	AccountRetired bool
}

// PedigreeMetaData contains all meta data concerning the Pedigree contract.
var PedigreeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"regulatorGln\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MerkleProofInvalidMultiproof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"PedigreeAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeApprovalsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeBatchRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeGTINNotOwned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGLN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"PedigreeInvalidGTIN\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"PedigreeInvalidLot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"}],\"name\":\"PedigreeInvalidNonMembership\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidPackList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPackState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"PedigreeInvalidPrefix\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"PedigreeInvalidQuantity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRecallReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"PedigreeInvalidReceiver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PedigreeInvalidRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreeIrreversibleState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeKeyRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeKeyTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeLastKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNoShipment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotCustodian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotDecommissioner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"PedigreeNotKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotManufacturer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeNotParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeNotReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreeNothingToUndo\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"PedigreePackNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PedigreePackOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PedigreeParticipantSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"from\",\"type\":\"uint8\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"to\",\"type\":\"uint8\"}],\"name\":\"PedigreeRouteNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PedigreeShipmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStart\",\"type\":\"uint256\"}],\"name\":\"PedigreeSplitOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"PedigreeUnauthorizedRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"changedDay\",\"type\":\"uint16\"}],\"name\":\"PedigreeUndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"PedigreeUnknownBatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"BatchRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"GTINAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"KeyAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"KeyRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"PackStatesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantReinstated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ParticipantSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PrefixAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ShipmentCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ShipmentSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"}],\"name\":\"TokenSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SORTED_LEAF_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDO_WINDOW_DAYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"addKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignGTIN\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"}],\"name\":\"assignPrefix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"recallReason\",\"type\":\"uint8\"}],\"internalType\":\"structIPedigree.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"batchIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancelShipment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"gtinOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"packState\",\"outputs\":[{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"day\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"keys\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"accountRetired\",\"type\":\"bool\"}],\"internalType\":\"structIPedigree.Participant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint24\",\"name\":\"number\",\"type\":\"uint24\"}],\"name\":\"participantAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prefix\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"length\",\"type\":\"uint8\"}],\"name\":\"prefixOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"expiryDay\",\"type\":\"uint16\"},{\"internalType\":\"uint24\",\"name\":\"quantity\",\"type\":\"uint24\"},{\"internalType\":\"bytes32\",\"name\":\"indexRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sortedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"masterDataHash\",\"type\":\"bytes32\"}],\"name\":\"registerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIPedigree.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"gln\",\"type\":\"uint64\"}],\"name\":\"registerParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reinstateParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"retireKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"setPackState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"serialHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"enumIPedigree.PackState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool[]\",\"name\":\"proofFlags\",\"type\":\"bool[]\"}],\"name\":\"setPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ship\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"newStart\",\"type\":\"uint24\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"suspendParticipant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"token\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"start\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"end\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"pendingTo\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"undoPackStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"low\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIPedigree.Neighbour\",\"name\":\"high\",\"type\":\"tuple\"}],\"name\":\"verifyAbsent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifySerial\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Pedigree",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161657638038061657683398101604081905261002e9161047b565b6040518060400160405280600e81526020016d0a0cac8d2cee4caca4084c2e8c6d60931b81525060405180604001604052806008815260200167504544494752454560c01b815250815f9081610084919061054b565b506001610091828261054b565b5050506100a733600483336100ad60201b60201c565b5061072b565b6001600160a01b03841615806100d357505f8360048111156100d1576100d1610609565b145b15610101576040516359f7e30160e11b81526001600160a01b03851660048201526024015b60405180910390fd5b6001600160a01b0384165f9081526006602052604081205460ff16600481111561012d5761012d610609565b14158061015557506001600160a01b0384165f9081526008602052604090205462ffffff1615155b1561017e57604051630638f14d60e01b81526001600160a01b03851660048201526024016100f8565b61018e826509184e72a0006103c8565b6101b657604051631c7f0bb760e31b81526001600160401b03831660048201526024016100f8565b600980545f919082906101cd9062ffffff16610631565b91906101000a81548162ffffff021916908362ffffff160217905590506040518060e0016040528085600481111561020757610207610609565b81525f602080830182905262ffffff85166040808501919091526001600160401b038816606085015260016080850181905260a0850184905260c09094018390526001600160a01b038a168352600690915290208251815491929091839160ff199091169083600481111561027e5761027e610609565b021790555060208281015182546040808601516060870151608088015160a089015160c09099015164ffffffff00199095166101009615159690960264ffffff00001916959095176201000062ffffff9384160217600160281b600160781b031916650100000000006001600160401b039283160261ffff60681b1916176d010000000000000000000000000061ffff9096169590950294909417600160781b600160c01b031916600160781b97151597909702600160801b600160c01b03191696909617600160801b9390921692909202179092559183165f90815260079092529081902080546001600160a01b0319166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c72906103b990889088908790610653565b60405180910390a35050505050565b5f6001600160401b03831615806103f15750816001600160401b0316836001600160401b031610155b156103fd57505f610475565b5f610409600a856106a9565b6001600160401b031690505f5b811561043a57600a820660030201600a82049150600a820601600a82049150610416565b610445600a866106d7565b6001600160401b0316600a61045a8184610705565b61046590600a610718565b61046f9190610705565b14925050505b92915050565b5f6020828403121561048b575f5ffd5b81516001600160401b03811681146104a1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104d057607f821691505b6020821081036104ee57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610546578282111561054657805f5260205f20601f840160051c602085101561051f57505f5b90810190601f840160051c035f5b81811015610542575f8382015560010161052d565b5050505b505050565b81516001600160401b03811115610564576105646104a8565b6105788161057284546104bc565b846104f4565b6020601f8211600181146105aa575f83156105935750848201515b5f19600385901b1c1916600184901b178455610602565b5f84815260208120601f198516915b828110156105d957878501518255602094850194600190920191016105b9565b50848210156105f657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f62ffffff821662ffffff810361064a5761064a61061d565b60010192915050565b606081016005851061067357634e487b7160e01b5f52602160045260245ffd5b9381526001600160401b0392909216602083015262ffffff1660409091015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b038316806106c1576106c1610695565b6001600160401b03929092169190910492915050565b5f6001600160401b038316806106ef576106ef610695565b6001600160401b03929092169190910692915050565b5f8261071357610713610695565b500690565b818103818111156104755761047561061d565b615e3e806107385f395ff3fe608060405234801561000f575f5ffd5b50600436106102cc575f3560e01c806370a082311161017c578063bddc4a00116100dd578063e0a5c1ff11610093578063ef0be0391161006e578063ef0be0391461069e578063f4288daa146106b1578063fe4447d2146106d7575f5ffd5b8063e0a5c1ff1461063d578063e985e9c514610650578063ea6dee801461068b575f5ffd5b8063cbf024c7116100c3578063cbf024c714610604578063ccfd1b2214610617578063d5eeb4f11461062a575f5ffd5b8063bddc4a00146105de578063c87b56dd146105f1575f5ffd5b806390cd6524116101325780639f0d6d0f116101185780639f0d6d0f146105a5578063a22cb465146105b8578063b88d4fde146105cb575f5ffd5b806390cd65241461058a57806395d89b411461059d575f5ffd5b80637faa7bc7116101625780637faa7bc71461055c57806388b09b411461056f5780638ad2499c14610577575f5ffd5b806370a08231146105365780637192aced14610549575f5ffd5b80631885ae49116102315780633ddab058116101e75780636352211e116101c25780636352211e146104fd5780636526746c146105105780637058789514610523575f5ffd5b80633ddab058146104c457806342842e0e146104d7578063463c4331146104ea575f5ffd5b806323b872dd1161021757806323b872dd1461047e5780632605b3c7146104915780633d240cd9146104b1575f5ffd5b80631885ae491461045857806319b05f491461046b575f5ffd5b806306fdde0311610286578063095ea7b31161026c578063095ea7b3146103ce5780630eaa75fe146103e15780630fd0461914610437575f5ffd5b806306fdde031461038e578063081812fc146103a3575f5ffd5b8063044215c6116102b6578063044215c61461031e5780630482e8031461036657806305d471711461037b575f5ffd5b8062399e03146102d057806301ffc9a7146102fb575b5f5ffd5b6102e36102de366004614fb9565b610704565b6040516102f293929190615001565b60405180910390f35b61030e610309366004615060565b610797565b60405190151581526020016102f2565b61033161032c36600461507b565b61087b565b6040516102f2949392919093845262ffffff9283166020850152911660408301526001600160a01b0316606082015260800190565b6103796103743660046150a2565b6108d1565b005b6103796103893660046150f9565b610af4565b610396610cee565b6040516102f29190615167565b6103b66103b136600461507b565b610d7d565b6040516001600160a01b0390911681526020016102f2565b6103796103dc366004615179565b610da4565b6103f46103ef36600461507b565b610db3565b6040516102f29190815181526020808301516001600160a01b03169082015260408083015161ffff169082015260609182015160ff169181019190915260800190565b61044a6104453660046151b3565b610ee9565b6040519081526020016102f2565b61044a610466366004615219565b611138565b61037961047936600461507b565b611170565b61037961048c366004615268565b6111a5565b6104a461049f3660046152a2565b611247565b6040516102f291906152cb565b6103796104bf36600461532c565b6113bd565b6103796104d23660046152a2565b6113e9565b6103796104e5366004615268565b61150c565b6103796104f83660046153a9565b611526565b6103b661050b36600461507b565b6118d5565b61030e61051e3660046153e4565b6118df565b6103b6610531366004615440565b611928565b61044a6105443660046152a2565b611992565b6103b6610557366004615468565b611a01565b61037961056a36600461507b565b611b26565b61044a600a81565b61037961058536600461548f565b611c5a565b6103b66105983660046152a2565b611d60565b610396611d6a565b6103796105b336600461557a565b611d79565b6103796105c63660046155aa565b611f34565b6103796105d93660046155e6565b611f3f565b61030e6105ec3660046156da565b611f57565b6103966105ff36600461507b565b612189565b61044a610612366004615751565b6121f9565b6103796106253660046157e2565b612603565b61037961063836600461584e565b612872565b61037961064b366004615876565b612960565b61030e61065e366004615876565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b610379610699366004615876565b612bc1565b6103796106ac3660046152a2565b612d7b565b61044a7e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d81565b6103b66106e5366004615890565b62ffffff165f908152600760205260409020546001600160a01b031690565b5f80808061071c6001680100000000000000006158bd565b61072a6040600388166158d0565b5f888152600e6020908152604080832060028b901c8452909152902054901c16905060ff8116600881111561076157610761614fd9565b62ffffff601883901c165f9081526007602052604090205490945060089190911c92506001600160a01b031690505b9250925092565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061082957507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061087557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f5f5f5f5f5f61088a87612e3d565b50915091508061089983612fc1565b60208481015160409586015162ffffff165f90815260079092529490205491999098509296506001600160a01b031694509092505050565b5f5f6108db612fe9565b5f868152600c60209081526040808320815160a08101835290546001600160a01b038116825262ffffff600160a01b8204811694830194909452600160b81b8104841692820192909252600160d01b8204831660608201819052600160e81b90920490921660808301529395509193509091900361098d576040517fba7467f3000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b6004835160048111156109a2576109a2614fd9565b141580156109c25750806060015162ffffff16836040015162ffffff1614155b156109fd5782516040517f22b726300000000000000000000000000000000000000000000000000000000081526109849133916004016158e7565b8360ff165f03610a39576040517f5a873b6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b608081015160ff1615610a625760405163364563ab60e01b815260048101869052602401610984565b60808101515f868152600c602090815260409182902080547cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b60ff8a1662ffffff90961686170217905590519182526001600160a01b0384169187917f7daf39b67dcb66a1dbde107a0c90b9ecef53fabd9f8acd701a2980f02ff26f6091015b60405180910390a35050505050565b5f5f610afe612fe9565b91509150610b0d82600461331a565b60068460ff161080610b225750600c8460ff16115b80610b415750610b3384600a6159df565b8567ffffffffffffffff1610155b15610b8d576040517fc3c0bb9f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8616600482015260ff85166024820152604401610984565b610b968361337a565b5f60068560ff1603610c45575067ffffffffffffffff85165f908152600a6020526040902080546001600160a01b03908116919085168203610c0f576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610984565b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038616179055610c8d565b610c8a610c56600660ff88166158bd565b610c6190600a6159ed565b610c759067ffffffffffffffff8916615a0c565b8660ff168867ffffffffffffffff168761341e565b90505b6040805167ffffffffffffffff8816815260ff871660208201526001600160a01b038085169284821692918816917fcc202d04835bca0d5d0a5c02db80b1931a74bc48050d508a1605dd494a0c05ab910160405180910390a4505050505050565b60605f8054610cfc90615a1f565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2890615a1f565b8015610d735780601f10610d4a57610100808354040283529160200191610d73565b820191905f5260205f20905b815481529060010190602001808311610d5657829003601f168201915b5050505050905090565b5f610d878261352f565b505f828152600460205260409020546001600160a01b0316610875565b610daf828233613580565b5050565b604080516080810182525f8082526020820181905291810182905260608101919091525f828152600c60209081526040808320815160a08101835290546001600160a01b038116825262ffffff600160a01b8204811694830194909452600160b81b8104841692820192909252600160d01b8204831660608201819052600160e81b9092049092166080830152909103610e7c576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101849052602401610984565b60408051608080820183525f868152600d6020908152848220548452606086015162ffffff1682526007815290849020546001600160a01b031690830152830151909182019060081c61ffff1661ffff168152602001610edd836080015190565b60ff1690529392505050565b5f5f610ef3612fe9565b9150505f5f610f02868461358d565b5091509150610f1082612fc1565b8562ffffff16111580610f315750816020015162ffffff168562ffffff1610155b15610f76576040517fc29b8ee20000000000000000000000000000000000000000000000000000000081526004810187905262ffffff86166024820152604401610984565b6040805160a0810182525f80825260208581015162ffffff908116828501908152848601848152606086018581528c8416608088018181528a8218808952600c9097528988209851895495519451935191516001600160a01b039091167fffffffffffffffffff000000000000000000000000000000000000000000000090961695909517600160a01b9487168502177fffffff000000000000ffffffffffffffffffffffffffffffffffffffffffffff16600160b81b938716939093027fffffff000000ffffffffffffffffffffffffffffffffffffffffffffffffffff1692909217600160d01b92861692909202919091177cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b9390941692909202929092179094558a83529390912080547fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff169390920292909217905593506110de838561368d565b8084877ff2a77ed18692b84fac9ae3d03724b31aa42e2536bec021952f597bab78d8554188866020015160405161112792919062ffffff92831681529116602082015260400190565b60405180910390a450505092915050565b5f83838360405160200161114e93929190615a7a565b604051602081830303815290604052805190602001205f1c90505b9392505050565b5f61117a33613707565b90506001600160a01b03811661119557611192612fe9565b50505b6111a08183336137b3565b505050565b6001600160a01b0382166111ce57604051633250574960e11b81525f6004820152602401610984565b5f6111da8383336137b3565b9050836001600160a01b0316816001600160a01b031614611241576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610984565b50505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001600160a01b0382165f90815260066020526040808220815160e081019092528054829060ff1660048111156112b1576112b1614fd9565b60048111156112c2576112c2614fd9565b8152905460ff610100820481161515602084015262ffffff6201000083041660408085019190915267ffffffffffffffff6501000000000084048116606086015261ffff6d010000000000000000000000000085041660808601526f010000000000000000000000000000008404909216151560a0850152600160801b9092041660c092830152805191820190528151919250908190600481111561136957611369614fd9565b8152602001826020015115158152602001826040015162ffffff168152602001826060015167ffffffffffffffff168152602001826080015161ffff1681526020018260a001511515815250915050919050565b5f5f6113c7612fe9565b915091506113d682600461331a565b6113e285858584613b61565b5050505050565b5f5f6113f3612fe9565b9150915061140282600461331a565b6001600160a01b0383165f90815260066020526040812090815460ff16600481111561143057611430614fd9565b0361145957604051638e2ae14b60e01b81526001600160a01b0385166004820152602401610984565b8054610100900460ff168061147f5750816001600160a01b0316846001600160a01b0316145b156114c1576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610984565b805461ff0019166101001781556040516001600160a01b0380841691908616907f1c64ca3c55d257d5d88ad3a92c10b783035ebd2344424167794cb5e4f863f94e905f90a350505050565b6111a083838360405180602001604052805f815250611f3f565b5f5f611530612fe9565b915091505f5f5f611541888561358d565b925092509250611552816080015190565b60ff16156115765760405163364563ab60e01b815260048101839052602401610984565b5f61157f613f85565b608083015190915060081c61ffff1661ffff168111156115ce576040517fe54a780700000000000000000000000000000000000000000000000000000000815260048101849052602401610984565b5f879003611608576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600e602052604081209061161f86612fc1565b90505f5b89811015611883575f8b8b8381811061163e5761163e615a9d565b9050602002013590508281108061165e5750876020015162ffffff168110155b1561169f576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018e905260248101829052604401610984565b5f6116ae6040600384166158d0565b600283901c5f908152602087905260408120549192506116d86001680100000000000000006158bd565b82841c1690505f60ff821660088111156116f4576116f4614fd9565b9050600882901c5f82600881111561170e5761170e614fd9565b03611748576040517fd116c74b00000000000000000000000000000000000000000000000000000000815260048101879052602401610984565b600282600881111561175c5761175c614fd9565b036117975785826040517f929e5ce5000000000000000000000000000000000000000000000000000000008152600401610984929190615ab1565b8e6040015162ffffff16601884901c62ffffff16146117eb576040517fc3e52af400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610984565b6117fa600a61ffff8316615ac5565b8a1115611840576040517fc4dcfeb50000000000000000000000000000000000000000000000000000000081526004810187905261ffff82166024820152604401610984565b846118556001680100000000000000006158bd565b901b198416895f600289901c81526020019081526020015f2081905550505050505050806001019050611623565b50866001600160a01b0316857f755b613877095d012f280f8261632f8970f66ba5ce6800f4989ed14ae22b29f78c8c6040516118c0929190615b21565b60405180910390a35050505050505050505050565b5f6108758261352f565b5f858152600d6020526040812054801580159061191b575061191b8484836119168a8a5f9182526020908152604082208252902090565b613f98565b9150505b95945050505050565b5f60068260ff160361195c575067ffffffffffffffff82165f908152600a60205260409020546001600160a01b0316610875565b5067ffffffffffffffff91909116604091821b68ff000000000000000016175f908152600b60205220546001600160a01b031690565b5f6001600160a01b0382166119d5576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610984565b506001600160a01b03165f90815260066020526040902054600160801b900467ffffffffffffffff1690565b5f5f600a5f611a0f85613faf565b815260208082019290925260409081015f208151808301909252546001600160a01b0381168252600160a01b900461ffff1691810182905291508015611b1e576001600e82901c1615611a995767ffffffffffffffff8416680e0000000000000000175f908152600b60205260409020546001600160a01b03168015611a9757949350505050565b505b600c5b6006811115611b1c57600182821c1615611b14575f81600a0a82600d03600a0a8767ffffffffffffffff1681611ad457611ad46159f8565b0481611ae257611ae26159f8565b06604083811b82175f908152600b60205220549091506001600160a01b03168015611b11579695505050505050565b50505b5f1901611a9c565b505b505192915050565b5f5f611b30612fe9565b915091505f611b3e84612e3d565b50509050806040015162ffffff165f03611b87576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101859052602401610984565b826040015162ffffff16816040015162ffffff1614158015611bbe5750816001600160a01b0316815f01516001600160a01b031614155b15611bee5760405163038e5dd760e11b81526001600160a01b038316600482015260248101859052604401610984565b5f848152600c602052604080822080547fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff169055516001600160a01b0384169186917fd8aa95458d124cbb2f87090b45a5c889f149cbf1ad06d0ea5b75ce461b0e4e679190a350505050565b5f5f611c64612fe9565b90925090505f611c788d8d8d8c868d613fdb565b90505f611c878d8d8d8d614132565b9050611ca888888888600d5f8881526020019081526020015f20548661427a565b611ce1576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101839052602401610984565b50611d0b600e5f8381526020019081526020015f208d8d611d068c8860400151614295565b6142ca565b816001600160a01b0316817f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8a8f8f604051611d4993929190615b34565b60405180910390a350505050505050505050505050565b5f61087582613707565b606060018054610cfc90615a1f565b5f5f611d83612fe9565b915091505f5f611d93868461358d565b9250925050826001600160a01b0316856001600160a01b031603611dee576040517f25f31eaa0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610984565b5f611df8866143f3565b9050611e05826080015190565b60ff1615611e4757816060015162ffffff16816040015162ffffff1614611e425760405163364563ab60e01b815260048101849052602401610984565b611ea8565b611e6c855f0151825f0151846060015162ffffff16846040015162ffffff161461456b565b611ea857845181516040517f42c49435000000000000000000000000000000000000000000000000000000008152610984929190600401615b54565b6040808201515f898152600c602052828120805462ffffff909316600160b81b027fffffffffffff000000ffffffffffffffffffffffffffffffffffffffffffffff9093169290921790915590516001600160a01b0380891692908716918a917ffe7bbec77fa4bfb1991d6f48ea9ffb6874d380000ba7b924d9ffd413fe24e0c591a450505050505050565b610daf338383614640565b611f4a8484846111a5565b6112413385858585614672565b5f848152600d602052604081205480611f9f576040517fba7467f300000000000000000000000000000000000000000000000000000000815260048101879052602401610984565b82351580611fb957508335611fb6600185356158bd565b14155b80611fd75750848460200135108015611fd55750826020013585105b155b15612018576040517f88a99f700000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604401610984565b6120a96120286040860186615b6f565b83611916883560208a0135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b158061214357506121416120c06040850185615b6f565b8361191687356020890135604080517e71ef376c33264fc54057ce144da184f79d37cb5b9f0c0756909b102365538d6020820152908101839052606081018290525f9060800160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b155b1561217d576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101879052602401610984565b50600195945050505050565b60606121948261352f565b505f6121aa60408051602081019091525f815290565b90505f8151116121c85760405180602001604052805f815250611169565b806121d2846147e3565b6040516020016121e3929190615bea565b6040516020818303038152906040529392505050565b5f5f5f612204612fe9565b9150915061221382600161331a565b6122238b655af3107a4000614880565b612265576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c166004820152602401610984565b806001600160a01b03166122788c611a01565b6001600160a01b0316146122d3576040517feb58c4a100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c1660048201526001600160a01b0382166024820152604401610984565b6122dd8a8a61492c565b6123175789896040517f5b11272a000000000000000000000000000000000000000000000000000000008152600401610984929190615bfe565b61231f613f85565b8861ffff161015612362576040517fd058c76d00000000000000000000000000000000000000000000000000000000815261ffff89166004820152602401610984565b8662ffffff165f036123a7576040517f91dcad9e00000000000000000000000000000000000000000000000000000000815262ffffff88166004820152602401610984565b8515806123b2575084155b156123e9576040517f336715bd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6123f48b8b8b611138565b5f818152600c6020526040902054909350600160a01b900462ffffff161561244b576040517fce617c5100000000000000000000000000000000000000000000000000000000815260048101849052602401610984565b6040518060a001604052805f6001600160a01b031681526020018862ffffff1681526020015f62ffffff168152602001836040015162ffffff16815260200160088a61ffff1662ffffff16901b62ffffff16815250600c5f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548162ffffff021916908362ffffff1602179055506040820151815f0160176101000a81548162ffffff021916908362ffffff1602179055506060820151815f01601a6101000a81548162ffffff021916908362ffffff1602179055506080820151815f01601d6101000a81548162ffffff021916908362ffffff16021790555090505061258d8686808210918118918202185f81815291186020526040902090565b5f848152600d60205260409020556125a5818461368d565b806001600160a01b0316837f5ea49d899ffa383e6fc8ca7d72144f0b9f21b8907835bf30d81c67040118b5a78d8d8d8d8d8d8d8d6040516125ed989796959493929190615c11565b60405180910390a3505098975050505050505050565b5f5f61260d612fe9565b915091505f5f61261e8a84896149a6565b9150915061262b82612fc1565b8910806126415750816020015162ffffff168910155b15612682576040517f9159b58c000000000000000000000000000000000000000000000000000000008152600481018b9052602481018a9052604401610984565b5f818152600d60209081526040808320548c84528b8352908320835291206126ae918891889190613f98565b6126e7576040517f1841a42300000000000000000000000000000000000000000000000000000000815260048101829052602401610984565b5f6126f6604060038c166158d0565b5f838152600e6020908152604080832060028f901c845290915281205491925060ff82841c16600881111561272d5761272d614fd9565b90505f81600881111561274257612742614fd9565b1461277d578b816040517f2889c7fd000000000000000000000000000000000000000000000000000000008152600401610984929190615ab1565b8261278c8b8960400151614295565b901b8217600e5f8681526020019081526020015f205f60028f901c81526020019081526020015f20819055505f600167ffffffffffffffff8111156127d3576127d36155d2565b6040519080825280602002602001820160405280156127fc578160200160208202803683370190505b5090508c815f8151811061281257612812615a9d565b602002602001018181525050866001600160a01b0316857f322751bf5c65278c37592b115e84a9a89380bd8ce21281854f5f23bef91f468f8d8460405161285a929190615c68565b60405180910390a35050505050505050505050505050565b5f5f61287c612fe9565b9150915061288b82600461331a565b61289b84655af3107a4000614880565b6128dd576040517f89152de900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610984565b6128e68361337a565b5f6129066128f386613faf565b600e8767ffffffffffffffff168761341e565b60405167ffffffffffffffff871681529091506001600160a01b0380841691818416918716907f2586eeab42ca79ecaebce59872052fa7a93a145ed84ff7f5077c64da9f911bdd9060200160405180910390a45050505050565b5f5f61296b84614a8d565b91509150836001600160a01b0316836001600160a01b031603612a275781546f01000000000000000000000000000000900460ff16156129ea576040517f7706f3b20000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015284166024820152604401610984565b81547fffffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffff166f01000000000000000000000000000000178255612add565b6001600160a01b0383165f9081526008602052604090208254815462ffffff9081166201000090920416141580612a66575080546301000000900460ff165b15612ab0576040517f7706f3b20000000000000000000000000000000000000000000000000000000081526001600160a01b03808716600483015285166024820152604401610984565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffff1663010000001790555b81546d0100000000000000000000000000900461ffff16600103612b38576040517f4129f20f0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610984565b81545f1961ffff6d010000000000000000000000000080840482169290920116027fffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffff9091161782556040516001600160a01b0380831691858216918716907f8b9776619231f4db57cd3376b5b470ecc95163d6c30b6a4ddbaf26eedb9ac3b0905f90a450505050565b5f5f612bcc84614a8d565b90925090506001600160a01b0383161580612c1157506001600160a01b0383165f9081526006602052604081205460ff166004811115612c0e57612c0e614fd9565b14155b80612c3757506001600160a01b0383165f9081526008602052604090205462ffffff1615155b15612c79576040517f52292c470000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610984565b604080518082018252835462ffffff62010000909104811682525f60208084018281526001600160a01b0389168352600890915293902091518254935115156301000000027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000090941691161791909117905581548290600d90612d119061ffff6d010000000000000000000000000090910416615cbc565b91906101000a81548161ffff021916908361ffff160217905550806001600160a01b0316836001600160a01b0316856001600160a01b03167f9e24cca25be5650c21add79e6413b87f66ac2cf7f0c738ce77301e3abb9a6a6c60405160405180910390a450505050565b5f5f612d85612fe9565b91509150612d9482600461331a565b6001600160a01b0383165f9081526006602052604090208054610100900460ff16612df6576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610984565b805461ff00191681556040516001600160a01b0380841691908616907fc034705d6ac5285b0bba58ac4bd276fef187bc8f82fc9a175d397da559daee96905f90a350505050565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040805160a0810182525f8082526020820181905291810182905260608101829052608081018290525f848152600c60209081526040808320815160a08101835290546001600160a01b038116825262ffffff600160a01b82048116948301859052600160b81b8204811693830193909352600160d01b810483166060830152600160e81b9004909116608082015294509003612f33576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101859052602401610984565b5f612f3d84612fc1565b858118935090508015612fb6575f838152600c6020908152604091829020825160a08101845290546001600160a01b038116825262ffffff600160a01b8204811693830193909352600160b81b8104831693820193909352600160d01b830482166060820152600160e81b909204166080820152612fb8565b835b93959294505050565b5f816060015162ffffff165f14612fd8575f612fde565b81608001515b62ffffff1692915050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152335f8181526006602052604090819020815160e081019092528054829060ff16600481111561305257613052614fd9565b600481111561306357613063614fd9565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff6501000000000083048116606085015261ffff6d010000000000000000000000000084041660808501526f010000000000000000000000000000008304909116151560a0840152600160801b9091041660c09091015291505f825160048111156130fc576130fc614fd9565b036132a1576001600160a01b0381165f90815260086020908152604080832081518083019092525462ffffff8116808352630100000090910460ff16151592820192909252910361316b57604051638e2ae14b60e01b81526001600160a01b0383166004820152602401610984565b8060200151156131b2576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610984565b805162ffffff165f908152600760209081526040808320546001600160a01b0316808452600690925291829020825160e08101909352805491945090829060ff16600481111561320457613204614fd9565b600481111561321557613215614fd9565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff6501000000000083048116606085015261ffff6d010000000000000000000000000084041660808501526f010000000000000000000000000000008304909116151560a0840152600160801b9091041660c09091015292506132e89050565b8160a00151156132e8576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610984565b81602001511561331657604051633d9fba5560e21b81526001600160a01b0382166004820152602401610984565b9091565b80600481111561332c5761332c614fd9565b8251600481111561333f5761333f614fd9565b14610daf5781516040517f22b726300000000000000000000000000000000000000000000000000000000081526109849133916004016158e7565b6001600160a01b0381165f9081526006602052604090206001815460ff1660048111156133a9576133a9614fd9565b146133eb576040517fff2d8de60000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610984565b8054610100900460ff1615610daf57604051633d9fba5560e21b81526001600160a01b0383166004820152602401610984565b604083811b83175f818152600b60205291909120546001600160a01b03908116919083168203613485576040517fab204e7e0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610984565b5f818152600b6020908152604080832080546001600160a01b0388167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116179055888352600a9091529020805461ffff600160a01b90910481166001881b81811792168117146135245781547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16600160a01b61ffff8316021782555b505050949350505050565b5f818152600c60205260408120546001600160a01b031680610875576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610984565b6111a08383836001614b9a565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040805160a0810182525f8082526020820181905291810182905260608101829052608081018290526135e985612e3d565b825192955090935091506001600160a01b03858116911614613649576040517fe77d1fa20000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260248101869052604401610984565b604083015162ffffff1615610790576040517f85fd2ab200000000000000000000000000000000000000000000000000000000815260048101869052602401610984565b6001600160a01b0382166136b657604051633250574960e11b81525f6004820152602401610984565b5f6136c283835f6137b3565b90506001600160a01b038116156111a0576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610984565b6001600160a01b0381165f9081526006602052604081205460ff81161561374457607881901c60ff165f0361373c5782611169565b5f9392505050565b6001600160a01b0383165f9081526008602090815260409182902082518084019093525462ffffff811683526301000000900460ff1615159082018190526137a957805162ffffff165f908152600760205260409020546001600160a01b03166137ab565b5f5b949350505050565b5f828152600c602090815260408083206001600160a01b0380881685526006909352922082549291839081166138a1576001600160a01b03851615613827576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101879052602401610984565b82547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03881617835581547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff8116600160801b9182900467ffffffffffffffff90811660010116909102178255613b16565b6001600160a01b0387166138da5760405163038e5dd760e11b81526001600160a01b038616600482015260248101879052604401610984565b6001600160a01b0387165f9081526006602052604090205460ff811661391e57604051638e2ae14b60e01b81526001600160a01b0389166004820152602401610984565b60ff600882901c161561394f57604051633d9fba5560e21b81526001600160a01b0389166004820152602401610984565b876001600160a01b0316866001600160a01b0316036139b75760ff607882901c16156139b2576040517f48195e3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610984565b613a03565b876001600160a01b03166139ca87613707565b6001600160a01b031614613a035760405163038e5dd760e11b81526001600160a01b038716600482015260248101889052604401610984565b62ffffff60b883901c165f819003613a4a576040517f98782c4a00000000000000000000000000000000000000000000000000000000815260048101899052602401610984565b601082901c62ffffff168114613a855760405163038e5dd760e11b81526001600160a01b038816600482015260248101899052604401610984565b506001600160a01b038581165f90815260066020526040902080547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff8116600160801b9182900467ffffffffffffffff9081165f1901168202179091559089167fffffffffffff000000ffffff00000000000000000000000000000000000000009390931692909217808555910182555b85876001600160a01b0316856001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60405160405180910390a45050509392505050565b6001600160a01b0384161580613b8757505f836004811115613b8557613b85614fd9565b145b15613bc9576040517fb3efc6020000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610984565b6001600160a01b0384165f9081526006602052604081205460ff166004811115613bf557613bf5614fd9565b141580613c1d57506001600160a01b0384165f9081526008602052604090205462ffffff1615155b15613c5f576040517f0638f14d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610984565b613c6f826509184e72a000614880565b613cb1576040517fe3f85db800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610984565b600980545f91908290613cc89062ffffff16615cdc565b91906101000a81548162ffffff021916908362ffffff160217905590506040518060e00160405280856004811115613d0257613d02614fd9565b81525f602080830182905262ffffff851660408085019190915267ffffffffffffffff8816606085015260016080850181905260a0850184905260c09094018390526001600160a01b038a16835260069091529020825181549192909183917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0090911690836004811115613d9857613d98614fd9565b021790555060208281015182546040808601516060870151608088015160a089015160c0909901517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff909516610100961515969096027fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000ffff16959095176201000062ffffff93841602177fffffffffffffffffffffffffffffffffff00000000000000000000ffffffffff166501000000000067ffffffffffffffff928316027fffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffff16176d010000000000000000000000000061ffff90961695909502949094177fffffffffffffffff000000000000000000ffffffffffffffffffffffffffffff166f01000000000000000000000000000000971515979097027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1696909617600160801b9390921692909202179092559183165f90815260079092529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03888116918217909255915190841691907f826dca01469b02df85d181ae89b1ba101d994f8d9c62e5c97462b2eb16a81c7290610ae590889088908790615cf5565b5f613f936201518042615a0c565b905090565b5f82613fa5868685614be5565b1495945050505050565b5f620f4240613fc16298968084615d26565b613fcb9190615d55565b67ffffffffffffffff1692915050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905261400f8885856149a6565b92509050858015806140215750858114155b15614058576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61406182612fc1565b88885f81811061407357614073615a9d565b9050602002013510156140d7578888885f81811061409357614093615a9d565b905060200201356040517f9159b58c000000000000000000000000000000000000000000000000000000008152600401610984929190918252602082015260400190565b602082015162ffffff1688886140ee6001856158bd565b8181106140fd576140fd615a9d565b9050602002013510614126578888886141176001856158bd565b81811061409357614093615a9d565b50509695505050505050565b60608367ffffffffffffffff81111561414d5761414d6155d2565b604051908082528060200260200182016040528015614176578160200160208202803683370190505b5090505f5b84811015614271575f811180156141cc5750858561419a6001846158bd565b8181106141a9576141a9615a9d565b905060200201358686838181106141c2576141c2615a9d565b9050602002013511155b15614203576040517f45ce6bce00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61424c86868381811061421857614218615a9d565b9050602002013585858481811061423157614231615a9d565b905060200201355f9182526020908152604082208252902090565b82828151811061425e5761425e615a9d565b602090810291909101015260010161417b565b50949350505050565b5f826142898888888887614c1d565b14979650505050505050565b5f60188262ffffff16901b60086142aa613f85565b901b8460088111156142be576142be614fd9565b60ff1617179392505050565b5f600284845f8181106142df576142df615a9d565b6020908102929092013590921c5f81815291889052604082205490935091505b848110156143db575f86868381811061431a5761431a615a9d565b90506020020135905083600282901c14614350575f9384526020889052604080852093909355600281901c808552929093205491925b5f61435f6040600384166158d0565b90505f60ff85831c16600881111561437957614379614fd9565b90505f81600881111561438e5761438e614fd9565b146143c95782816040517f2889c7fd000000000000000000000000000000000000000000000000000000008152600401610984929190615ab1565b5085901b9290921791506001016142ff565b505f9182526020959095526040902093909355505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526001600160a01b0382165f9081526006602052604090819020815160e081019092528054829060ff16600481111561446557614465614fd9565b600481111561447657614476614fd9565b8152905460ff610100820481161515602084015262ffffff62010000830416604084015267ffffffffffffffff6501000000000083048116606085015261ffff6d010000000000000000000000000084041660808501526f010000000000000000000000000000008304909116151560a0840152600160801b9091041660c09091015290505f8151600481111561450f5761450f614fd9565b0361453857604051638e2ae14b60e01b81526001600160a01b0383166004820152602401610984565b80602001511561456657604051633d9fba5560e21b81526001600160a01b0383166004820152602401610984565b919050565b5f600383600481111561458057614580614fd9565b036145be57600184600481111561459957614599614fd9565b14806145b7575060025b8460048111156145b5576145b5614fd9565b145b9050611169565b60028360048111156145d2576145d2614fd9565b036145f45760048460048111156145eb576145eb614fd9565b14159050611169565b600183600481111561460857614608614fd9565b03614637578180156145b75750600284600481111561462957614629614fd9565b14806145b7575060036145a3565b505f9392505050565b6040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383163b156113e2576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a02906146cd908890889087908790600401615d84565b6020604051808303815f875af1925050508015614707575060408051601f3d908101601f1916820190925261470491810190615dc4565b60015b61476e573d808015614734576040519150601f19603f3d011682016040523d82523d5f602084013e614739565b606091505b5080515f0361476657604051633250574960e11b81526001600160a01b0385166004820152602401610984565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a0200000000000000000000000000000000000000000000000000000000146147db57604051633250574960e11b81526001600160a01b0385166004820152602401610984565b505050505050565b60605f6147ef83614eaf565b60010190505f8167ffffffffffffffff81111561480e5761480e6155d2565b6040519080825280601f01601f191660200182016040528015614838576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461484257509392505050565b5f67ffffffffffffffff831615806148ac57508167ffffffffffffffff168367ffffffffffffffff1610155b156148b857505f610875565b5f6148c4600a85615d26565b67ffffffffffffffff1690505f5b81156148f657600a820660030201600a82049150600a820601600a820491506148d2565b614901600a86615d55565b67ffffffffffffffff16600a6149178184615ddf565b61492290600a6158bd565b613fa59190615ddf565b5f828280158061493c5750601481115b1561494b575f92505050610875565b5f5b8181101561217d5782828281811061496757614967615a9d565b9050013560f81c60f81b60f81c60ff166f07fffffe87fffffeffffffe600000000901c6001165f0361499e575f9350505050610875565b60010161494d565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905290808360088111156149e3576149e3614fd9565b03614a1c57826040517f0e9b31270000000000000000000000000000000000000000000000000000000081526004016109849190615df2565b5f5f5f614a29888861358d565b925092509250614a3a816080015190565b60ff1615801590614a5d57506002866008811115614a5a57614a5a614fd9565b14155b15614a7e5760405163364563ab60e01b815260048101839052602401610984565b5090925090505b935093915050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290528190614ace612fe9565b925090506001600160a01b0380831690851614801590614b015750600481516004811115614afe57614afe614fd9565b14155b15614b3c5780516040517f22b726300000000000000000000000000000000000000000000000000000000081526109849133916004016158e7565b6001600160a01b0384165f9081526006602052604081209350835460ff166004811115614b6b57614b6b614fd9565b03614b9457604051638e2ae14b60e01b81526001600160a01b0385166004820152602401610984565b50915091565b6001600160a01b038416151580614bae5750805b15611241576040517f3fb6543500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81815b8481101561427157614c1382878784818110614c0757614c07615a9d565b90506020020135614f90565b9150600101614be9565b80515f9083614c2d816001615ac5565b614c378884615ac5565b14614c6e576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015614e64575f8167ffffffffffffffff811115614c8e57614c8e6155d2565b604051908082528060200260200182016040528015614cb7578160200160208202803683370190505b5090505f8080805b85811015614e00575f878510614cf9578584614cda81615e00565b955081518110614cec57614cec615a9d565b6020026020010151614d1f565b8985614d0481615e00565b965081518110614d1657614d16615a9d565b60200260200101515b90505f8c8c84818110614d3457614d34615a9d565b9050602002016020810190614d499190615e18565b614d76578e8e85614d5981615e00565b9650818110614d6a57614d6a615a9d565b90506020020135614dcd565b888610614da7578685614d8881615e00565b965081518110614d9a57614d9a615a9d565b6020026020010151614dcd565b8a86614db281615e00565b975081518110614dc457614dc4615a9d565b60200260200101515b9050614dd98282614f90565b878481518110614deb57614deb615a9d565b60209081029190910101525050600101614cbf565b50808b14614e3a576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001860381518110614e4f57614e4f615a9d565b6020026020010151965050505050505061191f565b8115614e8d57835f81518110614e7c57614e7c615a9d565b60200260200101519250505061191f565b87875f818110614e9f57614e9f615a9d565b905060200201359250505061191f565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310614ef7577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310614f23576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310614f4157662386f26fc10000830492506010015b6305f5e1008310614f59576305f5e100830492506008015b6127108310614f6d57612710830492506004015b60648310614f7f576064830492506002015b600a83106108755760010192915050565b5f818310614faa575f828152602084905260409020611169565b505f9182526020526040902090565b5f5f60408385031215614fca575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60098110614ffd57614ffd614fd9565b9052565b6060810161500f8286614fed565b61ffff841660208301526001600160a01b0383166040830152949350505050565b7fffffffff000000000000000000000000000000000000000000000000000000008116811461505d575f5ffd5b50565b5f60208284031215615070575f5ffd5b813561116981615030565b5f6020828403121561508b575f5ffd5b5035919050565b803560ff81168114614566575f5ffd5b5f5f604083850312156150b3575f5ffd5b823591506150c360208401615092565b90509250929050565b803567ffffffffffffffff81168114614566575f5ffd5b80356001600160a01b0381168114614566575f5ffd5b5f5f5f6060848603121561510b575f5ffd5b615114846150cc565b925061512260208501615092565b9150615130604085016150e3565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111696020830184615139565b5f5f6040838503121561518a575f5ffd5b615193836150e3565b946020939093013593505050565b803562ffffff81168114614566575f5ffd5b5f5f604083850312156151c4575f5ffd5b823591506150c3602084016151a1565b5f5f83601f8401126151e4575f5ffd5b50813567ffffffffffffffff8111156151fb575f5ffd5b602083019150836020828501011115615212575f5ffd5b9250929050565b5f5f5f6040848603121561522b575f5ffd5b615234846150cc565b9250602084013567ffffffffffffffff81111561524f575f5ffd5b61525b868287016151d4565b9497909650939450505050565b5f5f5f6060848603121561527a575f5ffd5b615283846150e3565b9250615291602085016150e3565b929592945050506040919091013590565b5f602082840312156152b2575f5ffd5b611169826150e3565b60058110614ffd57614ffd614fd9565b5f60c0820190506152dd8284516152bb565b60208301511515602083015262ffffff604084015116604083015267ffffffffffffffff606084015116606083015261ffff608084015116608083015260a0830151151560a083015292915050565b5f5f5f6060848603121561533e575f5ffd5b615347846150e3565b925060208401356005811061535a575f5ffd5b9150615130604085016150cc565b5f5f83601f840112615378575f5ffd5b50813567ffffffffffffffff81111561538f575f5ffd5b6020830191508360208260051b8501011115615212575f5ffd5b5f5f5f604084860312156153bb575f5ffd5b83359250602084013567ffffffffffffffff8111156153d8575f5ffd5b61525b86828701615368565b5f5f5f5f5f608086880312156153f8575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115615423575f5ffd5b61542f88828901615368565b969995985093965092949392505050565b5f5f60408385031215615451575f5ffd5b61545a836150cc565b91506150c360208401615092565b5f60208284031215615478575f5ffd5b611169826150cc565b803560098110614566575f5ffd5b5f5f5f5f5f5f5f5f5f5f60c08b8d0312156154a8575f5ffd5b8a35995060208b013567ffffffffffffffff8111156154c5575f5ffd5b6154d18d828e01615368565b909a5098505060408b013567ffffffffffffffff8111156154f0575f5ffd5b6154fc8d828e01615368565b909850965061550f905060608c01615481565b945060808b013567ffffffffffffffff81111561552a575f5ffd5b6155368d828e01615368565b90955093505060a08b013567ffffffffffffffff811115615555575f5ffd5b6155618d828e01615368565b915080935050809150509295989b9194979a5092959850565b5f5f6040838503121561558b575f5ffd5b823591506150c3602084016150e3565b80358015158114614566575f5ffd5b5f5f604083850312156155bb575f5ffd5b6155c4836150e3565b91506150c36020840161559b565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156155f9575f5ffd5b615602856150e3565b9350615610602086016150e3565b925060408501359150606085013567ffffffffffffffff811115615632575f5ffd5b8501601f81018713615642575f5ffd5b803567ffffffffffffffff81111561565c5761565c6155d2565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff8211171561568c5761568c6155d2565b6040528181528282016020018910156156a3575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f606082840312156156d4575f5ffd5b50919050565b5f5f5f5f608085870312156156ed575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115615711575f5ffd5b61571d878288016156c4565b925050606085013567ffffffffffffffff811115615739575f5ffd5b615745878288016156c4565b91505092959194509250565b5f5f5f5f5f5f5f5f60e0898b031215615768575f5ffd5b615771896150cc565b9750602089013567ffffffffffffffff81111561578c575f5ffd5b6157988b828c016151d4565b909850965050604089013561ffff811681146157b2575f5ffd5b94506157c060608a016151a1565b979a96995094979396956080850135955060a08501359460c001359350915050565b5f5f5f5f5f5f60a087890312156157f7575f5ffd5b86359550602087013594506040870135935061581560608801615481565b9250608087013567ffffffffffffffff811115615830575f5ffd5b61583c89828a01615368565b979a9699509497509295939492505050565b5f5f6040838503121561585f575f5ffd5b615868836150cc565b91506150c3602084016150e3565b5f5f60408385031215615887575f5ffd5b615868836150e3565b5f602082840312156158a0575f5ffd5b611169826151a1565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610875576108756158a9565b8082028115828204841417610875576108756158a9565b6001600160a01b03831681526040810161116960208301846152bb565b6001815b6001841115614a8557808504811115615923576159236158a9565b600184161561593157908102905b60019390931c928002615908565b5f8261594d57506001610875565b8161595957505f610875565b816001811461596f576002811461597957615995565b6001915050610875565b60ff84111561598a5761598a6158a9565b50506001821b610875565b5060208310610133831016604e8410600b84101617156159b8575081810a610875565b6159c45f198484615904565b805f19048211156159d7576159d76158a9565b029392505050565b5f61116960ff84168361593f565b5f611169838361593f565b634e487b7160e01b5f52601260045260245ffd5b5f82615a1a57615a1a6159f8565b500490565b600181811c90821680615a3357607f821691505b6020821081036156d457634e487b7160e01b5f52602260045260245ffd5b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b67ffffffffffffffff84168152604060208201525f61191f604083018486615a51565b634e487b7160e01b5f52603260045260245ffd5b828152604081016111696020830184614fed565b80820180821115610875576108756158a9565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115615b08575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f6137ab602083018486615ad8565b615b3e8185614fed565b604060208201525f61191f604083018486615ad8565b60408101615b6282856152bb565b61116960208301846152bb565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615ba2575f5ffd5b83018035915067ffffffffffffffff821115615bbc575f5ffd5b6020019150600581901b3603821315615212575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6137ab615bf88386615bd3565b84615bd3565b602081525f6137ab602083018486615a51565b67ffffffffffffffff8916815260e060208201525f615c3460e08301898b615a51565b61ffff9790971660408301525062ffffff949094166060850152608084019290925260a083015260c0909101529392505050565b5f60408201615c778386614fed565b604060208401528084518083526060850191506020860192505f5b81811015615cb0578351835260209384019390920191600101615c92565b50909695505050505050565b5f61ffff821661ffff8103615cd357615cd36158a9565b60010192915050565b5f62ffffff821662ffffff8103615cd357615cd36158a9565b60608101615d0382866152bb565b67ffffffffffffffff8416602083015262ffffff83166040830152949350505050565b5f67ffffffffffffffff831680615d3f57615d3f6159f8565b8067ffffffffffffffff84160491505092915050565b5f67ffffffffffffffff831680615d6e57615d6e6159f8565b8067ffffffffffffffff84160691505092915050565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f615dba6080830184615139565b9695505050505050565b5f60208284031215615dd4575f5ffd5b815161116981615030565b5f82615ded57615ded6159f8565b500690565b602081016108758284614fed565b5f60018201615e1157615e116158a9565b5060010190565b5f60208284031215615e28575f5ffd5b6111698261559b56fea164736f6c6343000825000a",
}

// Pedigree is an auto generated Go binding around an Ethereum contract.
type Pedigree struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Pedigree) GetABI() abi.ABI {
	return c.abi
}

// NewPedigree creates a new instance of Pedigree.
func NewPedigree() *Pedigree {
	parsed, err := PedigreeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Pedigree{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Pedigree) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 regulatorGln) returns()
func (pedigree *Pedigree) PackConstructor(regulatorGln uint64) []byte {
	enc, err := pedigree.abi.Pack("", regulatorGln)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSORTEDLEAFTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4288daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) PackSORTEDLEAFTAG() []byte {
	enc, err := pedigree.abi.Pack("SORTED_LEAF_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSORTEDLEAFTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4288daa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) TryPackSORTEDLEAFTAG() ([]byte, error) {
	return pedigree.abi.Pack("SORTED_LEAF_TAG")
}

// UnpackSORTEDLEAFTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4288daa.
//
// Solidity: function SORTED_LEAF_TAG() view returns(bytes32)
func (pedigree *Pedigree) UnpackSORTEDLEAFTAG(data []byte) ([32]byte, error) {
	out, err := pedigree.abi.Unpack("SORTED_LEAF_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUNDOWINDOWDAYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b09b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) PackUNDOWINDOWDAYS() []byte {
	enc, err := pedigree.abi.Pack("UNDO_WINDOW_DAYS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNDOWINDOWDAYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b09b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) TryPackUNDOWINDOWDAYS() ([]byte, error) {
	return pedigree.abi.Pack("UNDO_WINDOW_DAYS")
}

// UnpackUNDOWINDOWDAYS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88b09b41.
//
// Solidity: function UNDO_WINDOW_DAYS() view returns(uint256)
func (pedigree *Pedigree) UnpackUNDOWINDOWDAYS(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("UNDO_WINDOW_DAYS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 tokenId) returns()
func (pedigree *Pedigree) PackAccept(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("accept", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackAccept(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("accept", tokenId)
}

// PackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea6dee80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addKey(address account, address key) returns()
func (pedigree *Pedigree) PackAddKey(account common.Address, key common.Address) []byte {
	enc, err := pedigree.abi.Pack("addKey", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea6dee80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addKey(address account, address key) returns()
func (pedigree *Pedigree) TryPackAddKey(account common.Address, key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("addKey", account, key)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("approve", to, tokenId)
}

// PackAssignGTIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5eeb4f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignGTIN(uint64 gtin, address manufacturer) returns()
func (pedigree *Pedigree) PackAssignGTIN(gtin uint64, manufacturer common.Address) []byte {
	enc, err := pedigree.abi.Pack("assignGTIN", gtin, manufacturer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignGTIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5eeb4f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignGTIN(uint64 gtin, address manufacturer) returns()
func (pedigree *Pedigree) TryPackAssignGTIN(gtin uint64, manufacturer common.Address) ([]byte, error) {
	return pedigree.abi.Pack("assignGTIN", gtin, manufacturer)
}

// PackAssignPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05d47171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignPrefix(uint64 prefix, uint8 length, address manufacturer) returns()
func (pedigree *Pedigree) PackAssignPrefix(prefix uint64, length uint8, manufacturer common.Address) []byte {
	enc, err := pedigree.abi.Pack("assignPrefix", prefix, length, manufacturer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05d47171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignPrefix(uint64 prefix, uint8 length, address manufacturer) returns()
func (pedigree *Pedigree) TryPackAssignPrefix(prefix uint64, length uint8, manufacturer common.Address) ([]byte, error) {
	return pedigree.abi.Pack("assignPrefix", prefix, length, manufacturer)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) PackBalanceOf(owner common.Address) []byte {
	enc, err := pedigree.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return pedigree.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pedigree *Pedigree) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) PackBatch(batchId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("batch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) TryPackBatch(batchId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("batch", batchId)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchId) view returns((bytes32,address,uint16,uint8))
func (pedigree *Pedigree) UnpackBatch(data []byte) (IPedigreeBatch, error) {
	out, err := pedigree.abi.Unpack("batch", data)
	if err != nil {
		return *new(IPedigreeBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(IPedigreeBatch)).(*IPedigreeBatch)
	return out0, nil
}

// PackBatchIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1885ae49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) PackBatchIdOf(gtin uint64, lot string) []byte {
	enc, err := pedigree.abi.Pack("batchIdOf", gtin, lot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1885ae49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) TryPackBatchIdOf(gtin uint64, lot string) ([]byte, error) {
	return pedigree.abi.Pack("batchIdOf", gtin, lot)
}

// UnpackBatchIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1885ae49.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(uint256)
func (pedigree *Pedigree) UnpackBatchIdOf(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("batchIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelShipment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7faa7bc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelShipment(uint256 tokenId) returns()
func (pedigree *Pedigree) PackCancelShipment(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("cancelShipment", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelShipment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7faa7bc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelShipment(uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackCancelShipment(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("cancelShipment", tokenId)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGtinOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7192aced.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) PackGtinOwner(gtin uint64) []byte {
	enc, err := pedigree.abi.Pack("gtinOwner", gtin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGtinOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7192aced.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) TryPackGtinOwner(gtin uint64) ([]byte, error) {
	return pedigree.abi.Pack("gtinOwner", gtin)
}

// UnpackGtinOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7192aced.
//
// Solidity: function gtinOwner(uint64 gtin) view returns(address)
func (pedigree *Pedigree) UnpackGtinOwner(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("gtinOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := pedigree.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return pedigree.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pedigree *Pedigree) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cd6524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) PackKeyAccount(key common.Address) []byte {
	enc, err := pedigree.abi.Pack("keyAccount", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cd6524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) TryPackKeyAccount(key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("keyAccount", key)
}

// UnpackKeyAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90cd6524.
//
// Solidity: function keyAccount(address key) view returns(address)
func (pedigree *Pedigree) UnpackKeyAccount(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("keyAccount", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) PackName() []byte {
	enc, err := pedigree.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) TryPackName() ([]byte, error) {
	return pedigree.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (pedigree *Pedigree) UnpackName(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pedigree *Pedigree) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00399e03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) PackPackState(batchId *big.Int, index *big.Int) []byte {
	enc, err := pedigree.abi.Pack("packState", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00399e03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) TryPackPackState(batchId *big.Int, index *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("packState", batchId, index)
}

// PackStateOutput serves as a container for the return parameters of contract
// method PackState.
type PackStateOutput struct {
	State uint8
	Day   uint16
	Actor common.Address
}

// UnpackPackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00399e03.
//
// Solidity: function packState(uint256 batchId, uint256 index) view returns(uint8 state, uint16 day, address actor)
func (pedigree *Pedigree) UnpackPackState(data []byte) (PackStateOutput, error) {
	out, err := pedigree.abi.Unpack("packState", data)
	outstruct := new(PackStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.State = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Day = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.Actor = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2605b3c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
func (pedigree *Pedigree) PackParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("participant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2605b3c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
func (pedigree *Pedigree) TryPackParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("participant", account)
}

// UnpackParticipant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint24,uint64,uint16,bool))
func (pedigree *Pedigree) UnpackParticipant(data []byte) (IPedigreeParticipant, error) {
	out, err := pedigree.abi.Unpack("participant", data)
	if err != nil {
		return *new(IPedigreeParticipant), err
	}
	out0 := *abi.ConvertType(out[0], new(IPedigreeParticipant)).(*IPedigreeParticipant)
	return out0, nil
}

// PackParticipantAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4447d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) PackParticipantAccount(number *big.Int) []byte {
	enc, err := pedigree.abi.Pack("participantAccount", number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipantAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4447d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) TryPackParticipantAccount(number *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("participantAccount", number)
}

// UnpackParticipantAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe4447d2.
//
// Solidity: function participantAccount(uint24 number) view returns(address)
func (pedigree *Pedigree) UnpackParticipantAccount(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("participantAccount", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPrefixOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70587895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) PackPrefixOwner(prefix uint64, length uint8) []byte {
	enc, err := pedigree.abi.Pack("prefixOwner", prefix, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrefixOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70587895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) TryPackPrefixOwner(prefix uint64, length uint8) ([]byte, error) {
	return pedigree.abi.Pack("prefixOwner", prefix, length)
}

// UnpackPrefixOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70587895.
//
// Solidity: function prefixOwner(uint64 prefix, uint8 length) view returns(address)
func (pedigree *Pedigree) UnpackPrefixOwner(data []byte) (common.Address, error) {
	out, err := pedigree.abi.Unpack("prefixOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0482e803.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recall(uint256 batchId, uint8 reason) returns()
func (pedigree *Pedigree) PackRecall(batchId *big.Int, reason uint8) []byte {
	enc, err := pedigree.abi.Pack("recall", batchId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0482e803.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recall(uint256 batchId, uint8 reason) returns()
func (pedigree *Pedigree) TryPackRecall(batchId *big.Int, reason uint8) ([]byte, error) {
	return pedigree.abi.Pack("recall", batchId, reason)
}

// PackRegisterBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf024c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) PackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, indexRoot [32]byte, sortedRoot [32]byte, masterDataHash [32]byte) []byte {
	enc, err := pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, indexRoot, sortedRoot, masterDataHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf024c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) TryPackRegisterBatch(gtin uint64, lot string, expiryDay uint16, quantity *big.Int, indexRoot [32]byte, sortedRoot [32]byte, masterDataHash [32]byte) ([]byte, error) {
	return pedigree.abi.Pack("registerBatch", gtin, lot, expiryDay, quantity, indexRoot, sortedRoot, masterDataHash)
}

// UnpackRegisterBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf024c7.
//
// Solidity: function registerBatch(uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash) returns(uint256 batchId)
func (pedigree *Pedigree) UnpackRegisterBatch(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("registerBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d240cd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerParticipant(address account, uint8 role, uint64 gln) returns()
func (pedigree *Pedigree) PackRegisterParticipant(account common.Address, role uint8, gln uint64) []byte {
	enc, err := pedigree.abi.Pack("registerParticipant", account, role, gln)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d240cd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerParticipant(address account, uint8 role, uint64 gln) returns()
func (pedigree *Pedigree) TryPackRegisterParticipant(account common.Address, role uint8, gln uint64) ([]byte, error) {
	return pedigree.abi.Pack("registerParticipant", account, role, gln)
}

// PackReinstateParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0be039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reinstateParticipant(address account) returns()
func (pedigree *Pedigree) PackReinstateParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("reinstateParticipant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReinstateParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0be039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reinstateParticipant(address account) returns()
func (pedigree *Pedigree) TryPackReinstateParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("reinstateParticipant", account)
}

// PackRetireKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0a5c1ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireKey(address account, address key) returns()
func (pedigree *Pedigree) PackRetireKey(account common.Address, key common.Address) []byte {
	enc, err := pedigree.abi.Pack("retireKey", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0a5c1ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireKey(address account, address key) returns()
func (pedigree *Pedigree) TryPackRetireKey(account common.Address, key common.Address) ([]byte, error) {
	return pedigree.abi.Pack("retireKey", account, key)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pedigree *Pedigree) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := pedigree.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pedigree *Pedigree) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return pedigree.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pedigree *Pedigree) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := pedigree.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pedigree *Pedigree) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return pedigree.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccfd1b22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPackState(uint256 tokenId, uint256 index, bytes32 serialHash, uint8 state, bytes32[] proof) returns()
func (pedigree *Pedigree) PackSetPackState(tokenId *big.Int, index *big.Int, serialHash [32]byte, state uint8, proof [][32]byte) []byte {
	enc, err := pedigree.abi.Pack("setPackState", tokenId, index, serialHash, state, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccfd1b22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPackState(uint256 tokenId, uint256 index, bytes32 serialHash, uint8 state, bytes32[] proof) returns()
func (pedigree *Pedigree) TryPackSetPackState(tokenId *big.Int, index *big.Int, serialHash [32]byte, state uint8, proof [][32]byte) ([]byte, error) {
	return pedigree.abi.Pack("setPackState", tokenId, index, serialHash, state, proof)
}

// PackSetPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad2499c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPackStates(uint256 tokenId, uint256[] indexes, bytes32[] serialHashes, uint8 state, bytes32[] proof, bool[] proofFlags) returns()
func (pedigree *Pedigree) PackSetPackStates(tokenId *big.Int, indexes []*big.Int, serialHashes [][32]byte, state uint8, proof [][32]byte, proofFlags []bool) []byte {
	enc, err := pedigree.abi.Pack("setPackStates", tokenId, indexes, serialHashes, state, proof, proofFlags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad2499c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPackStates(uint256 tokenId, uint256[] indexes, bytes32[] serialHashes, uint8 state, bytes32[] proof, bool[] proofFlags) returns()
func (pedigree *Pedigree) TryPackSetPackStates(tokenId *big.Int, indexes []*big.Int, serialHashes [][32]byte, state uint8, proof [][32]byte, proofFlags []bool) ([]byte, error) {
	return pedigree.abi.Pack("setPackStates", tokenId, indexes, serialHashes, state, proof, proofFlags)
}

// PackShip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0d6d0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ship(uint256 tokenId, address to) returns()
func (pedigree *Pedigree) PackShip(tokenId *big.Int, to common.Address) []byte {
	enc, err := pedigree.abi.Pack("ship", tokenId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShip is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0d6d0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ship(uint256 tokenId, address to) returns()
func (pedigree *Pedigree) TryPackShip(tokenId *big.Int, to common.Address) ([]byte, error) {
	return pedigree.abi.Pack("ship", tokenId, to)
}

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd04619.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) PackSplit(tokenId *big.Int, newStart *big.Int) []byte {
	enc, err := pedigree.abi.Pack("split", tokenId, newStart)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd04619.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) TryPackSplit(tokenId *big.Int, newStart *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("split", tokenId, newStart)
}

// UnpackSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fd04619.
//
// Solidity: function split(uint256 tokenId, uint24 newStart) returns(uint256 newTokenId)
func (pedigree *Pedigree) UnpackSplit(data []byte) (*big.Int, error) {
	out, err := pedigree.abi.Unpack("split", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := pedigree.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return pedigree.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pedigree *Pedigree) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSuspendParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ddab058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspendParticipant(address account) returns()
func (pedigree *Pedigree) PackSuspendParticipant(account common.Address) []byte {
	enc, err := pedigree.abi.Pack("suspendParticipant", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspendParticipant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ddab058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspendParticipant(address account) returns()
func (pedigree *Pedigree) TryPackSuspendParticipant(account common.Address) ([]byte, error) {
	return pedigree.abi.Pack("suspendParticipant", account)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) PackSymbol() []byte {
	enc, err := pedigree.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) TryPackSymbol() ([]byte, error) {
	return pedigree.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (pedigree *Pedigree) UnpackSymbol(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044215c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) PackToken(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("token", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x044215c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) TryPackToken(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("token", tokenId)
}

// TokenOutput serves as a container for the return parameters of contract
// method Token.
type TokenOutput struct {
	BatchId   *big.Int
	Start     *big.Int
	End       *big.Int
	PendingTo common.Address
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x044215c6.
//
// Solidity: function token(uint256 tokenId) view returns(uint256 batchId, uint24 start, uint24 end, address pendingTo)
func (pedigree *Pedigree) UnpackToken(data []byte) (TokenOutput, error) {
	out, err := pedigree.abi.Unpack("token", data)
	outstruct := new(TokenOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Start = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.End = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.PendingTo = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pedigree *Pedigree) UnpackTokenURI(data []byte) (string, error) {
	out, err := pedigree.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pedigree.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pedigree *Pedigree) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pedigree.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUndoPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463c4331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undoPackStates(uint256 tokenId, uint256[] indexes) returns()
func (pedigree *Pedigree) PackUndoPackStates(tokenId *big.Int, indexes []*big.Int) []byte {
	enc, err := pedigree.abi.Pack("undoPackStates", tokenId, indexes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndoPackStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463c4331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undoPackStates(uint256 tokenId, uint256[] indexes) returns()
func (pedigree *Pedigree) TryPackUndoPackStates(tokenId *big.Int, indexes []*big.Int) ([]byte, error) {
	return pedigree.abi.Pack("undoPackStates", tokenId, indexes)
}

// PackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbddc4a00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) PackVerifyAbsent(batchId *big.Int, serialHash [32]byte, low IPedigreeNeighbour, high IPedigreeNeighbour) []byte {
	enc, err := pedigree.abi.Pack("verifyAbsent", batchId, serialHash, low, high)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbddc4a00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) TryPackVerifyAbsent(batchId *big.Int, serialHash [32]byte, low IPedigreeNeighbour, high IPedigreeNeighbour) ([]byte, error) {
	return pedigree.abi.Pack("verifyAbsent", batchId, serialHash, low, high)
}

// UnpackVerifyAbsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbddc4a00.
//
// Solidity: function verifyAbsent(uint256 batchId, bytes32 serialHash, (uint256,bytes32,bytes32[]) low, (uint256,bytes32,bytes32[]) high) view returns(bool)
func (pedigree *Pedigree) UnpackVerifyAbsent(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("verifyAbsent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifySerial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6526746c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) PackVerifySerial(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) []byte {
	enc, err := pedigree.abi.Pack("verifySerial", batchId, index, serialHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifySerial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6526746c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) TryPackVerifySerial(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) ([]byte, error) {
	return pedigree.abi.Pack("verifySerial", batchId, index, serialHash, proof)
}

// UnpackVerifySerial is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6526746c.
//
// Solidity: function verifySerial(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) view returns(bool)
func (pedigree *Pedigree) UnpackVerifySerial(data []byte) (bool, error) {
	out, err := pedigree.abi.Unpack("verifySerial", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PedigreeApproval represents a Approval event raised by the Pedigree contract.
type PedigreeApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PedigreeApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PedigreeApproval) ContractEventName() string {
	return PedigreeApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (pedigree *Pedigree) UnpackApprovalEvent(log *types.Log) (*PedigreeApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeApproval)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeApprovalForAll represents a ApprovalForAll event raised by the Pedigree contract.
type PedigreeApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PedigreeApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (PedigreeApprovalForAll) ContractEventName() string {
	return PedigreeApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (pedigree *Pedigree) UnpackApprovalForAllEvent(log *types.Log) (*PedigreeApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeApprovalForAll)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeBatchRecalled represents a BatchRecalled event raised by the Pedigree contract.
type PedigreeBatchRecalled struct {
	BatchId *big.Int
	By      common.Address
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeBatchRecalledEventName = "BatchRecalled"

// ContractEventName returns the user-defined event name.
func (PedigreeBatchRecalled) ContractEventName() string {
	return PedigreeBatchRecalledEventName
}

// UnpackBatchRecalledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRecalled(uint256 indexed batchId, address indexed by, uint8 reason)
func (pedigree *Pedigree) UnpackBatchRecalledEvent(log *types.Log) (*PedigreeBatchRecalled, error) {
	event := "BatchRecalled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeBatchRecalled)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeBatchRegistered represents a BatchRegistered event raised by the Pedigree contract.
type PedigreeBatchRegistered struct {
	BatchId        *big.Int
	Manufacturer   common.Address
	Gtin           uint64
	Lot            string
	ExpiryDay      uint16
	Quantity       *big.Int
	IndexRoot      [32]byte
	SortedRoot     [32]byte
	MasterDataHash [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const PedigreeBatchRegisteredEventName = "BatchRegistered"

// ContractEventName returns the user-defined event name.
func (PedigreeBatchRegistered) ContractEventName() string {
	return PedigreeBatchRegisteredEventName
}

// UnpackBatchRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRegistered(uint256 indexed batchId, address indexed manufacturer, uint64 gtin, string lot, uint16 expiryDay, uint24 quantity, bytes32 indexRoot, bytes32 sortedRoot, bytes32 masterDataHash)
func (pedigree *Pedigree) UnpackBatchRegisteredEvent(log *types.Log) (*PedigreeBatchRegistered, error) {
	event := "BatchRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeBatchRegistered)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeGTINAssigned represents a GTINAssigned event raised by the Pedigree contract.
type PedigreeGTINAssigned struct {
	Gtin         uint64
	Manufacturer common.Address
	Previous     common.Address
	By           common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const PedigreeGTINAssignedEventName = "GTINAssigned"

// ContractEventName returns the user-defined event name.
func (PedigreeGTINAssigned) ContractEventName() string {
	return PedigreeGTINAssignedEventName
}

// UnpackGTINAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GTINAssigned(uint64 gtin, address indexed manufacturer, address indexed previous, address indexed by)
func (pedigree *Pedigree) UnpackGTINAssignedEvent(log *types.Log) (*PedigreeGTINAssigned, error) {
	event := "GTINAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeGTINAssigned)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeKeyAdded represents a KeyAdded event raised by the Pedigree contract.
type PedigreeKeyAdded struct {
	Account common.Address
	Key     common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeKeyAddedEventName = "KeyAdded"

// ContractEventName returns the user-defined event name.
func (PedigreeKeyAdded) ContractEventName() string {
	return PedigreeKeyAddedEventName
}

// UnpackKeyAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyAdded(address indexed account, address indexed key, address indexed by)
func (pedigree *Pedigree) UnpackKeyAddedEvent(log *types.Log) (*PedigreeKeyAdded, error) {
	event := "KeyAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeKeyAdded)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeKeyRetired represents a KeyRetired event raised by the Pedigree contract.
type PedigreeKeyRetired struct {
	Account common.Address
	Key     common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeKeyRetiredEventName = "KeyRetired"

// ContractEventName returns the user-defined event name.
func (PedigreeKeyRetired) ContractEventName() string {
	return PedigreeKeyRetiredEventName
}

// UnpackKeyRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRetired(address indexed account, address indexed key, address indexed by)
func (pedigree *Pedigree) UnpackKeyRetiredEvent(log *types.Log) (*PedigreeKeyRetired, error) {
	event := "KeyRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeKeyRetired)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreePackStatesChanged represents a PackStatesChanged event raised by the Pedigree contract.
type PedigreePackStatesChanged struct {
	BatchId *big.Int
	Actor   common.Address
	State   uint8
	Indexes []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreePackStatesChangedEventName = "PackStatesChanged"

// ContractEventName returns the user-defined event name.
func (PedigreePackStatesChanged) ContractEventName() string {
	return PedigreePackStatesChangedEventName
}

// UnpackPackStatesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackStatesChanged(uint256 indexed batchId, address indexed actor, uint8 state, uint256[] indexes)
func (pedigree *Pedigree) UnpackPackStatesChangedEvent(log *types.Log) (*PedigreePackStatesChanged, error) {
	event := "PackStatesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePackStatesChanged)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreePackStatesReverted represents a PackStatesReverted event raised by the Pedigree contract.
type PedigreePackStatesReverted struct {
	BatchId *big.Int
	Actor   common.Address
	Indexes []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreePackStatesRevertedEventName = "PackStatesReverted"

// ContractEventName returns the user-defined event name.
func (PedigreePackStatesReverted) ContractEventName() string {
	return PedigreePackStatesRevertedEventName
}

// UnpackPackStatesRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackStatesReverted(uint256 indexed batchId, address indexed actor, uint256[] indexes)
func (pedigree *Pedigree) UnpackPackStatesRevertedEvent(log *types.Log) (*PedigreePackStatesReverted, error) {
	event := "PackStatesReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePackStatesReverted)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantRegistered represents a ParticipantRegistered event raised by the Pedigree contract.
type PedigreeParticipantRegistered struct {
	Account common.Address
	Role    uint8
	Gln     uint64
	Number  *big.Int
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantRegisteredEventName = "ParticipantRegistered"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantRegistered) ContractEventName() string {
	return PedigreeParticipantRegisteredEventName
}

// UnpackParticipantRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantRegistered(address indexed account, uint8 role, uint64 gln, uint24 number, address indexed by)
func (pedigree *Pedigree) UnpackParticipantRegisteredEvent(log *types.Log) (*PedigreeParticipantRegistered, error) {
	event := "ParticipantRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantRegistered)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantReinstated represents a ParticipantReinstated event raised by the Pedigree contract.
type PedigreeParticipantReinstated struct {
	Account common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantReinstatedEventName = "ParticipantReinstated"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantReinstated) ContractEventName() string {
	return PedigreeParticipantReinstatedEventName
}

// UnpackParticipantReinstatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantReinstated(address indexed account, address indexed by)
func (pedigree *Pedigree) UnpackParticipantReinstatedEvent(log *types.Log) (*PedigreeParticipantReinstated, error) {
	event := "ParticipantReinstated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantReinstated)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeParticipantSuspended represents a ParticipantSuspended event raised by the Pedigree contract.
type PedigreeParticipantSuspended struct {
	Account common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeParticipantSuspendedEventName = "ParticipantSuspended"

// ContractEventName returns the user-defined event name.
func (PedigreeParticipantSuspended) ContractEventName() string {
	return PedigreeParticipantSuspendedEventName
}

// UnpackParticipantSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParticipantSuspended(address indexed account, address indexed by)
func (pedigree *Pedigree) UnpackParticipantSuspendedEvent(log *types.Log) (*PedigreeParticipantSuspended, error) {
	event := "ParticipantSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeParticipantSuspended)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreePrefixAssigned represents a PrefixAssigned event raised by the Pedigree contract.
type PedigreePrefixAssigned struct {
	Prefix       uint64
	Length       uint8
	Manufacturer common.Address
	Previous     common.Address
	By           common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const PedigreePrefixAssignedEventName = "PrefixAssigned"

// ContractEventName returns the user-defined event name.
func (PedigreePrefixAssigned) ContractEventName() string {
	return PedigreePrefixAssignedEventName
}

// UnpackPrefixAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PrefixAssigned(uint64 prefix, uint8 length, address indexed manufacturer, address indexed previous, address indexed by)
func (pedigree *Pedigree) UnpackPrefixAssignedEvent(log *types.Log) (*PedigreePrefixAssigned, error) {
	event := "PrefixAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreePrefixAssigned)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeShipmentCancelled represents a ShipmentCancelled event raised by the Pedigree contract.
type PedigreeShipmentCancelled struct {
	TokenId *big.Int
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeShipmentCancelledEventName = "ShipmentCancelled"

// ContractEventName returns the user-defined event name.
func (PedigreeShipmentCancelled) ContractEventName() string {
	return PedigreeShipmentCancelledEventName
}

// UnpackShipmentCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShipmentCancelled(uint256 indexed tokenId, address indexed by)
func (pedigree *Pedigree) UnpackShipmentCancelledEvent(log *types.Log) (*PedigreeShipmentCancelled, error) {
	event := "ShipmentCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeShipmentCancelled)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeShipmentSent represents a ShipmentSent event raised by the Pedigree contract.
type PedigreeShipmentSent struct {
	TokenId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeShipmentSentEventName = "ShipmentSent"

// ContractEventName returns the user-defined event name.
func (PedigreeShipmentSent) ContractEventName() string {
	return PedigreeShipmentSentEventName
}

// UnpackShipmentSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShipmentSent(uint256 indexed tokenId, address indexed from, address indexed to)
func (pedigree *Pedigree) UnpackShipmentSentEvent(log *types.Log) (*PedigreeShipmentSent, error) {
	event := "ShipmentSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeShipmentSent)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeTokenSplit represents a TokenSplit event raised by the Pedigree contract.
type PedigreeTokenSplit struct {
	TokenId    *big.Int
	NewTokenId *big.Int
	BatchId    *big.Int
	Start      *big.Int
	End        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PedigreeTokenSplitEventName = "TokenSplit"

// ContractEventName returns the user-defined event name.
func (PedigreeTokenSplit) ContractEventName() string {
	return PedigreeTokenSplitEventName
}

// UnpackTokenSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenSplit(uint256 indexed tokenId, uint256 indexed newTokenId, uint256 indexed batchId, uint24 start, uint24 end)
func (pedigree *Pedigree) UnpackTokenSplitEvent(log *types.Log) (*PedigreeTokenSplit, error) {
	event := "TokenSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeTokenSplit)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PedigreeTransfer represents a Transfer event raised by the Pedigree contract.
type PedigreeTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PedigreeTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PedigreeTransfer) ContractEventName() string {
	return PedigreeTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (pedigree *Pedigree) UnpackTransferEvent(log *types.Log) (*PedigreeTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pedigree.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PedigreeTransfer)
	if len(log.Data) > 0 {
		if err := pedigree.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pedigree.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pedigree *Pedigree) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return pedigree.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["MerkleProofInvalidMultiproof"].ID.Bytes()[:4]) {
		return pedigree.UnpackMerkleProofInvalidMultiproofError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeAlreadyAssigned"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeAlreadyAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeApprovalsDisabled"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeApprovalsDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchExists"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchExpired"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeBatchRecalled"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeBatchRecalledError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeGTINNotOwned"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeGTINNotOwnedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidExpiry"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidGLN"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidGLNError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidGTIN"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidGTINError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidLot"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidLotError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidNonMembership"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidNonMembershipError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPackList"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPackListError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPackState"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPackStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidParticipant"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidParticipantError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidPrefix"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidPrefixError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidProof"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidQuantity"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidQuantityError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidRecallReason"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidRecallReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeInvalidRoot"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeInvalidRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeIrreversibleState"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeIrreversibleStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeKeyRetired"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeKeyRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeKeyTaken"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeKeyTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeLastKey"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeLastKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNoShipment"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNoShipmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotCustodian"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotCustodianError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotDecommissioner"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotDecommissionerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotKey"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotManufacturer"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotManufacturerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotParticipant"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotParticipantError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNotReceiver"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNotReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeNothingToUndo"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeNothingToUndoError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreePackNotActive"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreePackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreePackOutOfRange"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreePackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeParticipantExists"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeParticipantExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeParticipantSuspended"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeParticipantSuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeRouteNotAllowed"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeRouteNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeShipmentPending"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeShipmentPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeSplitOutOfRange"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeSplitOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUnauthorizedRole"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUnauthorizedRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUndoWindowClosed"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUndoWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pedigree.abi.Errors["PedigreeUnknownBatch"].ID.Bytes()[:4]) {
		return pedigree.UnpackPedigreeUnknownBatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PedigreeERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Pedigree contract.
type PedigreeERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func PedigreeERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (pedigree *Pedigree) UnpackERC721IncorrectOwnerError(raw []byte) (*PedigreeERC721IncorrectOwner, error) {
	out := new(PedigreeERC721IncorrectOwner)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Pedigree contract.
type PedigreeERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func PedigreeERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (pedigree *Pedigree) UnpackERC721InsufficientApprovalError(raw []byte) (*PedigreeERC721InsufficientApproval, error) {
	out := new(PedigreeERC721InsufficientApproval)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Pedigree contract.
type PedigreeERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func PedigreeERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (pedigree *Pedigree) UnpackERC721InvalidApproverError(raw []byte) (*PedigreeERC721InvalidApprover, error) {
	out := new(PedigreeERC721InvalidApprover)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Pedigree contract.
type PedigreeERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func PedigreeERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (pedigree *Pedigree) UnpackERC721InvalidOperatorError(raw []byte) (*PedigreeERC721InvalidOperator, error) {
	out := new(PedigreeERC721InvalidOperator)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Pedigree contract.
type PedigreeERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func PedigreeERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (pedigree *Pedigree) UnpackERC721InvalidOwnerError(raw []byte) (*PedigreeERC721InvalidOwner, error) {
	out := new(PedigreeERC721InvalidOwner)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Pedigree contract.
type PedigreeERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func PedigreeERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (pedigree *Pedigree) UnpackERC721InvalidReceiverError(raw []byte) (*PedigreeERC721InvalidReceiver, error) {
	out := new(PedigreeERC721InvalidReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721InvalidSender represents a ERC721InvalidSender error raised by the Pedigree contract.
type PedigreeERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func PedigreeERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (pedigree *Pedigree) UnpackERC721InvalidSenderError(raw []byte) (*PedigreeERC721InvalidSender, error) {
	out := new(PedigreeERC721InvalidSender)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Pedigree contract.
type PedigreeERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func PedigreeERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (pedigree *Pedigree) UnpackERC721NonexistentTokenError(raw []byte) (*PedigreeERC721NonexistentToken, error) {
	out := new(PedigreeERC721NonexistentToken)
	if err := pedigree.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreeMerkleProofInvalidMultiproof represents a MerkleProofInvalidMultiproof error raised by the Pedigree contract.
type PedigreeMerkleProofInvalidMultiproof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MerkleProofInvalidMultiproof()
func PedigreeMerkleProofInvalidMultiproofErrorID() common.Hash {
	return common.HexToHash("0x351404920163d662c9e55a2ededa2a037e643758bbfddef8b612fa4d17ed11ea")
}

// UnpackMerkleProofInvalidMultiproofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MerkleProofInvalidMultiproof()
func (pedigree *Pedigree) UnpackMerkleProofInvalidMultiproofError(raw []byte) (*PedigreeMerkleProofInvalidMultiproof, error) {
	out := new(PedigreeMerkleProofInvalidMultiproof)
	if err := pedigree.abi.UnpackIntoInterface(out, "MerkleProofInvalidMultiproof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeAlreadyAssigned represents a PedigreeAlreadyAssigned error raised by the Pedigree contract.
type PedigreePedigreeAlreadyAssigned struct {
	Manufacturer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeAlreadyAssigned(address manufacturer)
func PedigreePedigreeAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0xab204e7ef45bdb87f156872225c624dd85bcf1cfe63b5d746bffbbeaa8c7adc4")
}

// UnpackPedigreeAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeAlreadyAssigned(address manufacturer)
func (pedigree *Pedigree) UnpackPedigreeAlreadyAssignedError(raw []byte) (*PedigreePedigreeAlreadyAssigned, error) {
	out := new(PedigreePedigreeAlreadyAssigned)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeAlreadyAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeApprovalsDisabled represents a PedigreeApprovalsDisabled error raised by the Pedigree contract.
type PedigreePedigreeApprovalsDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeApprovalsDisabled()
func PedigreePedigreeApprovalsDisabledErrorID() common.Hash {
	return common.HexToHash("0x3fb654359aa1dbd0673fb0e9027ed8aef506136a98bbceb94726c7db49e69783")
}

// UnpackPedigreeApprovalsDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeApprovalsDisabled()
func (pedigree *Pedigree) UnpackPedigreeApprovalsDisabledError(raw []byte) (*PedigreePedigreeApprovalsDisabled, error) {
	out := new(PedigreePedigreeApprovalsDisabled)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeApprovalsDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchExists represents a PedigreeBatchExists error raised by the Pedigree contract.
type PedigreePedigreeBatchExists struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchExists(uint256 batchId)
func PedigreePedigreeBatchExistsErrorID() common.Hash {
	return common.HexToHash("0xce617c511dff4e2934e17d2a875e01157a4032ec0f9db19d1aed1682527ea879")
}

// UnpackPedigreeBatchExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchExists(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchExistsError(raw []byte) (*PedigreePedigreeBatchExists, error) {
	out := new(PedigreePedigreeBatchExists)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchExpired represents a PedigreeBatchExpired error raised by the Pedigree contract.
type PedigreePedigreeBatchExpired struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchExpired(uint256 batchId)
func PedigreePedigreeBatchExpiredErrorID() common.Hash {
	return common.HexToHash("0xe54a780703491bb7b62b2d201edcb248462532a922faa09742a5c6b254a609bb")
}

// UnpackPedigreeBatchExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchExpired(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchExpiredError(raw []byte) (*PedigreePedigreeBatchExpired, error) {
	out := new(PedigreePedigreeBatchExpired)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeBatchRecalled represents a PedigreeBatchRecalled error raised by the Pedigree contract.
type PedigreePedigreeBatchRecalled struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeBatchRecalled(uint256 batchId)
func PedigreePedigreeBatchRecalledErrorID() common.Hash {
	return common.HexToHash("0x364563abecef162d736e1344b0d0815578e5bb2758f581b9ea64186233110543")
}

// UnpackPedigreeBatchRecalledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeBatchRecalled(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeBatchRecalledError(raw []byte) (*PedigreePedigreeBatchRecalled, error) {
	out := new(PedigreePedigreeBatchRecalled)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeBatchRecalled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeGTINNotOwned represents a PedigreeGTINNotOwned error raised by the Pedigree contract.
type PedigreePedigreeGTINNotOwned struct {
	Gtin    uint64
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeGTINNotOwned(uint64 gtin, address account)
func PedigreePedigreeGTINNotOwnedErrorID() common.Hash {
	return common.HexToHash("0xeb58c4a1b2cf0e2b0bc6576153ca6e064c9744a38b7207d9468960ab441803c0")
}

// UnpackPedigreeGTINNotOwnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeGTINNotOwned(uint64 gtin, address account)
func (pedigree *Pedigree) UnpackPedigreeGTINNotOwnedError(raw []byte) (*PedigreePedigreeGTINNotOwned, error) {
	out := new(PedigreePedigreeGTINNotOwned)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeGTINNotOwned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidExpiry represents a PedigreeInvalidExpiry error raised by the Pedigree contract.
type PedigreePedigreeInvalidExpiry struct {
	ExpiryDay uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidExpiry(uint16 expiryDay)
func PedigreePedigreeInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0xd058c76d495a738bacce8e03af4142e7d9d9eac8cd5b5735fce551620f1f6786")
}

// UnpackPedigreeInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidExpiry(uint16 expiryDay)
func (pedigree *Pedigree) UnpackPedigreeInvalidExpiryError(raw []byte) (*PedigreePedigreeInvalidExpiry, error) {
	out := new(PedigreePedigreeInvalidExpiry)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidGLN represents a PedigreeInvalidGLN error raised by the Pedigree contract.
type PedigreePedigreeInvalidGLN struct {
	Gln uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidGLN(uint64 gln)
func PedigreePedigreeInvalidGLNErrorID() common.Hash {
	return common.HexToHash("0xe3f85db880678509624dfc9655ddaebc41d7176c56f1f080a88f132a61f4b76a")
}

// UnpackPedigreeInvalidGLNError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidGLN(uint64 gln)
func (pedigree *Pedigree) UnpackPedigreeInvalidGLNError(raw []byte) (*PedigreePedigreeInvalidGLN, error) {
	out := new(PedigreePedigreeInvalidGLN)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidGLN", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidGTIN represents a PedigreeInvalidGTIN error raised by the Pedigree contract.
type PedigreePedigreeInvalidGTIN struct {
	Gtin uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidGTIN(uint64 gtin)
func PedigreePedigreeInvalidGTINErrorID() common.Hash {
	return common.HexToHash("0x89152de9efad7a12152fd3dfcfd68ad85ae9cab47abcff9757cd5bf08463d28a")
}

// UnpackPedigreeInvalidGTINError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidGTIN(uint64 gtin)
func (pedigree *Pedigree) UnpackPedigreeInvalidGTINError(raw []byte) (*PedigreePedigreeInvalidGTIN, error) {
	out := new(PedigreePedigreeInvalidGTIN)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidGTIN", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidLot represents a PedigreeInvalidLot error raised by the Pedigree contract.
type PedigreePedigreeInvalidLot struct {
	Lot string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidLot(string lot)
func PedigreePedigreeInvalidLotErrorID() common.Hash {
	return common.HexToHash("0x5b11272a698cd376b29a6f095eb30994d644b88e0f49e29cb5fc53285028bb64")
}

// UnpackPedigreeInvalidLotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidLot(string lot)
func (pedigree *Pedigree) UnpackPedigreeInvalidLotError(raw []byte) (*PedigreePedigreeInvalidLot, error) {
	out := new(PedigreePedigreeInvalidLot)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidLot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidNonMembership represents a PedigreeInvalidNonMembership error raised by the Pedigree contract.
type PedigreePedigreeInvalidNonMembership struct {
	BatchId    *big.Int
	SerialHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidNonMembership(uint256 batchId, bytes32 serialHash)
func PedigreePedigreeInvalidNonMembershipErrorID() common.Hash {
	return common.HexToHash("0x88a99f70d45f76bf694443d9cf74916b552bf849f1412d5093b16993251fd8c8")
}

// UnpackPedigreeInvalidNonMembershipError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidNonMembership(uint256 batchId, bytes32 serialHash)
func (pedigree *Pedigree) UnpackPedigreeInvalidNonMembershipError(raw []byte) (*PedigreePedigreeInvalidNonMembership, error) {
	out := new(PedigreePedigreeInvalidNonMembership)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidNonMembership", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidPackList represents a PedigreeInvalidPackList error raised by the Pedigree contract.
type PedigreePedigreeInvalidPackList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPackList()
func PedigreePedigreeInvalidPackListErrorID() common.Hash {
	return common.HexToHash("0x45ce6bce20dcb831afa91ebda5977b49f8922ac5bd85c5836be6b866729611dc")
}

// UnpackPedigreeInvalidPackListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPackList()
func (pedigree *Pedigree) UnpackPedigreeInvalidPackListError(raw []byte) (*PedigreePedigreeInvalidPackList, error) {
	out := new(PedigreePedigreeInvalidPackList)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPackList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidPackState represents a PedigreeInvalidPackState error raised by the Pedigree contract.
type PedigreePedigreeInvalidPackState struct {
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPackState(uint8 state)
func PedigreePedigreeInvalidPackStateErrorID() common.Hash {
	return common.HexToHash("0x0e9b3127e351ebeacbe065e36337c05b7c8606df62be1089bc72f671578b98b2")
}

// UnpackPedigreeInvalidPackStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPackState(uint8 state)
func (pedigree *Pedigree) UnpackPedigreeInvalidPackStateError(raw []byte) (*PedigreePedigreeInvalidPackState, error) {
	out := new(PedigreePedigreeInvalidPackState)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPackState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidParticipant represents a PedigreeInvalidParticipant error raised by the Pedigree contract.
type PedigreePedigreeInvalidParticipant struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidParticipant(address account)
func PedigreePedigreeInvalidParticipantErrorID() common.Hash {
	return common.HexToHash("0xb3efc6020205b137ad46759c5a9f00a5df82d72022ed54d5342ff776802efc5e")
}

// UnpackPedigreeInvalidParticipantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidParticipant(address account)
func (pedigree *Pedigree) UnpackPedigreeInvalidParticipantError(raw []byte) (*PedigreePedigreeInvalidParticipant, error) {
	out := new(PedigreePedigreeInvalidParticipant)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidParticipant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidPrefix represents a PedigreeInvalidPrefix error raised by the Pedigree contract.
type PedigreePedigreeInvalidPrefix struct {
	Prefix uint64
	Length uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidPrefix(uint64 prefix, uint8 length)
func PedigreePedigreeInvalidPrefixErrorID() common.Hash {
	return common.HexToHash("0xc3c0bb9fd92f18c003d6d99ec4cd7424e7fb512fe5b82c916bbd0c6a71d3ae4e")
}

// UnpackPedigreeInvalidPrefixError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidPrefix(uint64 prefix, uint8 length)
func (pedigree *Pedigree) UnpackPedigreeInvalidPrefixError(raw []byte) (*PedigreePedigreeInvalidPrefix, error) {
	out := new(PedigreePedigreeInvalidPrefix)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidPrefix", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidProof represents a PedigreeInvalidProof error raised by the Pedigree contract.
type PedigreePedigreeInvalidProof struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidProof(uint256 batchId)
func PedigreePedigreeInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x1841a423b5bcbcbdf42327f61005749db0d2f4da6954f348e93a233c303634ef")
}

// UnpackPedigreeInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidProof(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeInvalidProofError(raw []byte) (*PedigreePedigreeInvalidProof, error) {
	out := new(PedigreePedigreeInvalidProof)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidQuantity represents a PedigreeInvalidQuantity error raised by the Pedigree contract.
type PedigreePedigreeInvalidQuantity struct {
	Quantity *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidQuantity(uint256 quantity)
func PedigreePedigreeInvalidQuantityErrorID() common.Hash {
	return common.HexToHash("0x91dcad9e35904095997f2b538dc6c212a30c52c032cac0fe4b8801ca49a6c6a7")
}

// UnpackPedigreeInvalidQuantityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidQuantity(uint256 quantity)
func (pedigree *Pedigree) UnpackPedigreeInvalidQuantityError(raw []byte) (*PedigreePedigreeInvalidQuantity, error) {
	out := new(PedigreePedigreeInvalidQuantity)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidQuantity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidRecallReason represents a PedigreeInvalidRecallReason error raised by the Pedigree contract.
type PedigreePedigreeInvalidRecallReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidRecallReason()
func PedigreePedigreeInvalidRecallReasonErrorID() common.Hash {
	return common.HexToHash("0x5a873b6ac14e392d5268d01d7b8bee3642be847037b33d9fa3a2835fbb80204d")
}

// UnpackPedigreeInvalidRecallReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidRecallReason()
func (pedigree *Pedigree) UnpackPedigreeInvalidRecallReasonError(raw []byte) (*PedigreePedigreeInvalidRecallReason, error) {
	out := new(PedigreePedigreeInvalidRecallReason)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidRecallReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidReceiver represents a PedigreeInvalidReceiver error raised by the Pedigree contract.
type PedigreePedigreeInvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidReceiver(address receiver)
func PedigreePedigreeInvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x25f31eaab18b083eed80647f181c164d087d163c812c8d816fafd8a069b42db8")
}

// UnpackPedigreeInvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidReceiver(address receiver)
func (pedigree *Pedigree) UnpackPedigreeInvalidReceiverError(raw []byte) (*PedigreePedigreeInvalidReceiver, error) {
	out := new(PedigreePedigreeInvalidReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeInvalidRoot represents a PedigreeInvalidRoot error raised by the Pedigree contract.
type PedigreePedigreeInvalidRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeInvalidRoot()
func PedigreePedigreeInvalidRootErrorID() common.Hash {
	return common.HexToHash("0x336715bdc13035adac2c8c6591f866c57c41e4f4d6fab4baae6e6a5406e4a189")
}

// UnpackPedigreeInvalidRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeInvalidRoot()
func (pedigree *Pedigree) UnpackPedigreeInvalidRootError(raw []byte) (*PedigreePedigreeInvalidRoot, error) {
	out := new(PedigreePedigreeInvalidRoot)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeInvalidRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeIrreversibleState represents a PedigreeIrreversibleState error raised by the Pedigree contract.
type PedigreePedigreeIrreversibleState struct {
	Index *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeIrreversibleState(uint256 index, uint8 state)
func PedigreePedigreeIrreversibleStateErrorID() common.Hash {
	return common.HexToHash("0x929e5ce5a2d9d0a88d4020638cce9689aa0db63efc3f01f7157cd37817b4cbee")
}

// UnpackPedigreeIrreversibleStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeIrreversibleState(uint256 index, uint8 state)
func (pedigree *Pedigree) UnpackPedigreeIrreversibleStateError(raw []byte) (*PedigreePedigreeIrreversibleState, error) {
	out := new(PedigreePedigreeIrreversibleState)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeIrreversibleState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeKeyRetired represents a PedigreeKeyRetired error raised by the Pedigree contract.
type PedigreePedigreeKeyRetired struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeKeyRetired(address key)
func PedigreePedigreeKeyRetiredErrorID() common.Hash {
	return common.HexToHash("0x48195e3f7c20f9100794e1cf471c8ac53e0c618b521c6378d37dd9e6052bf16c")
}

// UnpackPedigreeKeyRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeKeyRetired(address key)
func (pedigree *Pedigree) UnpackPedigreeKeyRetiredError(raw []byte) (*PedigreePedigreeKeyRetired, error) {
	out := new(PedigreePedigreeKeyRetired)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeKeyRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeKeyTaken represents a PedigreeKeyTaken error raised by the Pedigree contract.
type PedigreePedigreeKeyTaken struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeKeyTaken(address key)
func PedigreePedigreeKeyTakenErrorID() common.Hash {
	return common.HexToHash("0x52292c47d13b140244e611b6eebce12aa9b7ab09b493c29ba0303122b2ebbbc7")
}

// UnpackPedigreeKeyTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeKeyTaken(address key)
func (pedigree *Pedigree) UnpackPedigreeKeyTakenError(raw []byte) (*PedigreePedigreeKeyTaken, error) {
	out := new(PedigreePedigreeKeyTaken)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeKeyTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeLastKey represents a PedigreeLastKey error raised by the Pedigree contract.
type PedigreePedigreeLastKey struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeLastKey(address account)
func PedigreePedigreeLastKeyErrorID() common.Hash {
	return common.HexToHash("0x4129f20ff2ecc35e4f13c368065c1df849299dea791cdbec25d0554bff59af12")
}

// UnpackPedigreeLastKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeLastKey(address account)
func (pedigree *Pedigree) UnpackPedigreeLastKeyError(raw []byte) (*PedigreePedigreeLastKey, error) {
	out := new(PedigreePedigreeLastKey)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeLastKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNoShipment represents a PedigreeNoShipment error raised by the Pedigree contract.
type PedigreePedigreeNoShipment struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNoShipment(uint256 tokenId)
func PedigreePedigreeNoShipmentErrorID() common.Hash {
	return common.HexToHash("0x98782c4a2cf65245cf6a7a6eacc0019d87b9c6df2464116238b98e63d9eb0520")
}

// UnpackPedigreeNoShipmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNoShipment(uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNoShipmentError(raw []byte) (*PedigreePedigreeNoShipment, error) {
	out := new(PedigreePedigreeNoShipment)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNoShipment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotCustodian represents a PedigreeNotCustodian error raised by the Pedigree contract.
type PedigreePedigreeNotCustodian struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotCustodian(address account, uint256 tokenId)
func PedigreePedigreeNotCustodianErrorID() common.Hash {
	return common.HexToHash("0xe77d1fa203e22cf08af597e55563c28f31082f6edffdf5b7972be62123d89364")
}

// UnpackPedigreeNotCustodianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotCustodian(address account, uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNotCustodianError(raw []byte) (*PedigreePedigreeNotCustodian, error) {
	out := new(PedigreePedigreeNotCustodian)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotCustodian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotDecommissioner represents a PedigreeNotDecommissioner error raised by the Pedigree contract.
type PedigreePedigreeNotDecommissioner struct {
	Account common.Address
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotDecommissioner(address account, uint256 index)
func PedigreePedigreeNotDecommissionerErrorID() common.Hash {
	return common.HexToHash("0xc3e52af4f1cae4a27ba4ab20b4122a832d4fd943816cff66f59e180bafcac888")
}

// UnpackPedigreeNotDecommissionerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotDecommissioner(address account, uint256 index)
func (pedigree *Pedigree) UnpackPedigreeNotDecommissionerError(raw []byte) (*PedigreePedigreeNotDecommissioner, error) {
	out := new(PedigreePedigreeNotDecommissioner)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotDecommissioner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotKey represents a PedigreeNotKey error raised by the Pedigree contract.
type PedigreePedigreeNotKey struct {
	Account common.Address
	Key     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotKey(address account, address key)
func PedigreePedigreeNotKeyErrorID() common.Hash {
	return common.HexToHash("0x7706f3b265d162230fcf83309ba98e098686added0c9ff54df01af33333e0510")
}

// UnpackPedigreeNotKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotKey(address account, address key)
func (pedigree *Pedigree) UnpackPedigreeNotKeyError(raw []byte) (*PedigreePedigreeNotKey, error) {
	out := new(PedigreePedigreeNotKey)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotManufacturer represents a PedigreeNotManufacturer error raised by the Pedigree contract.
type PedigreePedigreeNotManufacturer struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotManufacturer(address account)
func PedigreePedigreeNotManufacturerErrorID() common.Hash {
	return common.HexToHash("0xff2d8de6708d8d38a34ae92fa4bac8fb693a4396845b78c11905b9c001099871")
}

// UnpackPedigreeNotManufacturerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotManufacturer(address account)
func (pedigree *Pedigree) UnpackPedigreeNotManufacturerError(raw []byte) (*PedigreePedigreeNotManufacturer, error) {
	out := new(PedigreePedigreeNotManufacturer)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotManufacturer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotParticipant represents a PedigreeNotParticipant error raised by the Pedigree contract.
type PedigreePedigreeNotParticipant struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotParticipant(address account)
func PedigreePedigreeNotParticipantErrorID() common.Hash {
	return common.HexToHash("0x8e2ae14b2d6c0f3ee7873152feb5cfc4b9405da1a2034871f24db67b93fca7c4")
}

// UnpackPedigreeNotParticipantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotParticipant(address account)
func (pedigree *Pedigree) UnpackPedigreeNotParticipantError(raw []byte) (*PedigreePedigreeNotParticipant, error) {
	out := new(PedigreePedigreeNotParticipant)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotParticipant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNotReceiver represents a PedigreeNotReceiver error raised by the Pedigree contract.
type PedigreePedigreeNotReceiver struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNotReceiver(address account, uint256 tokenId)
func PedigreePedigreeNotReceiverErrorID() common.Hash {
	return common.HexToHash("0x071cbbaeb7ee68b5d9297ea403e4e982522c89c61db9b74da208fe11394921f2")
}

// UnpackPedigreeNotReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNotReceiver(address account, uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeNotReceiverError(raw []byte) (*PedigreePedigreeNotReceiver, error) {
	out := new(PedigreePedigreeNotReceiver)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNotReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeNothingToUndo represents a PedigreeNothingToUndo error raised by the Pedigree contract.
type PedigreePedigreeNothingToUndo struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeNothingToUndo(uint256 index)
func PedigreePedigreeNothingToUndoErrorID() common.Hash {
	return common.HexToHash("0xd116c74b1483e72d3a4a915a304d6734643be38da76ba944f51f550681661342")
}

// UnpackPedigreeNothingToUndoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeNothingToUndo(uint256 index)
func (pedigree *Pedigree) UnpackPedigreeNothingToUndoError(raw []byte) (*PedigreePedigreeNothingToUndo, error) {
	out := new(PedigreePedigreeNothingToUndo)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeNothingToUndo", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreePackNotActive represents a PedigreePackNotActive error raised by the Pedigree contract.
type PedigreePedigreePackNotActive struct {
	Index *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreePackNotActive(uint256 index, uint8 state)
func PedigreePedigreePackNotActiveErrorID() common.Hash {
	return common.HexToHash("0x2889c7fd76716fd8547aa9181fcc742e18c7baee3cfd550409d07b391405aa8f")
}

// UnpackPedigreePackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreePackNotActive(uint256 index, uint8 state)
func (pedigree *Pedigree) UnpackPedigreePackNotActiveError(raw []byte) (*PedigreePedigreePackNotActive, error) {
	out := new(PedigreePedigreePackNotActive)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreePackNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreePackOutOfRange represents a PedigreePackOutOfRange error raised by the Pedigree contract.
type PedigreePedigreePackOutOfRange struct {
	TokenId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreePackOutOfRange(uint256 tokenId, uint256 index)
func PedigreePedigreePackOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9159b58c459ab57c5b977e2f94586c7788a77c604ff27e327e8e90d9d679de17")
}

// UnpackPedigreePackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreePackOutOfRange(uint256 tokenId, uint256 index)
func (pedigree *Pedigree) UnpackPedigreePackOutOfRangeError(raw []byte) (*PedigreePedigreePackOutOfRange, error) {
	out := new(PedigreePedigreePackOutOfRange)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreePackOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeParticipantExists represents a PedigreeParticipantExists error raised by the Pedigree contract.
type PedigreePedigreeParticipantExists struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeParticipantExists(address account)
func PedigreePedigreeParticipantExistsErrorID() common.Hash {
	return common.HexToHash("0x0638f14d79854268514b991895969b7fb9f35c8f52b3a6316d863f097e363ec1")
}

// UnpackPedigreeParticipantExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeParticipantExists(address account)
func (pedigree *Pedigree) UnpackPedigreeParticipantExistsError(raw []byte) (*PedigreePedigreeParticipantExists, error) {
	out := new(PedigreePedigreeParticipantExists)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeParticipantExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeParticipantSuspended represents a PedigreeParticipantSuspended error raised by the Pedigree contract.
type PedigreePedigreeParticipantSuspended struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeParticipantSuspended(address account)
func PedigreePedigreeParticipantSuspendedErrorID() common.Hash {
	return common.HexToHash("0xf67ee95491090236c147c601a4e8668576b4eb0da0dffaa5cb40ae69f6b66513")
}

// UnpackPedigreeParticipantSuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeParticipantSuspended(address account)
func (pedigree *Pedigree) UnpackPedigreeParticipantSuspendedError(raw []byte) (*PedigreePedigreeParticipantSuspended, error) {
	out := new(PedigreePedigreeParticipantSuspended)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeParticipantSuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeRouteNotAllowed represents a PedigreeRouteNotAllowed error raised by the Pedigree contract.
type PedigreePedigreeRouteNotAllowed struct {
	From uint8
	To   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeRouteNotAllowed(uint8 from, uint8 to)
func PedigreePedigreeRouteNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x42c494354d1e02366b3b7a9671582a302736dbdab5fa507228454e6d1df696d4")
}

// UnpackPedigreeRouteNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeRouteNotAllowed(uint8 from, uint8 to)
func (pedigree *Pedigree) UnpackPedigreeRouteNotAllowedError(raw []byte) (*PedigreePedigreeRouteNotAllowed, error) {
	out := new(PedigreePedigreeRouteNotAllowed)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeRouteNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeShipmentPending represents a PedigreeShipmentPending error raised by the Pedigree contract.
type PedigreePedigreeShipmentPending struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeShipmentPending(uint256 tokenId)
func PedigreePedigreeShipmentPendingErrorID() common.Hash {
	return common.HexToHash("0x85fd2ab218daeba87fc63e2a77be4a038e858e54ac4d6f6cf31fdc5e67a2fb75")
}

// UnpackPedigreeShipmentPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeShipmentPending(uint256 tokenId)
func (pedigree *Pedigree) UnpackPedigreeShipmentPendingError(raw []byte) (*PedigreePedigreeShipmentPending, error) {
	out := new(PedigreePedigreeShipmentPending)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeShipmentPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeSplitOutOfRange represents a PedigreeSplitOutOfRange error raised by the Pedigree contract.
type PedigreePedigreeSplitOutOfRange struct {
	TokenId  *big.Int
	NewStart *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeSplitOutOfRange(uint256 tokenId, uint256 newStart)
func PedigreePedigreeSplitOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc29b8ee2823eaafdf57fc8b15a5d04570593fac3b825adb3a2295443cc98080c")
}

// UnpackPedigreeSplitOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeSplitOutOfRange(uint256 tokenId, uint256 newStart)
func (pedigree *Pedigree) UnpackPedigreeSplitOutOfRangeError(raw []byte) (*PedigreePedigreeSplitOutOfRange, error) {
	out := new(PedigreePedigreeSplitOutOfRange)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeSplitOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUnauthorizedRole represents a PedigreeUnauthorizedRole error raised by the Pedigree contract.
type PedigreePedigreeUnauthorizedRole struct {
	Account common.Address
	Role    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUnauthorizedRole(address account, uint8 role)
func PedigreePedigreeUnauthorizedRoleErrorID() common.Hash {
	return common.HexToHash("0x22b72630de3773d05cf31816476f2061fcb50999efce4174bcbc302158b3cfc5")
}

// UnpackPedigreeUnauthorizedRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUnauthorizedRole(address account, uint8 role)
func (pedigree *Pedigree) UnpackPedigreeUnauthorizedRoleError(raw []byte) (*PedigreePedigreeUnauthorizedRole, error) {
	out := new(PedigreePedigreeUnauthorizedRole)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUnauthorizedRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUndoWindowClosed represents a PedigreeUndoWindowClosed error raised by the Pedigree contract.
type PedigreePedigreeUndoWindowClosed struct {
	Index      *big.Int
	ChangedDay uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUndoWindowClosed(uint256 index, uint16 changedDay)
func PedigreePedigreeUndoWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xc4dcfeb50466c852f819bfc988d94f334f9235a7bb275e77f5bce497e6559fe1")
}

// UnpackPedigreeUndoWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUndoWindowClosed(uint256 index, uint16 changedDay)
func (pedigree *Pedigree) UnpackPedigreeUndoWindowClosedError(raw []byte) (*PedigreePedigreeUndoWindowClosed, error) {
	out := new(PedigreePedigreeUndoWindowClosed)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUndoWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PedigreePedigreeUnknownBatch represents a PedigreeUnknownBatch error raised by the Pedigree contract.
type PedigreePedigreeUnknownBatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PedigreeUnknownBatch(uint256 batchId)
func PedigreePedigreeUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0xba7467f33851735423c37e0f6678bd296d8b1f84540b21222b7afdb1e6cdee08")
}

// UnpackPedigreeUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PedigreeUnknownBatch(uint256 batchId)
func (pedigree *Pedigree) UnpackPedigreeUnknownBatchError(raw []byte) (*PedigreePedigreeUnknownBatch, error) {
	out := new(PedigreePedigreeUnknownBatch)
	if err := pedigree.abi.UnpackIntoInterface(out, "PedigreeUnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
