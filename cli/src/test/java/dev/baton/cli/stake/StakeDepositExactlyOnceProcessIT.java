package dev.baton.cli.stake;

import dev.baton.devnet.DevnetKind;

/**
 * `baton stake deposit` exactly once under lost answers, on the Hardhat node run as a local
 * process.
 */
class StakeDepositExactlyOnceProcessIT extends StakeDepositExactlyOnceBehaviour {
    @Override
    DevnetKind kind() {
        return DevnetKind.PROCESS;
    }
}
