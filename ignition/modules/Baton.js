// Hardhat Ignition module deploying the Baton suite, the same contracts and wiring as the Java deployer
// (devnet/src/main/java/dev/baton/devnet/deploy): two stake tokens, the StakeVault allowing both, the two selection
// mechanisms' implementations (each split in two to stay under the contract size limit), the devnet proof verifier,
// the governance timelock and the RollupRegistry it owns; the registry is made the vault's authoriser and, last, the
// vault is handed to the timelock. `node scripts/ignition-manifest.js` turns the deployment into the manifest every
// Baton command reads, in the same shape as the Java deployer's (test/vectors/manifest-shape.json).
//
// Parameters (module id "Baton"):
//   tokenName, tokenSymbol       the stake token (default "Baton", "BTN")
//   altTokenName, altTokenSymbol the second stake token, for multi-token rollups (default "Alt", "ALT")
//   withdrawalDelayBlocks        StakeVault withdrawal delay in blocks (default 7,200, about a day of 12 s blocks;
//                                must lie within the vault's MIN_WITHDRAWAL_DELAY = 64 and MAX_WITHDRAWAL_DELAY)
//   governanceDelaySeconds       BatonTimelock delay (default 86,400, one day; at least the registry's and the vault's
//                                MIN_GOVERNANCE_DELAY, one hour)
//   proposer                     the timelock's proposer and executor (default: the deployer, account 0)
// The deployer owns the tokens. The timelock has no admin account (it administers itself). The vault's ownership is
// handed to the timelock: the transfer is started and the timelock's acceptance scheduled (executable once the delay
// has passed). From the first deposit on, the deployer has no vault power left: tokens, authoriser and delay change
// only through the timelock.
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

export const DEFAULT_WITHDRAWAL_DELAY_BLOCKS = 7_200n;
export const DEFAULT_GOVERNANCE_DELAY_SECONDS = 86_400n;
const ZERO_WORD = "0x" + "00".repeat(32);
const NO_ADMIN = "0x0000000000000000000000000000000000000000";

export default buildModule("Baton", (m) => {
  const deployer = m.getAccount(0);
  const tokenName = m.getParameter("tokenName", "Baton");
  const tokenSymbol = m.getParameter("tokenSymbol", "BTN");
  const altTokenName = m.getParameter("altTokenName", "Alt");
  const altTokenSymbol = m.getParameter("altTokenSymbol", "ALT");
  const withdrawalDelayBlocks = m.getParameter("withdrawalDelayBlocks", DEFAULT_WITHDRAWAL_DELAY_BLOCKS);
  const governanceDelaySeconds = m.getParameter("governanceDelaySeconds", DEFAULT_GOVERNANCE_DELAY_SECONDS);
  const proposer = m.getParameter("proposer", deployer);

  const token = m.contract("BatonToken", [tokenName, tokenSymbol, deployer], { id: "StakeToken" });
  const altToken = m.contract("BatonToken", [altTokenName, altTokenSymbol, deployer], { id: "AltToken" });
  const vault = m.contract("StakeVault", [deployer, withdrawalDelayBlocks]);
  const allow = m.call(vault, "setTokenAllowed", [token, true], { id: "allowStakeToken" });
  const allowAlt = m.call(vault, "setTokenAllowed", [altToken, true], { id: "allowAltToken", after: [allow] });

  const views = m.contract("SlotAuctionViews");
  const auction = m.contract("SlotAuction", [views]);
  const proofs = m.contract("BlockMarketProofs");
  const market = m.contract("BlockMarket", [proofs]);
  const verifier = m.contract("AttestationVerifier");

  const timelock = m.contract("BatonTimelock", [governanceDelaySeconds, [proposer], [proposer], NO_ADMIN]);
  const registry = m.contract("RollupRegistry", [vault, timelock, [auction, market]]);
  const authorise = m.call(vault, "setAuthoriser", [registry], { after: [allowAlt] });

  const transfer = m.call(vault, "transferOwnership", [timelock], { after: [authorise] });
  const accept = m.encodeFunctionCall(vault, "acceptOwnership", []);
  m.call(timelock, "schedule", [vault, 0n, accept, ZERO_WORD, ZERO_WORD, governanceDelaySeconds], { after: [transfer] });

  return { token, altToken, vault, views, auction, proofs, market, verifier, timelock, registry };
});
