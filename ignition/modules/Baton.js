// Hardhat Ignition module deploying the Baton suite. For now: the devnet stake token, the StakeVault (with the token
// allowed for deposits) and the governance timelock the vault is handed to. Later modules (registry, auction and
// market implementations) extend it.
//
// Parameters (module id "Baton"):
//   tokenName              BatonToken name (default "Baton")
//   tokenSymbol            BatonToken symbol (default "BTN")
//   withdrawalDelayBlocks  StakeVault withdrawal delay in blocks (default 7,200, about a day of 12 s blocks;
//                          must lie within the vault's MIN_WITHDRAWAL_DELAY = 64 and MAX_WITHDRAWAL_DELAY)
//   governanceDelaySeconds BatonTimelock delay (default 86,400, one day; at least the vault's MIN_GOVERNANCE_DELAY,
//                          one hour)
// The deployer (account 0) owns the token and is the timelock's proposer and executor. The vault's ownership is
// handed to the timelock: the transfer is started and the timelock's acceptance scheduled (executable once the delay
// has passed). From the first deposit on, the deployer has no vault power left: tokens, authoriser and delay change
// only through the timelock.
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

export const DEFAULT_WITHDRAWAL_DELAY_BLOCKS = 7_200n;
export const DEFAULT_GOVERNANCE_DELAY_SECONDS = 86_400n;
const ZERO_WORD = "0x" + "00".repeat(32);

export default buildModule("Baton", (m) => {
  const deployer = m.getAccount(0);
  const tokenName = m.getParameter("tokenName", "Baton");
  const tokenSymbol = m.getParameter("tokenSymbol", "BTN");
  const withdrawalDelayBlocks = m.getParameter("withdrawalDelayBlocks", DEFAULT_WITHDRAWAL_DELAY_BLOCKS);
  const governanceDelaySeconds = m.getParameter("governanceDelaySeconds", DEFAULT_GOVERNANCE_DELAY_SECONDS);

  const token = m.contract("BatonToken", [tokenName, tokenSymbol, deployer]);
  const vault = m.contract("StakeVault", [deployer, withdrawalDelayBlocks]);
  const allow = m.call(vault, "setTokenAllowed", [token, true]);
  const timelock = m.contract("BatonTimelock", [governanceDelaySeconds, [deployer], [deployer], "0x0000000000000000000000000000000000000000"]);
  const transfer = m.call(vault, "transferOwnership", [timelock], { after: [allow] });
  const accept = m.encodeFunctionCall(vault, "acceptOwnership", []);
  m.call(timelock, "schedule", [vault, 0n, accept, ZERO_WORD, ZERO_WORD, governanceDelaySeconds], { after: [transfer] });

  return { token, vault, timelock };
});
