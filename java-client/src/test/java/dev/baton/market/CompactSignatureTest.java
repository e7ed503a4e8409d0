package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

class CompactSignatureTest {
    private static final Address PROPOSER =
            Address.of("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    private static final Eip712Domain DOMAIN =
            Eip712Domain.blockMarket(ChainId.DEVNET, Address.ZERO);

    private final KeyTypedDataSigner signer = new KeyTypedDataSigner(KeyTypedDataSigner.KEY_0);

    @Test
    void roundTripsThroughTheRsvForm() {
        Vote vote = new Vote(Address.ZERO, 1, PROPOSER, Bytes32.ZERO, 2500, TreePosition.of(0, 0));
        String rsv = signer.signTypedData(vote.typedDataJson(DOMAIN));
        CompactSignature compact = CompactSignature.fromRsv(rsv);
        assertThat(compact.toRsv()).isEqualTo(rsv);
        assertThat(compact.recover(vote.digest(DOMAIN))).contains(signer.address());
        assertThat(signer.address())
                .isEqualTo(Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    @Test
    void parityIsTheTopBitOfVs() {
        for (int height = 0; height < 8; height++) {
            Vote vote =
                    new Vote(
                            Address.ZERO,
                            height,
                            PROPOSER,
                            Bytes32.ZERO,
                            2500,
                            TreePosition.of(0, 0));
            String rsv = signer.signTypedData(vote.typedDataJson(DOMAIN));
            CompactSignature compact = CompactSignature.fromRsv(rsv);
            int v = Integer.parseInt(rsv.substring(rsv.length() - 2), 16);
            assertThat(compact.parity()).isEqualTo(v - 27);
            assertThat(compact.s().hex()).isEqualTo("0x" + rsv.substring(66, 130));
        }
    }

    @Test
    void acceptsZeroOneRecoveryIds() {
        Vote vote = new Vote(Address.ZERO, 3, PROPOSER, Bytes32.ZERO, 2500, TreePosition.of(0, 0));
        String rsv = signer.signTypedData(vote.typedDataJson(DOMAIN));
        int v = Integer.parseInt(rsv.substring(130), 16);
        String zeroOne = rsv.substring(0, 130) + String.format("%02x", v - 27);
        assertThat(CompactSignature.fromRsv(zeroOne)).isEqualTo(CompactSignature.fromRsv(rsv));
    }

    @Test
    void refusesHighS() {
        Vote vote = new Vote(Address.ZERO, 3, PROPOSER, Bytes32.ZERO, 2500, TreePosition.of(0, 0));
        String rsv = signer.signTypedData(vote.typedDataJson(DOMAIN));
        BigInteger s = new BigInteger(rsv.substring(66, 130), 16);
        String highS = String.format("%064x", Sign.CURVE_PARAMS.getN().subtract(s));
        String malleable = rsv.substring(0, 66) + highS + rsv.substring(130);
        assertThatThrownBy(() -> CompactSignature.fromRsv(malleable))
                .hasMessageContaining("upper half");
    }

    @Test
    void malformedSignatureRecoversNobody() {
        CompactSignature zero = new CompactSignature(Bytes32.ZERO, Bytes32.ZERO);
        assertThat(zero.recover(Bytes32.ZERO)).isEmpty();
    }
}
