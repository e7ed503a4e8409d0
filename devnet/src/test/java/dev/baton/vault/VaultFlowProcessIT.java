package dev.baton.vault;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** The vault flow on the Hardhat node run as a local process. */
@BatonDevnet(kind = DevnetKind.PROCESS)
class VaultFlowProcessIT extends VaultFlowBehaviour {}
