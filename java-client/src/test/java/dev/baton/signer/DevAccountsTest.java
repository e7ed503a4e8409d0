package dev.baton.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevAccountsTest {

    @Test
    void hardhatDefaultsAreTheTwentyAccountsOfTheTestMnemonic() {
        List<DevAccount> accounts = DevAccounts.hardhatDefaults();

        assertThat(accounts).hasSize(20);
        assertThat(accounts.get(0).address())
                .hasToString("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(accounts.get(1).address())
                .hasToString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(accounts)
                .extracting(DevAccount::index)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 20).boxed().toList());
        assertThat(accounts).extracting(DevAccount::address).doesNotHaveDuplicates();
    }

    @Test
    void privateKeysAre32BytesHexAndStayOutOfToString() {
        DevAccount first = DevAccounts.hardhatDefaults().get(0);

        assertThat(first.privateKey()).matches("0x[0-9a-f]{64}");
        assertThat(first.toString())
                .contains(first.address().toString())
                .doesNotContain(first.privateKey().substring(2));
    }

    @Test
    void rejectsAnInvalidMnemonic() {
        assertThatThrownBy(() -> DevAccounts.derive("not a mnemonic", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mnemonic'");
    }

    @Test
    void rejectsMalformedAccountFields() {
        assertThatThrownBy(() -> new DevAccount(0, null, "0x" + "1".repeat(64)))
                .hasMessageContaining("'address'");
        assertThatThrownBy(() -> new DevAccount(0, Address.ZERO, "0x12"))
                .hasMessageContaining("'privateKey'");
    }

    @Test
    void signsOnlyOnTheDevnetChain() {
        DevAccount first = DevAccounts.hardhatDefaults().get(0);

        assertThat(first.signer(31337)).isNotNull();
        assertThatThrownBy(() -> first.signer(1)).hasMessageContaining("devnet");
    }
}
