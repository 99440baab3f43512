// compile.js compiles the Solidity sources with the pinned solc (npm package) and writes, for each contract,
// NAME.abi (JSON) and NAME.bin (hex creation bytecode) into the output directory given as its one argument.
//
// The settings are pinned here so that the committed artifacts are reproducible: `make check` compiles again
// into a scratch directory and fails when the result differs from what is committed.
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const SOURCES = ["src/Pedigree.sol", "gas/ReferenceBatch.sol"];
const SETTINGS = {
  evmVersion: "cancun", // the oldest fork pedigree supports; every current client runs it
  // Deployed once, called often: as many runs as keep the runtime code under EIP-170 (10,000 did until signing
  // keys came; 3,000 costs under 200 gas a call on the reference contract and leaves ~0.4 KB).
  optimizer: { enabled: true, runs: 3000 },
  metadata: { bytecodeHash: "none" }, // bytecode independent of the source tree's absolute path
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};
const MAX_RUNTIME_SIZE = 24576; // EIP-170

function findImport(importPath) {
  const candidates = [path.join(__dirname, importPath), path.join(__dirname, "node_modules", importPath)];
  for (const file of candidates) {
    if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
  }
  return { error: `import not found: ${importPath} (run npm ci in contracts/)` };
}

function main() {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node compile.js OUTDIR");
    process.exit(2);
  }
  const sources = {};
  for (const file of SOURCES) sources[file] = { content: fs.readFileSync(path.join(__dirname, file), "utf8") };
  const input = { language: "Solidity", sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let failed = false;
  for (const e of output.errors || []) {
    console.error(e.formattedMessage.trim());
    if (e.severity === "error") failed = true;
  }
  if (failed) process.exit(1);

  fs.mkdirSync(outDir, { recursive: true });
  for (const file of SOURCES) {
    for (const [name, c] of Object.entries(output.contracts[file])) {
      const runtime = c.evm.deployedBytecode.object.length / 2;
      if (runtime > MAX_RUNTIME_SIZE) {
        console.error(`${name}: runtime code is ${runtime} bytes, over the ${MAX_RUNTIME_SIZE}-byte limit`);
        process.exit(1);
      }
      fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 1) + "\n");
      fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + "\n");
      console.log(`compiled ${name}: ${runtime} bytes of runtime code (solc ${solc.version()})`);
    }
  }
}

main();
