package dev.baton.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiDecodingException;
import dev.baton.internal.contracts.IStakeVault;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

class StakeVaultEventsTest {
    private static final Address STAKER = Address.of("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address TOKEN = Address.of("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static final Address VAULT = Address.of("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");

    @Test
    void decodesIndexedAndDataArgumentsIntoRecords() {
        RawLog log =
                log(
                        EventEncoder.encode(IStakeVault.WITHDRAWALREQUESTED_EVENT),
                        FunctionEncoder.encodeConstructor(
                                List.of(new Uint256(40), new Uint64(123))));

        var event = StakeVaultEvents.decoder().decode(log);

        assertThat(event)
                .contains(
                        new StakeVaultEvents.WithdrawalRequested(
                                STAKER, TOKEN, Amount.of(40), 123));
    }

    @Test
    void decodesDepositsAndIgnoresForeignTopics() {
        RawLog deposit =
                log(
                        EventEncoder.encode(IStakeVault.DEPOSITED_EVENT),
                        FunctionEncoder.encodeConstructor(List.of(new Uint256(7))));
        assertThat(StakeVaultEvents.decoder().decode(deposit))
                .contains(new StakeVaultEvents.Deposited(STAKER, TOKEN, Amount.of(7)));
        assertThat(StakeVaultEvents.decoder().decode(log("0x" + "11".repeat(32), "0x"))).isEmpty();
        assertThat(StakeVaultEvents.decoder().topic0s()).hasSize(5);
    }

    @Test
    void aLogOfTheEventsTopicButNotItsShapeThrowsAbiDecodingException() {
        RawLog noData = log(EventEncoder.encode(IStakeVault.WITHDRAWALREQUESTED_EVENT), "0x");
        assertThatThrownBy(() -> StakeVaultEvents.decoder().decode(noData))
                .isInstanceOfSatisfying(
                        AbiDecodingException.class,
                        e -> {
                            assertThat(e.what()).isEqualTo("WithdrawalRequested log");
                            assertThat(e.data()).endsWith(" 0x");
                        });
        RawLog missingTopic =
                log(
                        EventEncoder.encode(
                                IStakeVault.LOCKED_EVENT), // module is indexed: a third topic
                        FunctionEncoder.encodeConstructor(List.of(new Uint256(1), new Uint64(2))));
        assertThatThrownBy(() -> StakeVaultEvents.decoder().decode(missingTopic))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("Locked log");
    }

    private static RawLog log(String topic0, String data) {
        return new RawLog(
                VAULT,
                List.of(topic0, topic(STAKER), topic(TOKEN)),
                data.startsWith("0x") ? data : "0x" + data,
                9,
                "0x" + "ab".repeat(32),
                TxHash.of("0x" + "cd".repeat(32)),
                0);
    }

    private static String topic(Address a) {
        return "0x" + "0".repeat(24) + a.lowerHex().substring(2);
    }
}
