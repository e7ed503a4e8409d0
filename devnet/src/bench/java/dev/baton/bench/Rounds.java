package dev.baton.bench;

import dev.baton.devnet.Devnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the three phases of one round back to back: raw one by one, raw batched (the like-for-like
 * baseline) and the client. Each round uses three dev accounts of its own (fresh keys, so fresh
 * nonces and a fresh nonce authority) and recipients no earlier round touched (fresh storage slots,
 * the same gas for every round); the phase going first rotates from round to round, so load drift
 * during a run hits every phase alike.
 */
record Rounds(Devnet devnet, DeploymentManifest manifest, Address token, int n) {
    /** Dev account 0 deployed the suite; every round takes the next three. */
    private static final int FIRST_ACCOUNT = 1;

    private static final int ACCOUNTS_PER_ROUND = 3;

    /** Accounts used by {@code rounds} rounds; the next index is free for other phases. */
    static int accountsUsed(int rounds) {
        return FIRST_ACCOUNT + ACCOUNTS_PER_ROUND * rounds;
    }

    /**
     * Rounds that fit beside one more account (the ethers.js phase) among {@code accounts} dev
     * accounts.
     */
    static int maxRounds(int accounts) {
        return (accounts - FIRST_ACCOUNT - 1) / ACCOUNTS_PER_ROUND - 1;
    }

    RoundResult run(int round) throws IOException {
        int first = accountsUsed(round);
        RawPhase oneByOne =
                new RawPhase(
                        devnet.rpcUrl(),
                        devnet.chainId(),
                        devnet.account(first),
                        token,
                        RawPhase.Mode.ONE_BY_ONE);
        RawPhase batched =
                new RawPhase(
                        devnet.rpcUrl(),
                        devnet.chainId(),
                        devnet.account(first + 1),
                        token,
                        RawPhase.Mode.BATCHED);
        ClientPhase client = new ClientPhase(manifest, devnet.account(first + 2), token);
        int salt = 100 + 10 * round;
        PhaseResult[] results = new PhaseResult[3];
        List<String> order = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int phase = (round + k) % 3;
            switch (phase) {
                case 0 -> results[0] = oneByOne.run(Transfers.recipients(salt + 1, n));
                case 1 -> results[1] = batched.run(Transfers.recipients(salt + 3, n));
                default -> results[2] = client.run(Transfers.recipients(salt + 2, n));
            }
            order.add(results[phase].name());
        }
        return new RoundResult(round, results[0], results[1], results[2], order);
    }
}
