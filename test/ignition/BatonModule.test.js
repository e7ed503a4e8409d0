// Deploys the Baton Ignition module on the in-process network and checks the wiring.
import { expect } from "chai";
import { network } from "hardhat";
import BatonModule, { DEFAULT_WITHDRAWAL_DELAY_BLOCKS } from "../../ignition/modules/Baton.js";

describe("Baton Ignition module", function () {
  it("deploys BatonToken and StakeVault with the token allowed and the default delay", async function () {
    const { ignition, ethers } = await network.create();
    const [deployer] = await ethers.getSigners();
    const { token, vault } = await ignition.deploy(BatonModule);

    expect(await token.symbol()).to.equal("BTN");
    expect(await token.owner()).to.equal(deployer.address);
    expect(await vault.owner()).to.equal(deployer.address);
    expect(await vault.withdrawalDelay()).to.equal(DEFAULT_WITHDRAWAL_DELAY_BLOCKS);
    expect(await vault.isTokenAllowed(token.target)).to.equal(true);

    // The deployment is usable as is: mint, deposit.
    await token.mint(deployer.address, 1_000n);
    await token.approve(vault.target, 1_000n);
    await vault.deposit(token.target, 1_000n);
    expect((await vault.balanceOf(deployer.address, token.target)).free).to.equal(1_000n);
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
