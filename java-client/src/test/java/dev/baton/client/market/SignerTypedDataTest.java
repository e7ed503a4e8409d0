package dev.baton.client.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.ProverSigning;
import dev.baton.market.SignedVote;
import dev.baton.market.TreePosition;
import dev.baton.market.Vote;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * Local keys sign votes from their hashes; web3j's typed-data encoder is the oracle they must agree
 * with.
 */
class SignerTypedDataTest {
    private static final Address MARKET = Address.of("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static final Address PROPOSER =
            Address.of("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Eip712Domain DOMAIN = Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private final DevKeySigner key =
            DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);

    private static Vote vote(int index) {
        return new Vote(
                MARKET,
                7,
                PROPOSER,
                Bytes32.of(String.format("0x%064x", 0xbc + index)),
                2_000,
                TreePosition.of(3, index));
    }

    @Test
    void directSignatureIsTheTypedDataSignatureOverTheSameDigest() throws Exception {
        ProverSigning direct = new ProverSigning(new SignerTypedData(key));
        for (int i = 0; i < 8; i++) {
            Vote vote = vote(i);
            String json = vote.typedDataJson(DOMAIN);
            byte[] oracle = new StructuredDataEncoder(json).hashStructuredData();
            assertThat(vote.digest(DOMAIN).bytes()).isEqualTo(oracle);
            SignedVote signed = direct.vote(DOMAIN, vote);
            // deterministic ECDSA (RFC 6979): the JSON route over the same digest gives the same
            // bytes
            assertThat(signed.signature().toRsv()).isEqualTo(key.signTypedData(json));
            assertThat(signed.isValid(DOMAIN)).isTrue();
        }
    }

    @Test
    void domainOfAnotherChainIsRefused() {
        Eip712Domain other = Eip712Domain.blockMarket(ChainId.of(1), MARKET);
        assertThatThrownBy(() -> new ProverSigning(new SignerTypedData(key)).vote(other, vote(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chainId");
    }

    @Test
    void signerWithoutHashSigningFallsBackToTheJson() {
        var jsonOnly =
                new SignerTypedData(
                        new dev.baton.signer.Signer() {
                            @Override
                            public Address address() {
                                return key.address();
                            }

                            @Override
                            public ChainId chainId() {
                                return key.chainId();
                            }

                            @Override
                            public dev.baton.signer.SignedTransaction sign(
                                    dev.baton.signer.UnsignedTransaction tx) {
                                throw new UnsupportedOperationException();
                            }

                            @Override
                            public String signTypedData(String json) {
                                return key.signTypedData(json);
                            }
                        });
        assertThat(jsonOnly.signHashes(DOMAIN, vote(0).structHash())).isEmpty();
        assertThat(new ProverSigning(jsonOnly).vote(DOMAIN, vote(0)).isValid(DOMAIN)).isTrue();
    }
}
