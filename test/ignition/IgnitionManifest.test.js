// The Ignition module's deployment, written as a manifest by scripts/ignition-manifest.js, has exactly the shape the
// Java deployer writes (test/vectors/manifest-shape.json), and its records are the chain's: each address was created
// by the recorded transaction in the recorded block.
import { expect } from "chai";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import hre, { network } from "hardhat";
import { deploy } from "@nomicfoundation/ignition-core";
import { HardhatArtifactResolver } from "@nomicfoundation/hardhat-ignition/helpers";
import BatonModule from "../../ignition/modules/Baton.js";
import { ignitionManifest } from "../../scripts/ignition-manifest.js";

const SHAPE = JSON.parse(readFileSync(new URL("../vectors/manifest-shape.json", import.meta.url), "utf8"));

describe("Ignition deployment manifest", function () {
  it("has the Java deployer's shape, and every record is the chain's", async function () {
    const { provider } = await network.create();
    const request = (method, params) => provider.request({ method, params });
    const deploymentDir = mkdtempSync(path.join(tmpdir(), "baton-ignition-"));
    try {
      // The helper behind `ignition.deploy` keeps no journal on the in-process network; a deployment directory is
      // what `npx hardhat ignition deploy --network <chain>` writes on a real one.
      const result = await deploy({
        config: {},
        provider,
        deploymentDir,
        artifactResolver: new HardhatArtifactResolver(hre.artifacts),
        ignitionModule: BatonModule,
        deploymentParameters: {},
        accounts: await request("eth_accounts", []),
      });
      expect(result.type).to.equal("SUCCESSFUL_DEPLOYMENT");

      const manifest = await ignitionManifest({ deploymentDir, rpcUrl: "http://127.0.0.1:8545", request });

      expect(Object.keys(manifest)).to.deep.equal(SHAPE.fields);
      expect(Object.keys(manifest.contracts)).to.deep.equal(SHAPE.contracts);
      expect(Object.keys(manifest.tokens)).to.deep.equal(SHAPE.tokens);
      expect(Object.keys(manifest.deployments)).to.have.members([...SHAPE.contracts, ...SHAPE.tokens]);
      expect(manifest.chainId).to.equal(31337);
      const entries = { ...manifest.contracts, ...manifest.tokens };
      for (const [name, record] of Object.entries(manifest.deployments)) {
        expect(Object.keys(record), name).to.deep.equal(SHAPE.deployment);
        const receipt = await request("eth_getTransactionReceipt", [record.txHash]);
        expect(receipt.contractAddress, name).to.equal(entries[name]);
        expect(Number(BigInt(receipt.blockNumber)), name).to.equal(record.block);
      }
      expect(manifest.deployedAtBlock).to.equal(Math.min(...Object.values(manifest.deployments).map((d) => d.block)));
      const deployed = Object.values(result.contracts);
      expect(manifest.contracts.StakeVault).to.equal(deployed.find((c) => c.contractName === "StakeVault").address.toLowerCase());
      expect(deployed.filter((c) => c.contractName === "BatonToken").map((c) => c.address.toLowerCase()))
        .to.have.members(Object.values(manifest.tokens));
    } finally {
      rmSync(deploymentDir, { recursive: true, force: true });
    }
  });
});
