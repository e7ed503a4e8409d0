package dev.baton.agent.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.SignedAttestation;
import dev.baton.market.TreePosition;
import dev.baton.model.Json;
import dev.baton.types.Address;
import org.junit.jupiter.api.Test;

class AttestationJsonTest {

    /** The file format carries the signature as given; checking it is the verifier's job. */
    private static SignedAttestation attestation(byte[] part) {
        return new SignedAttestation(
                Attestation.ofPart(4, Bytes32.random(), TreePosition.of(2, 3), part),
                Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
                CompactSignature.fromRsv("0x" + "11".repeat(64) + "1b"));
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
