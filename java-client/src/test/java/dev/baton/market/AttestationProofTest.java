package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint8;

class AttestationProofTest {
    private static final Eip712Domain DOMAIN =
            Eip712Domain.blockMarket(
                    ChainId.DEVNET, Address.of("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));

    /**
     * The verifier's Attestation struct, for web3j's decoder (an ABI implementation independent of
     * ours).
     */
    public static class Att extends StaticStruct {
        public final Uint8 depth;
        public final Uint32 index;
        public final Bytes32 partHash;
        public final Bytes32 r;
        public final Bytes32 vs;

        public Att(Uint8 depth, Uint32 index, Bytes32 partHash, Bytes32 r, Bytes32 vs) {
            super(depth, index, partHash, r, vs);
            this.depth = depth;
            this.index = index;
            this.partHash = partHash;
            this.r = r;
            this.vs = vs;
        }
    }

    private static SignedAttestation attest(int prover, int depth, int index) {
        var part = dev.baton.market.Bytes32.of(String.format("0x%064x", 100 + index));
        var attestation =
                new Attestation(
                        3, dev.baton.market.Bytes32.ZERO, TreePosition.of(depth, index), part);
        return new ProverSigning(KeyTypedDataSigner.numbered(prover)).attest(DOMAIN, attestation);
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void proofDecodesAsAnArrayOfAttestationTuples() {
        List<SignedAttestation> parts = List.of(attest(1, 1, 0), attest(2, 2, 2), attest(3, 2, 3));
        String hex = AttestationProof.toHex(AttestationProof.encode(parts));
        List<Type> decoded =
                FunctionReturnDecoder.decode(
                        hex, List.of((TypeReference) new TypeReference<DynamicArray<Att>>() {}));
        List<Att> atts = ((DynamicArray<Att>) decoded.get(0)).getValue();
        assertThat(atts).hasSize(3);
        for (int i = 0; i < 3; i++) {
            SignedAttestation expected = parts.get(i);
            assertThat(atts.get(i).depth.getValue().intValue())
                    .isEqualTo(expected.position().depth());
            assertThat(atts.get(i).index.getValue().longValue())
                    .isEqualTo(expected.position().index());
            assertThat(atts.get(i).partHash.getValue())
                    .isEqualTo(expected.attestation().partHash().bytes());
            assertThat(atts.get(i).r.getValue()).isEqualTo(expected.signature().r().bytes());
            assertThat(atts.get(i).vs.getValue()).isEqualTo(expected.signature().vs().bytes());
        }
    }

    @Test
    void partIsThePartsBytesWithTheAttestationOverTheirHash() {
        byte[] bytes = "the part".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var attestation =
                Attestation.ofPart(3, dev.baton.market.Bytes32.ZERO, TreePosition.of(0, 0), bytes);
        SignedAttestation a =
                new ProverSigning(KeyTypedDataSigner.numbered(4)).attest(DOMAIN, attestation);
        assertThat(attestation.partHash()).isEqualTo(Attestation.partHashOf(bytes));
        byte[] part = AttestationProof.encodePart(a, bytes);
        // abi.encode(bytes, bytes32, bytes32): offset 0x60, r, vs, length, data padded to a word
        assertThat(AttestationProof.toHex(part))
                .isEqualTo(
                        "0x"
                                + "%064x".formatted(96)
                                + a.signature().r().hex().substring(2)
                                + a.signature().vs().hex().substring(2)
                                + "%064x".formatted(bytes.length)
                                + java.util.HexFormat.of().formatHex(bytes)
                                + "00".repeat(32 - bytes.length));
    }

    @Test
    void partOtherThanTheAttestedOneIsRefused() {
        byte[] bytes = {1, 2, 3};
        SignedAttestation a =
                new ProverSigning(KeyTypedDataSigner.numbered(4))
                        .attest(
                                DOMAIN,
                                Attestation.ofPart(
                                        3,
                                        dev.baton.market.Bytes32.ZERO,
                                        TreePosition.of(0, 0),
                                        bytes));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AttestationProof.encodePart(a, new byte[] {1, 2, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("part:");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Attestation.partHashOf(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part must not be empty");
    }
}
