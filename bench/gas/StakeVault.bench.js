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
});
