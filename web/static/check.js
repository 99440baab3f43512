// "Check it yourself": the verdict page's answer, checked in the browser against any node of
// the chain, trusting neither the service nor its evidence. It does what `pedigree check`
// does (internal/check): from the answer's own claims it derives what to check, reads the
// contract at the answer's block hash (EIP-1898) over JSON-RPC, recomputes the batch id,
// serial hash and Merkle proofs here, and lists each fact as held, failed or server-only.
// It talks to the JSON-RPC URL the user gives and to nothing else; the answer is the page's
// <script type="application/json" id="pedigree-answer">.
import { asAddress, asBytes32, calldata, encode, hexToBytes, keccak, selector, topic, utf8, words } from "./abi.js";

// The contract's functions, errors and events the check uses. A test (internal/check) holds
// them to the contract's ABI.
export const SIGNATURES = {
  batch: "batch(uint256)",
  participant: "participant(address)",
  ownerOf: "ownerOf(uint256)",
  token: "token(uint256)",
  packState: "packState(uint256,uint256)",
  verifySerial: "verifySerial(uint256,uint256,bytes32,bytes32[])",
  verifyAbsent: "verifyAbsent(uint256,bytes32,(uint256,bytes32,bytes32[]),(uint256,bytes32,bytes32[]))",
  unknownBatch: "PedigreeUnknownBatch(uint256)",
  invalidProof: "PedigreeInvalidProof(uint256)",
  invalidNonMembership: "PedigreeInvalidNonMembership(uint256,bytes32)",
  batchRegistered: "BatchRegistered(uint256,address,uint64,string,uint16,uint24,bytes32,bytes32,bytes32)",
  batchRecalled: "BatchRecalled(uint256,address,uint8)",
};

// The domain's names and numbers (internal/pedigree), as the contract numbers them.
const STATES = ["active", "supplied", "destroyed", "stolen", "sample", "free_sample", "exported", "locked", "checked_out"];
const ROLES = ["none", "manufacturer", "distributor", "dispenser", "regulator"];
const DISPENSER = 3;
export const SUPPLIED_DAYS = 30; // pedigree.SuppliedDays
const SORTED_LEAF_TAG = keccak(utf8("pedigree.sorted-serial"));
// The verdicts, most severe first (pedigree.Verdicts); those the chain decides by itself.
const VERDICTS = ["UNKNOWN_PRODUCT", "UNKNOWN_BATCH", "UNKNOWN_SERIAL", "DATA_MISMATCH", "RECALLED", "ALREADY_DECOMMISSIONED",
  "EXPIRED", "NOT_RELEASED", "CUSTODY_MISMATCH", "SUSPECT_CLONE", "SUPPLIED", "AUTHENTIC"];
const CHAIN_VERDICTS = ["UNKNOWN_PRODUCT", "UNKNOWN_BATCH", "UNKNOWN_SERIAL", "DATA_MISMATCH", "RECALLED", "ALREADY_DECOMMISSIONED", "EXPIRED", "SUPPLIED"];

// tr says a text in the page's language: the page gives this script its texts from the
// catalogue, translated, in the JSON element #pedigree-texts (English text: translation); a text
// it lacks, or a run outside a page (a test), is English. Each %s takes the next argument.
const TEXTS = typeof document !== "undefined" && document.getElementById("pedigree-texts")
  ? JSON.parse(document.getElementById("pedigree-texts").textContent) : {};
function tr(text, ...args) {
  return (TEXTS[text] || text).replace(/%s/g, () => String(args.shift()));
}
const DAY = 86400;

// --- The node ---------------------------------------------------------------------------

class Node {
  constructor(url) { this.url = url; this.id = 0; }

  async rpc(method, params) {
    let res;
    try {
      res = await fetch(this.url, {
        method: "POST", headers: { "Content-Type": "application/json" }, credentials: "omit",
        body: JSON.stringify({ jsonrpc: "2.0", id: ++this.id, method, params }),
      });
    } catch (e) {
      throw new Error(tr("the node at %s cannot be reached (%s); it must answer this page (CORS)", this.url, e.message));
    }
    if (!res.ok) { throw new Error(tr("the node answered %s %s", res.status, res.statusText)); }
    const body = await res.json();
    if (body.error) {
      const err = new Error(body.error.message || "the node refused the call");
      err.data = typeof body.error.data === "string" ? body.error.data : "";
      throw err;
    }
    return body.result;
  }

  // call returns {result}; when the contract reverts, {revert: "ErrorName"}; when the node
  // cannot make the call (no such block, say), {error: "why"}.
  async call(to, data, blockHash) {
    try {
      return { result: await this.rpc("eth_call", [{ to, data }, { blockHash }]) };
    } catch (e) {
      if (!/revert/i.test(e.message)) { return { error: e.message }; }
      const name = Object.entries(SIGNATURES).find(([, sig]) => e.data && e.data.startsWith(selector(sig)));
      return { revert: name ? SIGNATURES[name[0]].split("(")[0] : "an unknown error " + (e.data || "").slice(0, 10) };
    }
  }
}

// failure says why a call gave no result.
const failure = (r) => (r.revert ? `reverts ${r.revert}` : `failed: ${r.error}`);

// --- Hashes and proofs, as internal/merkle computes them ---------------------------------

function hashPair(a, b) {
  const [x, y] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
  return keccak(hexToBytes(x.slice(2) + y.slice(2)));
}

function processProof(leaf, proof) { return proof.reduce(hashPair, leaf); }

function leaf(index, serialHash) { return keccak(keccak(encode(["uint256", "bytes32"], [BigInt(index), serialHash]))); }

function sortedLeaf(position, value) {
  return keccak(keccak(encode(["bytes32", "uint256", "bytes32"], [SORTED_LEAF_TAG, BigInt(position), value])));
}

// verifyAbsent is merkle.VerifyAbsent: "" when p proves serialHash is not under root.
function verifyAbsent(root, serialHash, p) {
  const { low, high } = p;
  if (high.position === 0 || high.position - 1 !== low.position ||
      !(BigInt(low.serial_hash) < BigInt(serialHash) && BigInt(serialHash) < BigInt(high.serial_hash))) {
    return "the neighbours are not adjacent around the serial hash";
  }
  for (const n of [low, high]) {
    if (processProof(sortedLeaf(n.position, n.serial_hash), n.proof) !== root) { return `neighbour ${n.position} is not in the sorted list`; }
  }
  return "";
}

function neighbour(n) { return [BigInt(n.position), n.serial_hash, n.proof]; }

// --- Days ---------------------------------------------------------------------------------

const isoDay = (day) => new Date(day * DAY * 1000).toISOString().slice(0, 10);
const dayOf = (iso) => Math.floor(Date.parse(iso + "T00:00:00Z") / 1000 / DAY);
const today = (seconds) => Math.floor(seconds / DAY);

// codeOfURL reads the pack's code from a GS1 Digital Link such as this page's address:
// /…/01/{gtin}/10/{lot}/21/{serial}?17=YYMMDD. Null when it is not one.
export function codeOfURL(href, nowYear) {
  const url = new URL(href);
  const parts = url.pathname.split("/");
  const at = parts.indexOf("01");
  if (at < 0) { return null; }
  const code = {};
  for (let i = at; i + 1 < parts.length; i += 2) {
    const v = decodeURIComponent(parts[i + 1]);
    if (parts[i] === "01") { code.gtin = v.padStart(14, "0"); }
    if (parts[i] === "10") { code.lot = v; }
    if (parts[i] === "21") { code.serial = v; }
  }
  const e = url.searchParams.get("17");
  if (e && /^\d{6}$/.test(e)) {
    // The GS1 century rule: within 49 years ahead or 50 behind.
    let year = nowYear - (nowYear % 100) + Number(e.slice(0, 2));
    if (year - nowYear >= 51) { year -= 100; } else if (year - nowYear <= -50) { year += 100; }
    const month = Number(e.slice(2, 4));
    let day = Number(e.slice(4, 6));
    if (day === 0) { day = new Date(Date.UTC(year, month, 0)).getUTCDate(); }
    code.expiry = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  }
  return code.gtin && code.lot && code.serial ? code : null;
}

// --- The check ----------------------------------------------------------------------------

// checkAnswer checks answer (the verification's JSON, parsed) against the node at rpcURL and
// returns its facts, each {id, what, status: "held" | "failed" | "server-only", detail}. code
// is the pack's code from the page's address (null: the answer's); now is the time in seconds.
export async function checkAnswer(answer, rpcURL, { code = null, now = Date.now() / 1000 } = {}) {
  const facts = [];
  const add = (status) => (id, what, detail) => facts.push({ id, what, status, detail });
  const held = add("held"), fail = add("failed"), serverOnly = add("server-only");
  const pack = answer.pack, ev = answer.evidence;

  // The code.
  const claimed = { gtin: pack.gtin, lot: pack.lot, serial: pack.serial, expiry: pack.expiry };
  const describe = (c) => `GTIN ${c.gtin}, lot "${c.lot}", serial "${c.serial}"` + (c.expiry ? `, expiry ${c.expiry}` : "");
  if (!code) {
    serverOnly("code", tr("the answer is about this pack's code"), `the page's address is not a pack's code: the pack is the answer's, ${describe(claimed)}`);
    code = claimed;
  } else if (code.gtin !== claimed.gtin || code.lot !== claimed.lot || code.serial !== claimed.serial || (code.expiry || "") !== (claimed.expiry || "")) {
    fail("code", tr("the answer is about this pack's code"), `the address says ${describe(code)}; the answer is about ${describe(claimed)}`);
  } else {
    held("code", tr("the answer is about this pack's code"), describe(code));
  }
  if (!ev) {
    fail("evidence", tr("the answer carries evidence to check it with"), "it has none");
    return facts;
  }

  const node = new Node(rpcURL);
  const at = `at block ${ev.block}`;
  let chainID;
  try {
    chainID = BigInt(await node.rpc("eth_chainId", []));
  } catch (e) {
    fail("chain", tr("the node runs the answer's chain"), e.message);
    return facts;
  }
  if (chainID !== BigInt(ev.chain_id)) {
    fail("chain", tr("the node runs the answer's chain"), `the node runs chain ${chainID}; the answer is about chain ${ev.chain_id}`);
  } else {
    held("chain", tr("the node runs the answer's chain"), `chain ${chainID}`);
  }
  const contract = ev.contract;
  const deployed = await node.rpc("eth_getCode", [contract, { blockHash: ev.block_hash }]).catch(() => "0x");
  if (deployed === "0x") {
    fail("contract", tr("the answer's contract is pedigree's"), `${contract} holds no code ${at}`);
  } else {
    serverOnly("contract", tr("the answer's contract is pedigree's"), `${contract}, as the answer names it (compare it with the one you trust, as "pedigree check -contract" does)`);
  }

  let blockTime = 0;
  const block = await node.rpc("eth_getBlockByNumber", ["0x" + BigInt(ev.block).toString(16), false]).catch(() => null);
  const whatBlock = `block ${ev.block} is on the chain with the answer's hash`;
  if (!block) {
    fail("block", whatBlock, `the node has no block ${ev.block}`);
  } else if (block.hash !== ev.block_hash) {
    fail("block", whatBlock, `the node's block ${ev.block} is ${block.hash}, not ${ev.block_hash}`);
  } else {
    blockTime = Number(BigInt(block.timestamp));
    held("block", whatBlock, `${block.hash}, mined ${new Date(blockTime * 1000).toISOString()}`);
  }
  const call = async (sig, args) => node.call(contract, calldata(sig, args), ev.block_hash);

  // The ids, computed here.
  const batchID = keccak(encode(["uint64", "string"], [BigInt(code.gtin), code.lot]));
  if (batchID !== ev.batch_id) {
    fail("batch_id", tr("the batch id is the code's"), `keccak256(abi.encode(${BigInt(code.gtin)}, "${code.lot}")) is ${batchID}; the answer names ${ev.batch_id}`);
  } else {
    held("batch_id", tr("the batch id is the code's"), `keccak256(abi.encode(${BigInt(code.gtin)}, "${code.lot}")) = ${batchID}, computed here`);
  }
  const serialHash = keccak(utf8(code.serial));
  if (serialHash !== ev.serial_hash) {
    fail("serial_hash", tr("the serial hash is the code's"), `keccak256("${code.serial}") is ${serialHash}; the answer names ${ev.serial_hash}`);
  } else {
    held("serial_hash", tr("the serial hash is the code's"), `keccak256("${code.serial}") = ${serialHash}, computed here`);
  }

  const participant = async (account) => {
    const r = await call(SIGNATURES.participant, [account]);
    if (!r.result) { throw new Error(`participant(${account}) ${failure(r)}`); }
    const w = words(r.result);
    return { account, role: Number(w[0]), gln: w[3].toString().padStart(13, "0") };
  };

  // The batch.
  // holderUnread: an answer to the public names no token, so the holder is not read.
  const chain = { batch: null, serialKnown: false, state: null, holder: null, pending: null, holderUnread: false };
  const b = await call(SIGNATURES.batch, [BigInt(batchID)]);
  if (b.revert === "PedigreeUnknownBatch") {
    if (answer.batch) { fail("batch", tr("the batch is registered as the answer says"), `batch(${batchID}) reverts PedigreeUnknownBatch ${at}: there is no such batch`); }
    else { held("batch", tr("no batch with this id is registered"), `batch(${batchID}) reverts PedigreeUnknownBatch ${at}`); }
  } else if (!b.result) {
    fail("batch", tr("the batch is as the answer says"), `batch(${batchID}) ${at} ${failure(b)}`);
  } else {
    const w = words(b.result);
    const batch = chain.batch = { root: asBytes32(w[0]), manufacturer: asAddress(w[1]), expiryDay: Number(w[2]), recallReason: Number(w[3]) };
    if (!answer.batch) {
      fail("batch", tr("no batch with this id is registered"), `batch(${batchID}) ${at}: a batch expiring ${isoDay(batch.expiryDay)}; the answer says there is none`);
    } else {
      const diffs = [];
      const a = answer.batch;
      if (ev.serials_root !== batch.root) { diffs.push(`its serials root is ${batch.root}, not ${ev.serials_root}`); }
      if (a.expiry !== isoDay(batch.expiryDay)) { diffs.push(`it expires on ${isoDay(batch.expiryDay)}, not ${a.expiry}`); }
      const status = batch.recallReason ? "recalled" : "active";
      if (a.status !== status || (a.recall_reason || 0) !== batch.recallReason) {
        diffs.push(`it is ${status} (reason ${batch.recallReason}), not ${a.status} (reason ${a.recall_reason || 0})`);
      }
      const maker = await participant(batch.manufacturer).catch((e) => ({ role: 0, gln: "", error: e.message }));
      if (maker.error) { diffs.push(`its manufacturer cannot be read: ${maker.error}`); }
      else if (maker.role !== 1) { diffs.push(`its minter is registered as ${ROLES[maker.role]}`); }
      if (a.manufacturer && a.manufacturer.gln && a.manufacturer.gln !== maker.gln) { diffs.push(`its manufacturer has GLN ${maker.gln}, not ${a.manufacturer.gln}`); }
      if (diffs.length) { fail("batch", tr("the batch is registered as the answer says"), `${at} the chain says: ${diffs.join("; ")}`); }
      else {
        held("batch", tr("the batch is registered as the answer says"), `serials root ${batch.root}, manufacturer ${batch.manufacturer} (GLN ${maker.gln}), expiry ${isoDay(batch.expiryDay)}, ` +
          (batch.recallReason ? `recalled (reason ${batch.recallReason})` : "not recalled"));
      }
      await events(node, answer, chain, { contract, batchID, held, fail });
      if (ev.index !== undefined || answer.verdict !== "UNKNOWN_SERIAL") {
        await membership({ answer, chain, call, participant, serialHash, batchID, at, held, fail, serverOnly });
      } else {
        const proof = ev.non_membership;
        const what = tr("the serial is not in the batch's committed list");
        if (!proof) {
          fail("absence", what, "the answer carries no proof that the serial is absent");
        } else if (proof.serial_hash !== serialHash) {
          fail("absence", what, `the proof is about serial hash ${proof.serial_hash}, not the code's ${serialHash}`);
        } else if (proof.serials_root !== batch.root || hashPair(proof.index_root, proof.sorted_root) !== batch.root) {
          fail("absence", what, `the proof's roots do not give the batch's root ${batch.root}`);
        } else {
          const local = verifyAbsent(batch.root, serialHash, proof);
          const r = await call(SIGNATURES.verifyAbsent, [BigInt(batchID), serialHash, neighbour(proof.low), neighbour(proof.high)]);
          const onChain = !r.result ? failure(r) : words(r.result)[0] === 1n ? "" : "returns false";
          if (local || onChain) { fail("absence", what, `the proof does not hold (computed here: ${local || "ok"}; the contract's verifyAbsent ${at}: ${onChain || "ok"})`); }
          else { held("absence", what, `the serial hash lies between positions ${proof.low.position} and ${proof.high.position} of the sorted list, both proven to the root; computed here and by the contract's verifyAbsent`); }
        }
      }
    }
  }

  verdict(answer, chain, code, [blockTime || now, now].filter((t, i, a) => a.indexOf(t) === i), { held, fail, serverOnly });

  // What only the service knows.
  const names = [];
  if (answer.batch && answer.batch.manufacturer && answer.batch.manufacturer.name) { names.push(`the manufacturer is "${answer.batch.manufacturer.name}"`); }
  if (answer.batch && answer.batch.product && answer.batch.product.name) {
    names.push(`the product is "${[answer.batch.product.name, answer.batch.product.strength, answer.batch.product.form].filter(Boolean).join(" ")}"`);
  }
  if (answer.custodian && answer.custodian.name) { names.push(`the custodian is "${answer.custodian.name}"`); }
  if (names.length) { serverOnly("names", tr("names and the product"), `${names.join(", ")}: the chain holds accounts and GLNs, not names`); }
  if (answer.provenance && answer.provenance.length) {
    const how = answer.provenance[0].tx_hash ? "each names its transaction" : "by kind, day and role only, as the public is told them";
    serverOnly("provenance", tr("the provenance"), `${answer.provenance.length} custody events, the service's reading of the chain's events (${how})`);
  }
  return facts;
}

// events checks the registration's and the recall's transactions.
async function events(node, answer, chain, { contract, batchID, held, fail }) {
  const ev = answer.evidence;
  const find = async (tx, signature) => {
    const r = await node.rpc("eth_getTransactionReceipt", [tx]).catch(() => null);
    if (!r) { throw new Error(`the node has no receipt of ${tx}`); }
    if (r.status !== "0x1") { throw new Error(`transaction ${tx} failed`); }
    if (Number(BigInt(r.blockNumber)) > ev.block) { throw new Error(`transaction ${tx} is after the answer's block`); }
    const log = r.logs.find((l) => l.address.toLowerCase() === contract.toLowerCase() && l.topics[0] === topic(signature) && l.topics[1] === batchID);
    if (!log) { throw new Error(`transaction ${tx} has no such event of contract ${contract} about this batch`); }
    return { log, block: Number(BigInt(r.blockNumber)) };
  };
  const what = tr("the batch was registered in the answer's transaction");
  if (!ev.registered_tx) {
    fail("registered", what, "the answer names no registration transaction");
  } else {
    try {
      const { log, block } = await find(ev.registered_tx, SIGNATURES.batchRegistered);
      const w = words(log.data); // gtin, lot's offset, expiryDay, quantity, indexRoot, sortedRoot, ...
      const diffs = [];
      if (block !== ev.registered_block) { diffs.push(`it is in block ${block}, not ${ev.registered_block}`); }
      if (Number(w[3]) !== answer.batch.quantity) { diffs.push(`it registered ${w[3]} packs, not ${answer.batch.quantity}`); }
      if (hashPair(asBytes32(w[4]), asBytes32(w[5])) !== chain.batch.root) { diffs.push("its roots do not give the batch's root"); }
      if (diffs.length) { fail("registered", what, `${ev.registered_tx}: ${diffs.join("; ")}`); }
      else { held("registered", what, `${ev.registered_tx} in block ${block} registered ${w[3]} packs`); }
    } catch (e) {
      fail("registered", what, e.message);
    }
  }
  const reason = chain.batch.recallReason;
  if (!reason && !ev.recall_tx) { return; }
  const whatRecall = tr("the batch was recalled in the answer's transaction");
  if (!ev.recall_tx) {
    fail("recall", whatRecall, `the batch is recalled (reason ${reason}); the answer names no recall transaction`);
    return;
  }
  try {
    const { log, block } = await find(ev.recall_tx, SIGNATURES.batchRecalled);
    const got = Number(words(log.data)[0]);
    if (got !== reason) { fail("recall", whatRecall, `${ev.recall_tx} recalled the batch for reason ${got}; the batch keeps reason ${reason}`); }
    else { held("recall", whatRecall, `${ev.recall_tx} in block ${block} recalled it for reason ${got}`); }
  } catch (e) {
    fail("recall", whatRecall, e.message);
  }
}

// membership checks the pack's Merkle proof, state, token and custodian. An answer to the
// public names the token only while the manufacturer holds it (the holder's account would
// name a distributor or a pharmacy): without one, it claims nothing of the holder.
async function membership({ answer, chain, call, participant, serialHash, batchID, at, held, fail, serverOnly }) {
  const ev = answer.evidence;
  const what = tr("the serial is in the batch's committed list, at the answer's pack index");
  const index = ev.index;
  if (index === undefined) { fail("serial", what, "the answer gives no pack index or proof of the serial"); return; }
  if (answer.pack.index !== index) { fail("serial", what, `the answer's pack is index ${answer.pack.index}, its evidence index ${index}`); return; }
  const proof = ev.proof || [];
  const local = processProof(leaf(index, serialHash), proof) === chain.batch.root;
  const r = await call(SIGNATURES.verifySerial, [BigInt(batchID), BigInt(index), serialHash, proof]);
  const onChain = Boolean(r.result) && words(r.result)[0] === 1n;
  if (!local || !onChain) {
    fail("serial", what, `the proof does not lead from pack ${index}'s leaf to the batch's root ${chain.batch.root} (computed here: ${local}; the contract's verifySerial: ${r.result ? onChain : failure(r)})`);
    return;
  }
  chain.serialKnown = true;
  held("serial", what, `pack ${index}: the proof of ${proof.length} hashes leads to the root, computed here and by the contract's verifySerial`);

  const s = await call(SIGNATURES.packState, [BigInt(batchID), BigInt(index)]);
  const whatState = tr("the pack's state is the answer's");
  if (!s.result) {
    fail("state", whatState, `packState ${at} ${failure(s)}`);
  } else {
    const w = words(s.result);
    const state = chain.state = { state: Number(w[0]), day: Number(w[1]) };
    const since = state.state ? ` since ${isoDay(state.day)}` : "";
    const claimed = answer.pack.state_day ? ` since ${answer.pack.state_day}` : "";
    if (answer.pack.state !== STATES[state.state] || since !== claimed) {
      fail("state", whatState, `${at} the pack is ${STATES[state.state]}${since}; the answer says ${answer.pack.state}${claimed}`);
    } else {
      held("state", whatState, `${STATES[state.state]}${since}`);
    }
  }

  const whatToken = tr("the answer's token covers the pack");
  if (!ev.token_id) {
    if (answer.asker !== "public") { fail("token", whatToken, "the answer names no token"); return; }
    chain.holderUnread = true;
    if (answer.custodian) {
      serverOnly("custodian", tr("the custodian is the token's holder"),
        `the answer says a ${answer.custodian.role} holds the pack; an answer to the public names the token covering the pack only while the manufacturer holds it, so the holder is not read`);
    }
    return;
  }
  const t = await call(SIGNATURES.token, [BigInt(ev.token_id)]);
  const tw = t.result ? words(t.result) : null;
  if (!tw || asBytes32(tw[0]) !== batchID || Number(tw[1]) > index || index >= Number(tw[2])) {
    fail("token", whatToken, !tw ? `token(${ev.token_id}) ${at} ${failure(t)}` : `${at} token ${ev.token_id} covers packs [${tw[1]}, ${tw[2]}) of batch ${asBytes32(tw[0])}, not pack ${index} of this batch`);
    return;
  }
  held("token", whatToken, `token ${ev.token_id} covers packs ${tw[1]} to ${Number(tw[2]) - 1}`);

  const whatCustody = tr("the custodian is the token's holder");
  try {
    const o = await call(SIGNATURES.ownerOf, [BigInt(ev.token_id)]);
    if (!o.result) { throw new Error(`ownerOf ${failure(o)}`); }
    chain.holder = await participant(asAddress(words(o.result)[0]));
    const pendingTo = asAddress(tw[3]);
    if (BigInt(pendingTo) !== 0n) { chain.pending = await participant(pendingTo); }
  } catch (e) {
    fail("custodian", whatCustody, `the holder ${at}: ${e.message}`);
    return;
  }
  const diff = (what, p, claimed, optional) => {
    if (!p && !claimed) { return ""; }
    if (!p) { return `there is no ${what}; the answer names a ${claimed.role}`; }
    if (!claimed) { return optional ? "" : `the ${what} is a ${ROLES[p.role]} with GLN ${p.gln}; the answer names none`; }
    if (claimed.role !== ROLES[p.role]) { return `the ${what} is a ${ROLES[p.role]}; the answer says a ${claimed.role}`; }
    if (claimed.gln && claimed.gln !== p.gln) { return `the ${what} has GLN ${p.gln}; the answer says ${claimed.gln}`; }
    return "";
  };
  const diffs = [diff("custodian", chain.holder, answer.custodian, true), diff("receiver of the shipment in transit", chain.pending, answer.pending_to, false)].filter(Boolean);
  if (diffs.length) {
    fail("custodian", whatCustody, `${at}: ${diffs.join("; ")}`);
    return;
  }
  let detail = `ownerOf gives ${chain.holder.account}, a ${ROLES[chain.holder.role]} with GLN ${chain.holder.gln}`;
  if (answer.custodian && !answer.custodian.gln) { detail += " (the answer names its role only)"; }
  if (chain.pending) { detail += `; in transit to a ${ROLES[chain.pending.role]} with GLN ${chain.pending.gln}`; }
  held("custodian", whatCustody, detail);
}

// findings are the verdicts the chain decides at time t (seconds), as pedigree.Decide finds
// them: for a regulator (no asker, no scan log) and for a patient (SUPPLIED, NOT_RELEASED).
function findings(chain, code, t, patient) {
  const out = [];
  if (!chain.batch) { return ["UNKNOWN_BATCH"]; }
  if (!chain.serialKnown) { return ["UNKNOWN_SERIAL"]; }
  const b = chain.batch, s = chain.state || { state: 0, day: 0 };
  if (code.expiry && dayOf(code.expiry) !== b.expiryDay) { out.push("DATA_MISMATCH"); }
  if (b.recallReason) { out.push("RECALLED"); }
  if (s.state) {
    out.push(patient && s.state === 1 && today(t) <= s.day + SUPPLIED_DAYS ? "SUPPLIED" : "ALREADY_DECOMMISSIONED");
  }
  if (today(t) > b.expiryDay) { out.push("EXPIRED"); }
  if (patient && !s.state && chain.holder && chain.holder.role !== DISPENSER) { out.push("NOT_RELEASED"); }
  return out;
}

const normal = (v) => (v === "UNKNOWN_PRODUCT" ? "UNKNOWN_BATCH" : v === "SUPPLIED" ? "ALREADY_DECOMMISSIONED" : v);

// verdict recomputes the chain's share of the verdict and compares it with the answer's.
function verdict(answer, chain, code, times, { held, fail, serverOnly }) {
  const what = tr("the verdict is the chain's");
  const v = answer.verdict, reasons = answer.reasons || [];
  const per = times.map((t) => findings(chain, code, t, false).map(normal));
  const always = per[0].filter((f) => per.every((p) => p.includes(f)));
  const sometimes = [...new Set(per.flat())].filter((f) => !always.includes(f));
  const forPatient = times.flatMap((t) => findings(chain, code, t, true));
  const active = Boolean(chain.state) && chain.state.state === 0;
  const problems = [], others = [];
  const claimed = new Set();
  for (const r of reasons) {
    const n = normal(r.verdict);
    if (CHAIN_VERDICTS.includes(r.verdict)) {
      claimed.add(n);
      if (!always.includes(n) && !sometimes.includes(n)) { problems.push(`the answer finds ${r.verdict}; the chain does not`); }
      if (r.verdict === "SUPPLIED" && !forPatient.includes("SUPPLIED")) { problems.push(`the answer finds SUPPLIED; the chain shows no supply in the last ${SUPPLIED_DAYS} days`); }
    } else if (r.verdict === "NOT_RELEASED" && !forPatient.includes("NOT_RELEASED") && !(chain.holderUnread && active)) {
      problems.push("the answer finds NOT_RELEASED; the chain shows the pack released to a pharmacy, or no longer active");
    } else if (r.verdict !== "AUTHENTIC" && r.verdict !== "NOT_RELEASED" && !others.includes(r.verdict)) {
      others.push(r.verdict);
    }
  }
  for (const f of always) { if (!claimed.has(f)) { problems.push(`the chain shows ${f}; the answer does not say so`); } }
  // An answer made for the public is held to what the chain means to the public (as in Go).
  const pub = answer.asker === "public";
  const stated = new Set(reasons.map((r) => r.verdict));
  if (pub) {
    const patientAlways = ["NOT_RELEASED", "SUPPLIED"].filter((f) => times.every((t) => findings(chain, code, t, true).includes(f)));
    for (const f of patientAlways) { if (!stated.has(f)) { problems.push(`the answer was made for the public, to whom the chain shows ${f}; the answer does not say so`); } }
  }
  const rank = (x) => (VERDICTS.includes(x) ? VERDICTS.indexOf(x) : VERDICTS.length);
  const worst = reasons.reduce((w, r) => (rank(r.verdict) < rank(w) ? r.verdict : w), reasons.length ? reasons[0].verdict : "");
  if (!reasons.length || reasons[0].verdict !== v || (VERDICTS.includes(v) && worst !== v)) { problems.push(`the verdict ${v} is not the most severe of the answer's reasons`); }
  const found = always.concat(sometimes).join(", ") || "no finding against the pack";
  const when = times.length > 1 ? "at the answer's block or now" : "now";
  if (problems.length) {
    fail("verdict", what, `${v}: ${problems.join("; ")} (the chain shows ${found} ${when})`);
  } else if (CHAIN_VERDICTS.includes(v) || v === "AUTHENTIC") {
    const unread = chain.holderUnread && active ? "; that the pack has reached a pharmacy is the service's word (the answer names no token to read its holder from)" : "";
    held("verdict", what, `${v}: the chain shows ${found} ${when}${unread}`);
  } else if (v === "NOT_RELEASED" && chain.holderUnread) {
    serverOnly("verdict", what, `NOT_RELEASED: the chain shows the pack active and ${found} ${when}; that a manufacturer or distributor still holds it is the service's word (an answer to the public names the token covering the pack only while the manufacturer holds it)`);
  } else if (v === "NOT_RELEASED" && pub && chain.holder) {
    held("verdict", what, `NOT_RELEASED: the answer was made for the public, and the chain shows the pack active and held by a ${ROLES[chain.holder.role]}, never released to a pharmacy, ${when}`);
  } else if (v === "NOT_RELEASED" && chain.holder) {
    serverOnly("verdict", what, `NOT_RELEASED: the chain shows the pack active and held by a ${ROLES[chain.holder.role]}, never released to a pharmacy, and ${found} ${when}; that this asker should not have it is the service's word`);
  } else {
    serverOnly("verdict", what, `${v} rests on who asked or on the scan log; the chain shows ${found} ${when}, nothing more severe`);
  }
  if (others.length) { serverOnly("findings", tr("findings of the scan log and of who asked"), `${others.join(", ")}: the service's word`); }
}

// --- The page -----------------------------------------------------------------------------

const MARKS = { held: "✓", failed: "✗", "server-only": tr("server says") };

function render(list, summary, facts) {
  list.replaceChildren(...facts.map((f) => {
    const li = document.createElement("li");
    li.className = "fact fact-" + f.status;
    li.dataset.fact = f.id;
    li.dataset.status = f.status;
    const mark = document.createElement("span");
    mark.className = "fact-mark";
    mark.textContent = MARKS[f.status];
    const what = document.createElement("strong");
    what.textContent = f.what;
    li.append(mark, " ", what, ": " + f.detail);
    return li;
  }));
  const failed = facts.filter((f) => f.status === "failed");
  const only = facts.filter((f) => f.status === "server-only").length;
  summary.dataset.status = failed.length ? "failed" : "held";
  summary.textContent = failed.length
    ? tr("%s of %s facts did not hold (%s): do not trust this answer.", failed.length, facts.length - only, failed.map((f) => f.id).join(", "))
    : tr("Every fact the chain decides held (%s facts); %s only the service says.", facts.length - only, only);
}

function start() {
  const data = document.getElementById("pedigree-answer");
  const form = document.getElementById("check-form");
  if (!data || !form) { return; }
  const answer = JSON.parse(data.textContent);
  const input = document.getElementById("check-rpc");
  const list = document.getElementById("check-facts");
  const summary = document.getElementById("check-summary");
  const button = document.getElementById("check-run");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    button.disabled = true;
    list.replaceChildren();
    summary.dataset.status = "running";
    summary.textContent = tr("Checking with %s…", input.value);
    try {
      const facts = await checkAnswer(answer, input.value.trim(), { code: codeOfURL(window.location.href, new Date().getUTCFullYear()) });
      render(list, summary, facts);
    } catch (err) {
      summary.dataset.status = "failed";
      summary.textContent = tr("The check could not finish: %s", err.message);
    } finally {
      button.disabled = false;
    }
  });
}

if (typeof document !== "undefined") { start(); }
