// Gas benchmark of the StakeVault's staker entry points (npm run bench:gas).
// Realistic mix: several distinct stakers, each making a first deposit (new vault position) and a repeat
// deposit, then a withdrawal request, a second request (restarting the delay) and the payout. Stakers keep
// part of their tokens in their wallet, as they would; the vault already holds other stakers' tokens.
import { network } from "hardhat";
import { recordGas, gasOf } from "./record.js";

const STAKERS = 8;
const DELAY = 64n;

describe("StakeVault gas", function () {
  it("deposit, requestWithdrawal, withdraw", async function () {
    const { ethers, networkHelpers } = await network.create();
    const [deployer, ...others] = await ethers.getSigners();
    const stakers = others.slice(0, STAKERS);
    const token = await ethers.deployContract("BatonToken", ["Baton", "BTN", deployer.address]);
    const vault = await ethers.deployContract("StakeVault", [deployer.address, DELAY]);
    await (await vault.setTokenAllowed(token.target, true)).wait();
    // Someone already staked, so the vault's token balance is not zero (as on any live vault).
    await (await token.mint(deployer.address, ethers.parseEther("1000"))).wait();
    await (await token.approve(vault.target, ethers.MaxUint256)).wait();
    await (await vault.deposit(token.target, ethers.parseEther("1"))).wait();

    for (const s of stakers) {
      await (await token.mint(s.address, ethers.parseEther("1000"))).wait();
      await (await token.connect(s).approve(vault.target, ethers.MaxUint256)).wait();
    }

    const deposits = [];
    const requests = [];
    const withdrawals = [];
    for (const s of stakers) {
      deposits.push(await gasOf(vault.connect(s).deposit(token.target, ethers.parseEther("100"))));
      deposits.push(await gasOf(vault.connect(s).deposit(token.target, ethers.parseEther("50"))));
    }
    for (const s of stakers) {
      requests.push(await gasOf(vault.connect(s).requestWithdrawal(token.target, ethers.parseEther("40"))));
      requests.push(await gasOf(vault.connect(s).requestWithdrawal(token.target, ethers.parseEther("10"))));
    }
    await networkHelpers.mine(DELAY);
    for (const s of stakers) {
      withdrawals.push(await gasOf(vault.connect(s).withdraw(token.target)));
    }
    // A second round: stakers who withdrew before request and withdraw again.
    for (const s of stakers) {
      requests.push(await gasOf(vault.connect(s).requestWithdrawal(token.target, ethers.parseEther("20"))));
    }
    await networkHelpers.mine(DELAY);
    for (const s of stakers) {
      withdrawals.push(await gasOf(vault.connect(s).withdraw(token.target)));
    }

    console.log(`      deposit gas (first, repeat per staker): ${deposits.join(", ")}`);
    console.log(`      requestWithdrawal gas: ${requests.join(", ")}`);
    console.log(`      withdraw gas: ${withdrawals.join(", ")}`);
    recordGas("StakeVault.deposit", deposits);
    recordGas("StakeVault.requestWithdrawal", requests);
    recordGas("StakeVault.withdraw", withdrawals);
  });

  it("lock and slash (module calls; what a bid or a settlement adds)", async function () {
    const { ethers, networkHelpers } = await network.create();
    const [deployer, moduleAccount, ...others] = await ethers.getSigners();
    const stakers = others.slice(0, STAKERS);
    const token = await ethers.deployContract("BatonToken", ["Baton", "BTN", deployer.address]);
    const vault = await ethers.deployContract("StakeVault", [deployer.address, DELAY]);
    await (await vault.setTokenAllowed(token.target, true)).wait();
    await (await vault.setModule(moduleAccount.address, true)).wait();
    for (const s of stakers) {
      await (await token.mint(s.address, ethers.parseEther("1000"))).wait();
      await (await token.connect(s).approve(vault.target, ethers.MaxUint256)).wait();
      await (await vault.connect(s).deposit(token.target, ethers.parseEther("500"))).wait();
    }
    const vaultAsModule = vault.connect(moduleAccount);
    const head = async () => BigInt(await ethers.provider.getBlockNumber());

    const firstLocks = [];
    const secondLiveLocks = [];
    const relocksAfterExpiry = [];
    const slashes = [];
    const lockUntil = (await head()) + 100n;
    for (const s of stakers) {
      firstLocks.push(await gasOf(vaultAsModule.lock(s.address, token.target, ethers.parseEther("10"), lockUntil)));
    }
    for (const s of stakers) {
      secondLiveLocks.push(
        await gasOf(vaultAsModule.lock(s.address, token.target, ethers.parseEther("10"), lockUntil + 50n)),
      );
    }
    await networkHelpers.mineUpTo(lockUntil + 50n);
    const relockUntil = (await head()) + 100n;
    for (const s of stakers) {
      relocksAfterExpiry.push(
        await gasOf(vaultAsModule.lock(s.address, token.target, ethers.parseEther("10"), relockUntil)),
      );
    }
    for (const s of stakers) {
      slashes.push(
        await gasOf(vaultAsModule.slash(s.address, token.target, ethers.parseEther("15"), 0, deployer.address, 1)),
      );
    }
    console.log(`      lock gas (first): ${firstLocks.join(", ")}`);
    console.log(`      lock gas (second live slot): ${secondLiveLocks.join(", ")}`);
    console.log(`      lock gas (after every lock expired): ${relocksAfterExpiry.join(", ")}`);
    console.log(`      slash gas (locked then free, to a recipient): ${slashes.join(", ")}`);
    recordGas("StakeVault.lock@first", firstLocks);
    recordGas("StakeVault.lock@secondSlot", secondLiveLocks);
    recordGas("StakeVault.lock@afterExpiry", relocksAfterExpiry);
    recordGas("StakeVault.slash", slashes);
  });
});
