package dev.baton.registry;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/**
 * Eviction and reinstatement of a sequencer on the Hardhat node in a Testcontainers container
 * (issue 5's devnet).
 */
@BatonDevnet(kind = DevnetKind.CONTAINER)
class EvictedSequencerContainerIT extends EvictedSequencerBehaviour {}
