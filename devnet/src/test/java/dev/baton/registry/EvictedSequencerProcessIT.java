package dev.baton.registry;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** Eviction and reinstatement of a sequencer on the Hardhat node run as a local process. */
@BatonDevnet(kind = DevnetKind.PROCESS)
class EvictedSequencerProcessIT extends EvictedSequencerBehaviour {}
