package dev.baton.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.TransportException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DevnetControlTest {

    private final FakeJsonRpcNode node = new FakeJsonRpcNode();
    private final DevnetControl control = DevnetControl.connect(node.url());

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void readsHexQuantities() {
        node.answer("eth_chainId", params -> "0x7a69").answer("eth_blockNumber", params -> "0x10");

        assertThat(control.chainId()).isEqualTo(31337);
        assertThat(control.blockNumber()).isEqualTo(16);
    }

    @Test
    void minesManyBlocksInOneCallWhereTheNodeSupportsIt() {
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        node.answer(
                "hardhat_mine",
                params -> {
                    sent.set(params);
                    return true;
                });

        control.mine(300);

        assertThat(sent.get().get(0).asString()).isEqualTo("0x12c");
    }

    @Test
    void fallsBackToOneEvmMinePerBlockOnOtherNodes() {
        node.answer("evm_mine", params -> "0x0");

        control.mine(3);

        assertThat(node.calls())
                .containsExactly("hardhat_mine", "evm_mine", "evm_mine", "evm_mine");
    }

    @Test
    void theNextBaseFeeGoesToTheNodesOwnMethodAsHex() {
        AtomicReference<String> anvil = new AtomicReference<>();
        AtomicReference<String> hardhat = new AtomicReference<>();
        node.answer("web3_clientVersion", params -> "anvil/v1.7.1")
                .answer(
                        "anvil_setNextBlockBaseFeePerGas",
                        params -> {
                            anvil.set(params.get(0).asString());
                            return true;
                        });
        control.setNextBlockBaseFee(java.math.BigInteger.valueOf(3_000_000_001L));
        node.answer("web3_clientVersion", params -> "HardhatNetwork/3.0.0")
                .answer(
                        "hardhat_setNextBlockBaseFeePerGas",
                        params -> {
                            hardhat.set(params.get(0).asString());
                            return true;
                        });
        control.setNextBlockBaseFee(java.math.BigInteger.TEN);

        assertThat(anvil.get()).isEqualTo("0xb2d05e01");
        assertThat(hardhat.get()).isEqualTo("0xa");
        assertThatThrownBy(() -> control.setNextBlockBaseFee(java.math.BigInteger.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base fee");
    }

    @Test
    void snapshotAndRevertPassTheId() {
        AtomicReference<String> reverted = new AtomicReference<>();
        node.answer("evm_snapshot", params -> "0x2")
                .answer(
                        "evm_revert",
                        params -> {
                            reverted.set(params.get(0).asString());
                            return true;
                        });

        control.revert(control.snapshot());

        assertThat(reverted.get()).isEqualTo("0x2");
    }

    @Test
    void aRefusedRevertIsAnErrorNamingTheSnapshot() {
        node.answer("evm_revert", params -> false);

        assertThatThrownBy(() -> control.revert("0x9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'0x9'")
                .hasMessageContaining("single-use");
    }

    @Test
    void automineAndTimeArePassedThrough() {
        AtomicReference<JsonNode> automine = new AtomicReference<>();
        AtomicReference<JsonNode> time = new AtomicReference<>();
        node.answer(
                        "evm_setAutomine",
                        params -> {
                            automine.set(params);
                            return true;
                        })
                .answer(
                        "evm_increaseTime",
                        params -> {
                            time.set(params);
                            return "60";
                        });

        control.setAutomine(false);
        control.increaseTime(60);

        assertThat(automine.get().get(0).asBoolean()).isFalse();
        assertThat(time.get().get(0).asLong()).isEqualTo(60);
    }

    @Test
    void rejectsNonsensicalArguments() {
        assertThatThrownBy(() -> control.mine(0)).hasMessageContaining("'blocks'");
        assertThatThrownBy(() -> control.increaseTime(-1)).hasMessageContaining("'seconds'");
    }

    @Test
    void nodeErrorsCarryMethodAndCode() {
        assertThatThrownBy(() -> control.snapshot())
                .isInstanceOfSatisfying(
                        TransportException.class,
                        e -> {
                            assertThat(e.getMessage()).startsWith("evm_snapshot at ");
                            assertThat(e.rpcCode()).isEqualTo(DevnetControl.METHOD_NOT_SUPPORTED);
                            assertThat(DevnetControl.isUnsupportedMethod(e)).isTrue();
                            assertThat(e.isTransient()).isFalse();
                        })
                .hasMessageContaining(node.url());
    }

    @Test
    void anUnreachableNodeIsATransportErrorAndNotAnswering() {
        node.close();

        assertThat(control.isAnswering()).isFalse();
        assertThatThrownBy(control::chainId)
                .isInstanceOfSatisfying(
                        TransportException.class,
                        e -> {
                            assertThat(e.rpcCode()).isNull();
                            assertThat(e.isTransient()).isTrue();
                        })
                .hasMessageContaining("could not reach the node");
    }

    @Test
    void rejectsANonHttpUrl() {
        assertThatThrownBy(() -> DevnetControl.connect("ws://127.0.0.1:8545"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ws://127.0.0.1:8545");
    }
}
