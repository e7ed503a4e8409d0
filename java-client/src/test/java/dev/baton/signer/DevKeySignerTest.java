package dev.baton.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.utils.Numeric;

class DevKeySignerTest {
    static final Address HARDHAT_0 = Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void refusesAnyChainButTheDevnet() {
        assertThatThrownBy(() -> DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.of(1)))
                .hasMessageContaining("31337")
                .hasMessageContaining("chain id 1")
                .hasMessageNotContaining(DevKeySigner.HARDHAT_ACCOUNT_0.substring(2));
    }

    @Test
    void signsAnEip1559TransactionThatRecoversToItsAddress() throws Exception {
        DevKeySigner signer = DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
        UnsignedTransaction tx =
                new UnsignedTransaction(
                        ChainId.DEVNET,
                        7,
                        BigInteger.ONE,
                        BigInteger.TEN,
                        BigInteger.valueOf(21_000),
                        HARDHAT_0,
                        Amount.of(5),
                        "0x");

        SignedTransaction signed = signer.sign(tx);

        SignedRawTransaction decoded =
                (SignedRawTransaction) TransactionDecoder.decode(signed.raw());
        assertThat(decoded.getFrom()).isEqualTo(HARDHAT_0.lowerHex());
        assertThat(decoded.getNonce()).isEqualTo(7);
        assertThat(
                        ((org.web3j.crypto.transaction.type.Transaction1559)
                                        decoded.getTransaction())
                                .getChainId())
                .isEqualTo(31337L);
        assertThat(signed.hash().hex()).isEqualTo(Hash.sha3(signed.raw()));
        assertThat(signer.address()).isEqualTo(HARDHAT_0);
    }

    @Test
    void refusesATransactionForAnotherChain() {
        DevKeySigner signer = DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
        UnsignedTransaction tx =
                new UnsignedTransaction(
                        ChainId.of(1),
                        0,
                        BigInteger.ONE,
                        BigInteger.TEN,
                        BigInteger.valueOf(21_000),
                        HARDHAT_0,
                        Amount.ZERO,
                        "0x");
        assertThatThrownBy(() -> signer.sign(tx)).hasMessageContaining("bound to chain 31337");
    }

    @Test
    void neverShowsTheKeyInItsText() {
        DevKeySigner signer = DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
        assertThat(signer.toString())
                .contains(HARDHAT_0.toString())
                .doesNotContain("ac0974bec39a17e3");
        assertThatThrownBy(() -> DevKeySigner.of("0x1234zz", ChainId.DEVNET))
                .hasMessageNotContaining("1234zz");
    }

    @Test
    void signsEip712TypedDataRecoverableToItsAddress() throws Exception {
        String json =
                """
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],
                 "Vote":[{"name":"slot","type":"uint64"},{"name":"ok","type":"bool"}]},
                 "primaryType":"Vote","domain":{"name":"Baton","chainId":31337},"message":{"slot":3,"ok":true}}""";
        DevKeySigner signer = DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);

        byte[] sig = Numeric.hexStringToByteArray(signer.signTypedData(json));

        assertThat(sig).hasSize(65);
        byte[] hash = new StructuredDataEncoder(json).hashStructuredData();
        var data =
                new Sign.SignatureData(
                        sig[64],
                        java.util.Arrays.copyOfRange(sig, 0, 32),
                        java.util.Arrays.copyOfRange(sig, 32, 64));
        String recovered = "0x" + Keys.getAddress(Sign.signedMessageHashToKey(hash, data));
        assertThat(Address.of(recovered)).isEqualTo(HARDHAT_0);
        assertThatThrownBy(() -> signer.signTypedData(json.replace("31337", "1")))
                .hasMessageContaining("chainId 1");
    }
}
