// End-to-end flow of the StakeVault through ethers, as a client sees it: deposit, a module's lock, a withdrawal
// refused while locked, the lock expiring by itself, the withdrawal delay, a slash, and typed custom errors.
import { expect } from "chai";
import { network } from "hardhat";

const DELAY = 64n;

describe("StakeVault flow", function () {
  let ethers;
  let networkHelpers;
  let owner, staker, moduleAccount, treasury, stranger;
  let token, vault;

  beforeEach(async function () {
    ({ ethers, networkHelpers } = await network.create());
    [owner, staker, moduleAccount, treasury, stranger] = await ethers.getSigners();
    token = await ethers.deployContract("BatonToken", ["Baton", "BTN", owner.address]);
    vault = await ethers.deployContract("StakeVault", [owner.address, DELAY]);
    await vault.setTokenAllowed(token.target, true);
    await vault.setModule(moduleAccount.address, true);
    await token.mint(staker.address, ethers.parseEther("1000"));
    await token.connect(staker).approve(vault.target, ethers.MaxUint256);
  });

  it("deposit -> lock -> withdrawal blocked while locked -> expiry and delay -> withdraw", async function () {
    const amount = ethers.parseEther("100");
    await expect(vault.connect(staker).deposit(token.target, amount))
      .to.emit(vault, "Deposited")
      .withArgs(staker.address, token.target, amount);

    const until = BigInt(await ethers.provider.getBlockNumber()) + 20n;
    await expect(vault.connect(moduleAccount).lock(staker.address, token.target, amount, until))
      .to.emit(vault, "Locked")
      .withArgs(staker.address, token.target, moduleAccount.address, amount, until);
    let balance = await vault.balanceOf(staker.address, token.target);
    expect(balance.free).to.equal(0n);
    expect(balance.locked).to.equal(amount);

    await expect(vault.connect(staker).requestWithdrawal(token.target, amount))
      .to.be.revertedWithCustomError(vault, "StakeVaultInsufficientFree")
      .withArgs(staker.address, token.target, amount, 0n);

    // The lock expires by itself at `until`: no transaction needed.
    await networkHelpers.mineUpTo(until);
    balance = await vault.balanceOf(staker.address, token.target);
    expect(balance.locked).to.equal(0n);
    expect(balance.free).to.equal(amount);

    await vault.connect(staker).requestWithdrawal(token.target, amount);
    const requestedAt = BigInt(await ethers.provider.getBlockNumber());
    balance = await vault.balanceOf(staker.address, token.target);
    expect(balance.pending).to.equal(amount);
    expect(balance.withdrawableAt).to.equal(requestedAt + DELAY);

    // The transaction below is mined in the next block, which is still before `withdrawableAt`.
    await expect(vault.connect(staker).withdraw(token.target))
      .to.be.revertedWithCustomError(vault, "StakeVaultWithdrawalNotReady")
      .withArgs(staker.address, token.target, requestedAt + DELAY, requestedAt + 1n);

    await networkHelpers.mineUpTo(requestedAt + DELAY - 1n); // the withdraw lands exactly at withdrawableAt
    const before = await token.balanceOf(staker.address);
    await expect(vault.connect(staker).withdraw(token.target))
      .to.emit(vault, "Withdrawn")
      .withArgs(staker.address, token.target, amount);
    expect(await token.balanceOf(staker.address)).to.equal(before + amount);
    expect(await token.balanceOf(vault.target)).to.equal(0n);
  });

  it("a module slashes only what was locked for it, to a recipient, then burns what left its lock", async function () {
    const amount = ethers.parseEther("100");
    await vault.connect(staker).deposit(token.target, amount);
    const until = BigInt(await ethers.provider.getBlockNumber()) + 50n;
    await vault.connect(moduleAccount).lock(staker.address, token.target, ethers.parseEther("60"), until);
    await vault.connect(staker).requestWithdrawal(token.target, ethers.parseEther("40"));

    // 70 asked, 60 locked for the module: the pending 40 was never at its disposal.
    await expect(
      vault.connect(moduleAccount).slash(staker.address, token.target, ethers.parseEther("70"), 0, treasury.address, 3),
    )
      .to.emit(vault, "Slashed")
      .withArgs(staker.address, token.target, moduleAccount.address, ethers.parseEther("60"), treasury.address, 3);
    expect(await token.balanceOf(treasury.address)).to.equal(ethers.parseEther("60"));
    const balance = await vault.balanceOf(staker.address, token.target);
    expect(balance.locked).to.equal(0n);
    expect(balance.pending).to.equal(ethers.parseEther("40"));

    // A lock that just expired stays slashable by its module for SLASHING_HORIZON blocks; the zero recipient burns.
    await vault.connect(staker).deposit(token.target, ethers.parseEther("30"));
    const soon = BigInt(await ethers.provider.getBlockNumber()) + 2n;
    await vault.connect(moduleAccount).lock(staker.address, token.target, ethers.parseEther("30"), soon);
    await networkHelpers.mine(2);
    const supply = await token.totalSupply();
    const taken = await vault
      .connect(moduleAccount)
      .slash.staticCall(staker.address, token.target, ethers.parseEther("500"), 0, ethers.ZeroAddress, 4);
    expect(taken).to.equal(ethers.parseEther("30"));
    await vault.connect(moduleAccount).slash(staker.address, token.target, ethers.parseEther("500"), 0, ethers.ZeroAddress, 4);
    expect(await token.totalSupply()).to.equal(supply - ethers.parseEther("30"));
    expect(await token.balanceOf(vault.target)).to.equal(ethers.parseEther("40"));
  });

  it("decodes access and parameter failures as typed custom errors", async function () {
    await expect(vault.connect(stranger).lock(staker.address, token.target, 1n, 10_000n))
      .to.be.revertedWithCustomError(vault, "StakeVaultNotModule")
      .withArgs(stranger.address);
    await expect(vault.connect(stranger).setModule(stranger.address, true))
      .to.be.revertedWithCustomError(vault, "StakeVaultNotAuthoriser")
      .withArgs(stranger.address);
    await expect(vault.setWithdrawalDelay(10n))
      .to.be.revertedWithCustomError(vault, "StakeVaultDelayBelowMinimum")
      .withArgs(10n, await vault.MIN_WITHDRAWAL_DELAY());
    await expect(vault.connect(staker).deposit(token.target, 0n)).to.be.revertedWithCustomError(
      vault,
      "StakeVaultZeroAmount",
    );
  });
});
