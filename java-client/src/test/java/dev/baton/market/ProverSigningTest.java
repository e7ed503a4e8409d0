package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import org.junit.jupiter.api.Test;

class ProverSigningTest {
    private static final Address PROPOSER =
            Address.of("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    private static final Address MARKET = Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final Eip712Domain MARKET_DOMAIN =
            Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private static final Eip712Domain VERIFIER_DOMAIN =
            Eip712Domain.blockMarket(
                    ChainId.DEVNET, Address.of("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));

    @Test
    void signedVotesAndAttestationsRecoverToTheProver() {
        KeyTypedDataSigner key = new KeyTypedDataSigner(KeyTypedDataSigner.KEY_1);
        ProverSigning signing = new ProverSigning(key);
        SignedVote vote =
                signing.vote(
                        MARKET_DOMAIN,
                        new Vote(MARKET, 1, PROPOSER, Bytes32.ZERO, 2500, TreePosition.of(1, 1)));
        assertThat(vote.prover()).isEqualTo(key.address());
        assertThat(vote.isValid(MARKET_DOMAIN)).isTrue();
        assertThat(vote.isValid(VERIFIER_DOMAIN)).isFalse();

        SignedAttestation att =
                signing.attest(
                        VERIFIER_DOMAIN,
                        new Attestation(
                                1,
                                Bytes32.ZERO,
                                TreePosition.of(1, 1),
                                Bytes32.of("0x" + "77".repeat(32))));
        assertThat(att.isValid(VERIFIER_DOMAIN)).isTrue();
        assertThat(att.isValid(MARKET_DOMAIN)).isFalse();
    }

    @Test
    void refusesASignerWhoseSignatureDoesNotRecoverToIt() {
        KeyTypedDataSigner other = new KeyTypedDataSigner(KeyTypedDataSigner.KEY_2);
        TypedDataSigner lying =
                new TypedDataSigner() {
                    @Override
                    public Address address() {
                        return new KeyTypedDataSigner(KeyTypedDataSigner.KEY_0).address();
                    }

                    @Override
                    public String signTypedData(String json) {
                        return other.signTypedData(json);
                    }
                };
        assertThatThrownBy(
                        () ->
                                new ProverSigning(lying)
                                        .vote(
                                                MARKET_DOMAIN,
                                                new Vote(
                                                        MARKET,
                                                        1,
                                                        PROPOSER,
                                                        Bytes32.ZERO,
                                                        2500,
                                                        TreePosition.of(0, 0))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not recover");
    }
}
