package dev.baton.faults;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;

/** Exactly once under lost answers, on the Hardhat node run as a local process. */
@BatonDevnet(kind = DevnetKind.PROCESS)
class ExactlyOnceProcessIT extends ExactlyOnceBehaviour {}
