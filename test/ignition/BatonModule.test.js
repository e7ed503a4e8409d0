// Deploys the Baton Ignition module on the in-process network and checks the wiring.
import { expect } from "chai";
import { network } from "hardhat";
import BatonModule, { DEFAULT_WITHDRAWAL_DELAY_BLOCKS } from "../../ignition/modules/Baton.js";

describe("Baton Ignition module", function () {
  it("deploys BatonToken and StakeVault with the token allowed and the default delay", async function () {
    const { ignition, ethers } = await network.create();
    const [deployer] = await ethers.getSigners();
    const { token, vault, timelock } = await ignition.deploy(BatonModule);

    expect(await token.symbol()).to.equal("BTN");
    expect(await token.owner()).to.equal(deployer.address);
    // The vault is being handed to the timelock: the acceptance is scheduled, the deployer owns it until then.
    expect(await vault.owner()).to.equal(deployer.address);
    expect(await vault.pendingOwner()).to.equal(timelock.target);
    const accept = vault.interface.encodeFunctionData("acceptOwnership", []);
    const id = await timelock.hashOperation(vault.target, 0n, accept, ethers.ZeroHash, ethers.ZeroHash);
    expect(await timelock.isOperationPending(id)).to.equal(true);
    expect(await vault.withdrawalDelay()).to.equal(DEFAULT_WITHDRAWAL_DELAY_BLOCKS);
    expect(await vault.isTokenAllowed(token.target)).to.equal(true);

    // The deployment is usable as is: mint, deposit.
    await token.mint(deployer.address, 1_000n);
    await token.approve(vault.target, 1_000n);
    await vault.deposit(token.target, 1_000n);
    expect((await vault.balanceOf(deployer.address, token.target)).free).to.equal(1_000n);

    // With stake in the vault the deployer's powers are gone; after the delay the timelock takes over.
    expect(await vault.setupClosed()).to.equal(true);
    await expect(vault.setWithdrawalDelay(64n)).to.be.revertedWithCustomError(vault, "StakeVaultGovernanceNotTimelock");
    await ethers.provider.send("evm_increaseTime", [86_400]);
    await (await timelock.execute(vault.target, 0n, accept, ethers.ZeroHash, ethers.ZeroHash)).wait();
    expect(await vault.owner()).to.equal(timelock.target);
  });

  it("deploys the whole suite wired as the Java deployer wires it", async function () {
    const { ignition, ethers } = await network.create();
    const [deployer] = await ethers.getSigners();
    const { token, altToken, vault, views, auction, proofs, market, verifier, timelock, registry } =
      await ignition.deploy(BatonModule);

    expect(await altToken.symbol()).to.equal("ALT");
    expect(await vault.isTokenAllowed(altToken.target)).to.equal(true);
    expect(await vault.isTokenAllowed(token.target)).to.equal(true);
    expect(await vault.authoriser()).to.equal(registry.target);
    expect(await registry.owner()).to.equal(timelock.target);
    for (const contract of [views, auction, proofs, market, verifier]) {
      expect(await ethers.provider.getCode(contract.target)).to.not.equal("0x");
    }
    // The timelock administers itself; the deployer proposes and executes.
    const admin = await timelock.DEFAULT_ADMIN_ROLE();
    expect(await timelock.hasRole(admin, deployer.address)).to.equal(false);
    expect(await timelock.hasRole(admin, timelock.target)).to.equal(true);
    expect(await timelock.hasRole(await timelock.PROPOSER_ROLE(), deployer.address)).to.equal(true);
    expect(await timelock.hasRole(await timelock.EXECUTOR_ROLE(), deployer.address)).to.equal(true);
  });

  it("takes the withdrawal delay and token names as parameters", async function () {
    const { ignition } = await network.create();
    const { token, vault } = await ignition.deploy(BatonModule, {
      parameters: { Baton: { withdrawalDelayBlocks: 64n, tokenName: "Devnet Baton", tokenSymbol: "dBTN" } },
    });
    expect(await vault.withdrawalDelay()).to.equal(64n);
    expect(await token.name()).to.equal("Devnet Baton");
    expect(await token.symbol()).to.equal("dBTN");
  });

  it("fails to deploy with a delay below the vault's minimum", async function () {
    const { ignition } = await network.create();
    let failure;
    try {
      await ignition.deploy(BatonModule, { parameters: { Baton: { withdrawalDelayBlocks: 10n } } });
    } catch (error) {
      failure = error;
    }
    expect(failure, "the deployment should fail").to.not.equal(undefined);
    expect(String(failure.message)).to.contain("StakeVaultDelayBelowMinimum(10, 64)");
  });
});
