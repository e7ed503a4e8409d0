package dev.baton.bench;

import dev.baton.devnet.Devnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.io.IOException;

/**
 * Runs the raw and client phases of one round back to back. Each round uses two dev accounts of its own (fresh keys,
 * so fresh nonces and a fresh nonce authority) and recipients no earlier round touched (fresh storage slots, the same
 * gas for every round); even rounds run raw first, odd rounds the client first, so load drift during a run hits both
 * phases alike.
 */
final class Rounds {
    /** Dev account 0 deployed the suite; every round takes the next two. */
    private static final int FIRST_ACCOUNT = 1;

    private final Devnet devnet;
    private final DeploymentManifest manifest;
    private final Address token;
    private final int n;

    Rounds(Devnet devnet, DeploymentManifest manifest, Address token, int n) {
        this.devnet = devnet;
        this.manifest = manifest;
        this.token = token;
        this.n = n;
    }

    /** Accounts used by {@code rounds} rounds; the next index is free for other phases. */
    static int accountsUsed(int rounds) {
        return FIRST_ACCOUNT + 2 * rounds;
    }

    RoundResult run(int round) throws IOException {
        int rawAccount = FIRST_ACCOUNT + 2 * round;
        RawPhase raw = new RawPhase(devnet.rpcUrl(), devnet.chainId(), devnet.account(rawAccount), token);
        ClientPhase client = new ClientPhase(manifest, devnet.account(rawAccount + 1), token);
        int salt = 100 + 10 * round;
        boolean rawFirst = round % 2 == 0;
        PhaseResult rawResult;
        PhaseResult clientResult;
        if (rawFirst) {
            rawResult = raw.run(Transfers.recipients(salt + 1, n));
            clientResult = client.run(Transfers.recipients(salt + 2, n));
        } else {
            clientResult = client.run(Transfers.recipients(salt + 2, n));
            rawResult = raw.run(Transfers.recipients(salt + 1, n));
        }
        return new RoundResult(round, rawResult, clientResult, rawFirst);
    }
}
