// Hardhat Ignition module deploying the Baton suite. For now: the devnet stake token and the StakeVault,
// with the token allowed for deposits. Later modules (registry, auction and market implementations) extend it.
//
// Parameters (module id "Baton"):
//   tokenName              BatonToken name (default "Baton")
//   tokenSymbol            BatonToken symbol (default "BTN")
//   withdrawalDelayBlocks  StakeVault withdrawal delay in blocks (default 7,200, about a day of 12 s blocks;
//                          must lie within the vault's MIN_WITHDRAWAL_DELAY = 64 and MAX_WITHDRAWAL_DELAY)
// The deployer (account 0) owns both contracts.
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

export const DEFAULT_WITHDRAWAL_DELAY_BLOCKS = 7_200n;

export default buildModule("Baton", (m) => {
  const deployer = m.getAccount(0);
  const tokenName = m.getParameter("tokenName", "Baton");
  const tokenSymbol = m.getParameter("tokenSymbol", "BTN");
  const withdrawalDelayBlocks = m.getParameter("withdrawalDelayBlocks", DEFAULT_WITHDRAWAL_DELAY_BLOCKS);

  const token = m.contract("BatonToken", [tokenName, tokenSymbol, deployer]);
  const vault = m.contract("StakeVault", [deployer, withdrawalDelayBlocks]);
  m.call(vault, "setTokenAllowed", [token, true]);

  return { token, vault };
});
