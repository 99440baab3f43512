// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gasreport

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

// ReferenceBatchMetaData contains all meta data concerning the ReferenceBatch contract.
var ReferenceBatchMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ReferenceInvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ReferenceNotHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ReferencePackUsed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"serialHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"decommission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"serialHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"decommissionMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"serialsRoot\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"used\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReferenceBatch",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600f81526020016e0a4cacccae4cadcc6ca4084c2e8c6d608b1b815250604051806040016040528060038152602001622922a360e91b815250815f9081610062919061011a565b50600161006f828261011a565b5050506101d8565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009f57607f821691505b6020821081036100bd57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610115578282111561011557805f5260205f20601f840160051c60208510156100ee57505f5b90810190601f840160051c035f5b81811015610111575f838201556001016100fc565b5050505b505050565b81516001600160401b0381111561013357610133610077565b61014781610141845461008b565b846100c3565b6020601f821160018114610179575f83156101625750848201515b5f19600385901b1c1916600184901b1784556101d1565b5f84815260208120601f198516915b828110156101a85787850151825560209485019460019092019101610188565b50848210156101c557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6117df806101e55f395ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c80636352211e116100ad578063b88d4fde1161007d578063dac9bf2611610063578063dac9bf2614610257578063e022b3f51461026a578063e985e9c51461027d575f5ffd5b8063b88d4fde14610231578063c87b56dd14610244575f5ffd5b80636352211e146101f057806370a082311461020357806395d89b4114610216578063a22cb4651461021e575f5ffd5b806323b872dd116100e857806323b872dd1461019657806335737d85146101a957806342842e0e146101bc57806357a65858146101cf575f5ffd5b806301ffc9a71461011957806306fdde0314610141578063081812fc14610156578063095ea7b314610181575b5f5ffd5b61012c6101273660046111af565b6102b8565b60405190151581526020015b60405180910390f35b61014961039c565b60405161013891906111f8565b61016961016436600461120a565b61042b565b6040516001600160a01b039091168152602001610138565b61019461018f36600461123c565b610452565b005b6101946101a4366004611264565b610461565b6101946101b73660046112e6565b610508565b6101946101ca366004611264565b61068e565b6101e26101dd366004611342565b6106ad565b604051908152602001610138565b6101696101fe36600461120a565b6106fd565b6101e26102113660046113d5565b610707565b610149610765565b61019461022c3660046113ee565b610774565b61019461023f366004611454565b61077f565b61014961025236600461120a565b610797565b610194610265366004611532565b610808565b61012c6102783660046115da565b61087e565b61012c61028b3660046115fa565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061034a57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061039657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60605f80546103aa9061162b565b80601f01602080910402602001604051908101604052809291908181526020018280546103d69061162b565b80156104215780601f106103f857610100808354040283529160200191610421565b820191905f5260205f20905b81548152906001019060200180831161040457829003601f168201915b5050505050905090565b5f610435826108aa565b505f828152600460205260409020546001600160a01b0316610396565b61045d8282336108fb565b5050565b6001600160a01b03821661048f57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61049b838333610908565b9050836001600160a01b0316816001600160a01b031614610502576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610486565b50505050565b33610512866106fd565b6001600160a01b031614610555576040517f03145bd600000000000000000000000000000000000000000000000000000000815260048101869052602401610486565b5f858152600760209081526040808320600888901c8452909152902054600160ff86161b16156105b4576040517fa58d254100000000000000000000000000000000000000000000000000000000815260048101859052602401610486565b5f858152600660205260409020546106259083908390610620888860408051602081018490529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b610a12565b61065e576040517f7bc6bb0c00000000000000000000000000000000000000000000000000000000815260048101859052602401610486565b5f858152600760209081526040808320600888901c845290915290208054600160ff87161b1790555b5050505050565b6106a883838360405180602001604052805f81525061077f565b505050565b5f8484846040516020016106c39392919061167c565b60408051601f1981840301815291815281516020928301205f8181526006909352912083905590506106f53382610a29565b949350505050565b5f610396826108aa565b5f6001600160a01b03821661074a576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610486565b506001600160a01b03165f9081526003602052604090205490565b6060600180546103aa9061162b565b61045d338383610aa3565b61078a848484610461565b6105023385858585610bba565b60606107a2826108aa565b505f6107b860408051602081019091525f815290565b90505f8151116107d65760405180602001604052805f815250610801565b806107e084610d2b565b6040516020016107f19291906116d2565b6040516020818303038152906040525b9392505050565b5f5b858110156108745761086c88888884818110610828576108286116e6565b90506020020135878785818110610841576108416116e6565b9050602002013586868681811061085a5761085a6116e6565b90506020028101906101b79190611713565b60010161080a565b5050505050505050565b5f828152600760209081526040808320600885901c8452909152812054600160ff84161b161515610801565b5f818152600260205260408120546001600160a01b031680610396576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610486565b6106a88383836001610dc8565b5f828152600260205260408120546001600160a01b039081169083161561093457610934818486610f1b565b6001600160a01b0381161561096e5761094f5f855f5f610dc8565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561099c576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f82610a1f868685610fb1565b1495945050505050565b6001600160a01b038216610a5257604051633250574960e11b81525f6004820152602401610486565b5f610a5e83835f610908565b90506001600160a01b038116156106a8576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610486565b6001600160a01b038316610ae5576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081525f6004820152602401610486565b6001600160a01b038216610b30576040517f5b08ba180000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610486565b6001600160a01b038381165f8181526005602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610687576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290610c15908890889087908790600401611777565b6020604051808303815f875af1925050508015610c4f575060408051601f3d908101601f19168201909252610c4c918101906117b7565b60015b610cb6573d808015610c7c576040519150601f19603f3d011682016040523d82523d5f602084013e610c81565b606091505b5080515f03610cae57604051633250574960e11b81526001600160a01b0385166004820152602401610486565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014610d2357604051633250574960e11b81526001600160a01b0385166004820152602401610486565b505050505050565b60605f610d3783610ff2565b60010190505f8167ffffffffffffffff811115610d5657610d56611427565b6040519080825280601f01601f191660200182016040528015610d80576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084610d8a57509392505050565b8080610ddc57506001600160a01b03821615155b15610ed4575f610deb846108aa565b90506001600160a01b03831615801590610e175750826001600160a01b0316816001600160a01b031614155b8015610e4857506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b15610e8a576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610486565b8115610ed25783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b610f268383836110d3565b6106a8576001600160a01b038316610f6d576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101829052602401610486565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610486565b5f81815b84811015610fe957610fdf82878784818110610fd357610fd36116e6565b90506020020135611153565b9150600101610fb5565b50949350505050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000831061103a577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310611066576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061108457662386f26fc10000830492506010015b6305f5e100831061109c576305f5e100830492506008015b61271083106110b057612710830492506004015b606483106110c2576064830492506002015b600a83106103965760010192915050565b5f6001600160a01b038316158015906106f55750826001600160a01b0316846001600160a01b0316148061112b57506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806106f55750505f908152600460205260409020546001600160a01b03908116911614919050565b5f81831061116d575f828152602084905260409020610801565b5f838152602083905260409020610801565b7fffffffff00000000000000000000000000000000000000000000000000000000811681146111ac575f5ffd5b50565b5f602082840312156111bf575f5ffd5b81356108018161117f565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61080160208301846111ca565b5f6020828403121561121a575f5ffd5b5035919050565b80356001600160a01b0381168114611237575f5ffd5b919050565b5f5f6040838503121561124d575f5ffd5b61125683611221565b946020939093013593505050565b5f5f5f60608486031215611276575f5ffd5b61127f84611221565b925061128d60208501611221565b929592945050506040919091013590565b5f5f83601f8401126112ae575f5ffd5b50813567ffffffffffffffff8111156112c5575f5ffd5b6020830191508360208260051b85010111156112df575f5ffd5b9250929050565b5f5f5f5f5f608086880312156112fa575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115611325575f5ffd5b6113318882890161129e565b969995985093965092949392505050565b5f5f5f5f60608587031215611355575f5ffd5b843567ffffffffffffffff8116811461136c575f5ffd5b9350602085013567ffffffffffffffff811115611387575f5ffd5b8501601f81018713611397575f5ffd5b803567ffffffffffffffff8111156113ad575f5ffd5b8760208284010111156113be575f5ffd5b949760209190910196509394604001359392505050565b5f602082840312156113e5575f5ffd5b61080182611221565b5f5f604083850312156113ff575f5ffd5b61140883611221565b91506020830135801515811461141c575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f60808587031215611467575f5ffd5b61147085611221565b935061147e60208601611221565b925060408501359150606085013567ffffffffffffffff8111156114a0575f5ffd5b8501601f810187136114b0575f5ffd5b803567ffffffffffffffff8111156114ca576114ca611427565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff821117156114fa576114fa611427565b604052818152828201602001891015611511575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f5f6080888a031215611548575f5ffd5b87359650602088013567ffffffffffffffff811115611565575f5ffd5b6115718a828b0161129e565b909750955050604088013567ffffffffffffffff811115611590575f5ffd5b61159c8a828b0161129e565b909550935050606088013567ffffffffffffffff8111156115bb575f5ffd5b6115c78a828b0161129e565b989b979a50959850939692959293505050565b5f5f604083850312156115eb575f5ffd5b50508035926020909101359150565b5f5f6040838503121561160b575f5ffd5b61161483611221565b915061162260208401611221565b90509250929050565b600181811c9082168061163f57607f821691505b602082108103611676577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b67ffffffffffffffff8416815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f81518060208401855e5f93019283525090919050565b5f6106f56116e083866116bb565b846116bb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611746575f5ffd5b83018035915067ffffffffffffffff821115611760575f5ffd5b6020019150600581901b36038213156112df575f5ffd5b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f6117ad60808301846111ca565b9695505050505050565b5f602082840312156117c7575f5ffd5b81516108018161117f56fea164736f6c6343000825000a",
}

// ReferenceBatch is an auto generated Go binding around an Ethereum contract.
type ReferenceBatch struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReferenceBatch) GetABI() abi.ABI {
	return c.abi
}

// NewReferenceBatch creates a new instance of ReferenceBatch.
func NewReferenceBatch() *ReferenceBatch {
	parsed, err := ReferenceBatchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReferenceBatch{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReferenceBatch) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (referenceBatch *ReferenceBatch) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("approve", to, tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (referenceBatch *ReferenceBatch) PackBalanceOf(owner common.Address) []byte {
	enc, err := referenceBatch.abi.Pack("balanceOf", owner)
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
func (referenceBatch *ReferenceBatch) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return referenceBatch.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (referenceBatch *ReferenceBatch) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := referenceBatch.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35737d85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decommission(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) returns()
func (referenceBatch *ReferenceBatch) PackDecommission(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) []byte {
	enc, err := referenceBatch.abi.Pack("decommission", batchId, index, serialHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35737d85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decommission(uint256 batchId, uint256 index, bytes32 serialHash, bytes32[] proof) returns()
func (referenceBatch *ReferenceBatch) TryPackDecommission(batchId *big.Int, index *big.Int, serialHash [32]byte, proof [][32]byte) ([]byte, error) {
	return referenceBatch.abi.Pack("decommission", batchId, index, serialHash, proof)
}

// PackDecommissionMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdac9bf26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decommissionMany(uint256 batchId, uint256[] indexes, bytes32[] serialHashes, bytes32[][] proofs) returns()
func (referenceBatch *ReferenceBatch) PackDecommissionMany(batchId *big.Int, indexes []*big.Int, serialHashes [][32]byte, proofs [][][32]byte) []byte {
	enc, err := referenceBatch.abi.Pack("decommissionMany", batchId, indexes, serialHashes, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecommissionMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdac9bf26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decommissionMany(uint256 batchId, uint256[] indexes, bytes32[] serialHashes, bytes32[][] proofs) returns()
func (referenceBatch *ReferenceBatch) TryPackDecommissionMany(batchId *big.Int, indexes []*big.Int, serialHashes [][32]byte, proofs [][][32]byte) ([]byte, error) {
	return referenceBatch.abi.Pack("decommissionMany", batchId, indexes, serialHashes, proofs)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (referenceBatch *ReferenceBatch) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("getApproved", tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (referenceBatch *ReferenceBatch) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := referenceBatch.abi.Unpack("getApproved", data)
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
func (referenceBatch *ReferenceBatch) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := referenceBatch.abi.Pack("isApprovedForAll", owner, operator)
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
func (referenceBatch *ReferenceBatch) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return referenceBatch.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (referenceBatch *ReferenceBatch) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := referenceBatch.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57a65858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint64 gtin, string lot, bytes32 serialsRoot) returns(uint256 batchId)
func (referenceBatch *ReferenceBatch) PackMint(gtin uint64, lot string, serialsRoot [32]byte) []byte {
	enc, err := referenceBatch.abi.Pack("mint", gtin, lot, serialsRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57a65858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint64 gtin, string lot, bytes32 serialsRoot) returns(uint256 batchId)
func (referenceBatch *ReferenceBatch) TryPackMint(gtin uint64, lot string, serialsRoot [32]byte) ([]byte, error) {
	return referenceBatch.abi.Pack("mint", gtin, lot, serialsRoot)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57a65858.
//
// Solidity: function mint(uint64 gtin, string lot, bytes32 serialsRoot) returns(uint256 batchId)
func (referenceBatch *ReferenceBatch) UnpackMint(data []byte) (*big.Int, error) {
	out, err := referenceBatch.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (referenceBatch *ReferenceBatch) PackName() []byte {
	enc, err := referenceBatch.abi.Pack("name")
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
func (referenceBatch *ReferenceBatch) TryPackName() ([]byte, error) {
	return referenceBatch.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (referenceBatch *ReferenceBatch) UnpackName(data []byte) (string, error) {
	out, err := referenceBatch.abi.Unpack("name", data)
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
func (referenceBatch *ReferenceBatch) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("ownerOf", tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (referenceBatch *ReferenceBatch) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := referenceBatch.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (referenceBatch *ReferenceBatch) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (referenceBatch *ReferenceBatch) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := referenceBatch.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (referenceBatch *ReferenceBatch) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return referenceBatch.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (referenceBatch *ReferenceBatch) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := referenceBatch.abi.Pack("setApprovalForAll", operator, approved)
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
func (referenceBatch *ReferenceBatch) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return referenceBatch.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (referenceBatch *ReferenceBatch) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := referenceBatch.abi.Pack("supportsInterface", interfaceId)
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
func (referenceBatch *ReferenceBatch) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return referenceBatch.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (referenceBatch *ReferenceBatch) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := referenceBatch.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (referenceBatch *ReferenceBatch) PackSymbol() []byte {
	enc, err := referenceBatch.abi.Pack("symbol")
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
func (referenceBatch *ReferenceBatch) TryPackSymbol() ([]byte, error) {
	return referenceBatch.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (referenceBatch *ReferenceBatch) UnpackSymbol(data []byte) (string, error) {
	out, err := referenceBatch.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (referenceBatch *ReferenceBatch) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("tokenURI", tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (referenceBatch *ReferenceBatch) UnpackTokenURI(data []byte) (string, error) {
	out, err := referenceBatch.abi.Unpack("tokenURI", data)
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
func (referenceBatch *ReferenceBatch) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("transferFrom", from, to, tokenId)
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
func (referenceBatch *ReferenceBatch) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe022b3f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function used(uint256 batchId, uint256 index) view returns(bool)
func (referenceBatch *ReferenceBatch) PackUsed(batchId *big.Int, index *big.Int) []byte {
	enc, err := referenceBatch.abi.Pack("used", batchId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe022b3f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function used(uint256 batchId, uint256 index) view returns(bool)
func (referenceBatch *ReferenceBatch) TryPackUsed(batchId *big.Int, index *big.Int) ([]byte, error) {
	return referenceBatch.abi.Pack("used", batchId, index)
}

// UnpackUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe022b3f5.
//
// Solidity: function used(uint256 batchId, uint256 index) view returns(bool)
func (referenceBatch *ReferenceBatch) UnpackUsed(data []byte) (bool, error) {
	out, err := referenceBatch.abi.Unpack("used", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReferenceBatchApproval represents a Approval event raised by the ReferenceBatch contract.
type ReferenceBatchApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReferenceBatchApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReferenceBatchApproval) ContractEventName() string {
	return ReferenceBatchApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (referenceBatch *ReferenceBatch) UnpackApprovalEvent(log *types.Log) (*ReferenceBatchApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceBatch.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceBatchApproval)
	if len(log.Data) > 0 {
		if err := referenceBatch.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceBatch.abi.Events[event].Inputs {
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

// ReferenceBatchApprovalForAll represents a ApprovalForAll event raised by the ReferenceBatch contract.
type ReferenceBatchApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReferenceBatchApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ReferenceBatchApprovalForAll) ContractEventName() string {
	return ReferenceBatchApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (referenceBatch *ReferenceBatch) UnpackApprovalForAllEvent(log *types.Log) (*ReferenceBatchApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceBatch.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceBatchApprovalForAll)
	if len(log.Data) > 0 {
		if err := referenceBatch.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceBatch.abi.Events[event].Inputs {
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

// ReferenceBatchTransfer represents a Transfer event raised by the ReferenceBatch contract.
type ReferenceBatchTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReferenceBatchTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReferenceBatchTransfer) ContractEventName() string {
	return ReferenceBatchTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (referenceBatch *ReferenceBatch) UnpackTransferEvent(log *types.Log) (*ReferenceBatchTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceBatch.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceBatchTransfer)
	if len(log.Data) > 0 {
		if err := referenceBatch.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceBatch.abi.Events[event].Inputs {
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
func (referenceBatch *ReferenceBatch) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ReferenceInvalidProof"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackReferenceInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ReferenceNotHolder"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackReferenceNotHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceBatch.abi.Errors["ReferencePackUsed"].ID.Bytes()[:4]) {
		return referenceBatch.UnpackReferencePackUsedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReferenceBatchERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ReferenceBatch contract.
type ReferenceBatchERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ReferenceBatchERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (referenceBatch *ReferenceBatch) UnpackERC721IncorrectOwnerError(raw []byte) (*ReferenceBatchERC721IncorrectOwner, error) {
	out := new(ReferenceBatchERC721IncorrectOwner)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ReferenceBatchERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (referenceBatch *ReferenceBatch) UnpackERC721InsufficientApprovalError(raw []byte) (*ReferenceBatchERC721InsufficientApproval, error) {
	out := new(ReferenceBatchERC721InsufficientApproval)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ReferenceBatchERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (referenceBatch *ReferenceBatch) UnpackERC721InvalidApproverError(raw []byte) (*ReferenceBatchERC721InvalidApprover, error) {
	out := new(ReferenceBatchERC721InvalidApprover)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ReferenceBatchERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (referenceBatch *ReferenceBatch) UnpackERC721InvalidOperatorError(raw []byte) (*ReferenceBatchERC721InvalidOperator, error) {
	out := new(ReferenceBatchERC721InvalidOperator)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ReferenceBatchERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (referenceBatch *ReferenceBatch) UnpackERC721InvalidOwnerError(raw []byte) (*ReferenceBatchERC721InvalidOwner, error) {
	out := new(ReferenceBatchERC721InvalidOwner)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ReferenceBatchERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (referenceBatch *ReferenceBatch) UnpackERC721InvalidReceiverError(raw []byte) (*ReferenceBatchERC721InvalidReceiver, error) {
	out := new(ReferenceBatchERC721InvalidReceiver)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721InvalidSender represents a ERC721InvalidSender error raised by the ReferenceBatch contract.
type ReferenceBatchERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ReferenceBatchERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (referenceBatch *ReferenceBatch) UnpackERC721InvalidSenderError(raw []byte) (*ReferenceBatchERC721InvalidSender, error) {
	out := new(ReferenceBatchERC721InvalidSender)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ReferenceBatch contract.
type ReferenceBatchERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ReferenceBatchERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (referenceBatch *ReferenceBatch) UnpackERC721NonexistentTokenError(raw []byte) (*ReferenceBatchERC721NonexistentToken, error) {
	out := new(ReferenceBatchERC721NonexistentToken)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchReferenceInvalidProof represents a ReferenceInvalidProof error raised by the ReferenceBatch contract.
type ReferenceBatchReferenceInvalidProof struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReferenceInvalidProof(uint256 index)
func ReferenceBatchReferenceInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x7bc6bb0ca73d3ae89f9382ecb0b697f32390ee19123534ff924fbbe71a89bbce")
}

// UnpackReferenceInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReferenceInvalidProof(uint256 index)
func (referenceBatch *ReferenceBatch) UnpackReferenceInvalidProofError(raw []byte) (*ReferenceBatchReferenceInvalidProof, error) {
	out := new(ReferenceBatchReferenceInvalidProof)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ReferenceInvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchReferenceNotHolder represents a ReferenceNotHolder error raised by the ReferenceBatch contract.
type ReferenceBatchReferenceNotHolder struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReferenceNotHolder(uint256 tokenId)
func ReferenceBatchReferenceNotHolderErrorID() common.Hash {
	return common.HexToHash("0x03145bd6bab0779a11deb6e9659d8c1e49208e02a5fde2cc654a67e0eb9c3dd5")
}

// UnpackReferenceNotHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReferenceNotHolder(uint256 tokenId)
func (referenceBatch *ReferenceBatch) UnpackReferenceNotHolderError(raw []byte) (*ReferenceBatchReferenceNotHolder, error) {
	out := new(ReferenceBatchReferenceNotHolder)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ReferenceNotHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceBatchReferencePackUsed represents a ReferencePackUsed error raised by the ReferenceBatch contract.
type ReferenceBatchReferencePackUsed struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReferencePackUsed(uint256 index)
func ReferenceBatchReferencePackUsedErrorID() common.Hash {
	return common.HexToHash("0xa58d254106ae29b1d772c2c15cf9c9509ccc1070063c340c6bcb618caed78b4e")
}

// UnpackReferencePackUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReferencePackUsed(uint256 index)
func (referenceBatch *ReferenceBatch) UnpackReferencePackUsedError(raw []byte) (*ReferenceBatchReferencePackUsed, error) {
	out := new(ReferenceBatchReferencePackUsed)
	if err := referenceBatch.abi.UnpackIntoInterface(out, "ReferencePackUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
