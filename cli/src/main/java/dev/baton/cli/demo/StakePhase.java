package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;
import dev.baton.client.Baton;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigDecimal;
import java.util.List;

/**
 * The operator mints the stake token to every participant; each deposits its stake into the vault.
 */
public final class StakePhase implements DemoPhase {
    /** BatonToken, like most ERC-20s, counts in 18 decimals. */
    static final int DECIMALS = 18;

    private final List<Participant> cast;

    public StakePhase(List<Participant> cast) {
        this.cast = List.copyOf(cast);
    }

    @Override
    public String name() {
        return "stake";
    }

    @Override
    public int steps() {
        return cast.size() * 2;
    }

    @Override
    public void run(
            DemoSession session, DemoObservations observations, ProgressSink.Phase progress) {
        Baton operator = session.operator();
        Address token = operator.token(DemoCast.STAKE_TOKEN);
        for (Participant participant : cast) {
            Amount amount =
                    Amount.parse(
                            participant.name() + " stake",
                            participant.stake().toPlainString(),
                            DECIMALS);
            Baton own = session.as(participant);
            operator.tokens().mint(token, own.account(), amount);
            progress.step(
                    "minted "
                            + participant.stake()
                            + " "
                            + DemoCast.STAKE_TOKEN
                            + " to "
                            + participant.name());
            own.stake().deposit(token, amount);
            // report what the vault holds for it, not what the script meant to deposit
            Amount free = own.stake().balances(own.account(), token).free();
            BigDecimal held =
                    new BigDecimal(free.value()).movePointLeft(DECIMALS).stripTrailingZeros();
            observations.deposited(participant, own.account().toString(), held);
            progress.step(participant.name() + " deposited, vault holds " + held.toPlainString());
        }
    }
}
