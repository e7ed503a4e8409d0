package dev.baton.cli.stake;

import dev.baton.devnet.DevnetKind;

/** `baton stake deposit` exactly once under lost answers, on anvil run as a local process. */
class StakeDepositExactlyOnceAnvilIT extends StakeDepositExactlyOnceBehaviour {
    @Override
    DevnetKind kind() {
        return DevnetKind.ANVIL;
    }
}
