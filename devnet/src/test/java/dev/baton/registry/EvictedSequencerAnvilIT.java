package dev.baton.registry;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** Eviction and reinstatement of a sequencer on anvil run as a local process. */
@BatonDevnet(kind = DevnetKind.ANVIL)
class EvictedSequencerAnvilIT extends EvictedSequencerBehaviour {}
