package dev.baton.faults;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** Exactly once under lost answers, on anvil run as a local process. */
@BatonDevnet(kind = DevnetKind.ANVIL)
class ExactlyOnceAnvilIT extends ExactlyOnceBehaviour {}
