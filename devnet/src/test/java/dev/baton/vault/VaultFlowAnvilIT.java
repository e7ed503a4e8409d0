package dev.baton.vault;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** The vault flow on anvil run as a local process. */
@BatonDevnet(kind = DevnetKind.ANVIL)
class VaultFlowAnvilIT extends VaultFlowBehaviour {}
