package dev.baton.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.tx.EthNode;
import dev.baton.tx.TxReceipt;
import dev.baton.types.TxHash;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentTransactionsTest {
    private static final TxHash MINED = TxHash.of("0x" + "11".repeat(32));
    private static final TxHash POOLED = TxHash.of("0x" + "22".repeat(32));

    @Test
    void overANodeTheOutcomeIsTheReceiptsAndTheNodeSaysWhatItKnows() {
        TxReceipt reverted =
                new TxReceipt(MINED, 7, "0x" + "33".repeat(32), false, BigInteger.ONE, List.of());
        EthNode node =
                (EthNode)
                        Proxy.newProxyInstance(
                                EthNode.class.getClassLoader(),
                                new Class<?>[] {EthNode.class},
                                (proxy, method, args) ->
                                        switch (method.getName()) {
                                            case "receipt" ->
                                                    args[0].equals(MINED)
                                                            ? Optional.of(reverted)
                                                            : Optional.empty();
                                            case "isKnown" -> args[0].equals(POOLED);
                                            default -> throw new UnsupportedOperationException();
                                        });
        SentTransactions.OverNode sent = () -> node;
        assertThat(sent.outcome(MINED)).contains(false);
        assertThat(sent.outcome(POOLED)).isEmpty();
        assertThat(sent.isKnown(POOLED)).isTrue();
        assertThat(sent.isKnown(MINED)).isFalse();
    }
}
