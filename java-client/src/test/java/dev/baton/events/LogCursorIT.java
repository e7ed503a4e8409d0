package dev.baton.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.fixtures.HardhatNode;
import dev.baton.fixtures.TokenDeployer;
import dev.baton.signer.DevAccounts;
import dev.baton.tx.Clock;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * The cursor on a real Hardhat node: token mints as events, and a reorg made with evm_snapshot /
 * evm_revert.
 */
class LogCursorIT {
    private HardhatNode hardhat;
    private Address token;
    private Transactor owner;
    private final Address holder = Address.of("0x00000000000000000000000000000000000000aa");
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        hardhat = HardhatNode.start();
        token = TokenDeployer.deploy(hardhat.url(), "BTN");
        owner =
                new Transactor(
                        hardhat.node(),
                        DevAccounts.signer(0),
                        TxOptions.DEVNET,
                        Clock.system(),
                        new NonceAuthorities());
    }

    @AfterEach
    void stop() {
        hardhat.close();
    }

    @Test
    void aReorgMadeWithSnapshotAndRevertIsDetectedAndRedeliveredExactlyOnce(@TempDir Path dir) {
        LogCursor<TokenEvents.TokenEvent> cursor =
                new LogCursor<>(
                        hardhat.node(),
                        List.of(token),
                        TokenEvents.decoder(),
                        new CursorOptions(1, 5, 128),
                        PositionStore.file(dir.resolve("cursor.json")),
                        0);
        mint(1);
        String snapshot = (String) hardhat.rpc("evm_snapshot");
        mint(2);
        mint(3);
        cursor.poll(this::record);
        assertThat(seen).containsExactly("+1", "+2", "+3");

        hardhat.rpc("evm_revert", snapshot);
        // the owner's local nonce view is now ahead of the reverted chain: its first send resyncs
        // ("nonce too high")
        mint(20);
        mint(30);
        mint(40);
        cursor.poll(this::record);
        cursor.poll(this::record);

        assertThat(seen).containsExactly("+1", "+2", "+3", "-3", "-2", "+20", "+30", "+40");
    }

    private void record(LogChange<TokenEvents.TokenEvent> change) {
        if (change.event() instanceof TokenEvents.Transfer t && t.to().equals(holder)) {
            seen.add((change.added() ? "+" : "-") + t.value());
        }
    }

    private void mint(long amount) {
        owner.send(
                TxRequest.call(
                        token,
                        FunctionEncoder.encode(
                                new Function(
                                        "mint",
                                        List.of(
                                                new org.web3j.abi.datatypes.Address(
                                                        holder.lowerHex()),
                                                new Uint256(amount)),
                                        List.of()))));
    }
}
