package dev.baton.vault;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** The vault flow on the Hardhat node in a Testcontainers container built from a local image. */
@BatonDevnet(kind = DevnetKind.CONTAINER)
class VaultFlowContainerIT extends VaultFlowBehaviour {}
