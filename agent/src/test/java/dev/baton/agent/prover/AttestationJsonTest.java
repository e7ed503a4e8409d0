package dev.baton.agent.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.ProverSigning;
import dev.baton.market.SignedAttestation;
import dev.baton.market.TreePosition;
import dev.baton.market.TypedDataSigner;
import dev.baton.model.Json;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import org.junit.jupiter.api.Test;

class AttestationJsonTest {
    private static final Eip712Domain VERIFIER =
            Eip712Domain.blockMarket(
                    ChainId.DEVNET, Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3"));

    private static SignedAttestation attestation(byte[] part) {
        DevKeySigner key =
                DevKeySigner.of(
                        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
                        ChainId.DEVNET);
        ProverSigning signing =
                new ProverSigning(
                        new TypedDataSigner() {
                            @Override
                            public Address address() {
                                return key.address();
                            }

                            @Override
                            public String signTypedData(String json) {
                                return key.signTypedData(json);
                            }
                        });
        return signing.attest(
                VERIFIER, Attestation.ofPart(4, Bytes32.random(), TreePosition.of(2, 3), part));
    }

    @Test
    void anAttestationAndItsPartRoundTripThroughTheFileFormat() {
        byte[] part = {0x0a, 0x0b};
        SignedAttestation signed = attestation(part);

        AttestationJson json = AttestationJson.of(signed, part);
        AttestationJson back =
                Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(json), AttestationJson.class);

        assertThat(back).isEqualTo(json);
        assertThat(back.part()).isEqualTo("0x0a0b");
        assertThat(back.depth()).isEqualTo(2);
        assertThat(back.index()).isEqualTo(3);
        assertThat(back.toSigned()).isEqualTo(signed);
    }

    @Test
    void withoutAPartNoneIsKept() {
        assertThat(AttestationJson.of(attestation(new byte[] {1}), null).part()).isNull();
    }
}
