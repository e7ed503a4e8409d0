package dev.baton.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

class RecoverableEcdsaTest {
    private static final BigInteger N =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

    /**
     * Both recovery-id parities and both halves of s occur in 500 random cases; each must equal
     * web3j's answer.
     */
    @Test
    void equalsWeb3jSignatureBitForBit() {
        Random random = new Random(0xba70);
        for (int i = 0; i < 500; i++) {
            BigInteger key =
                    new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            byte[] hash = new byte[32];
            random.nextBytes(hash);

            Sign.SignatureData ours = RecoverableEcdsa.sign(hash, key);
            Sign.SignatureData web3j = Sign.signMessage(hash, ECKeyPair.create(key), false);

            assertThat(Numeric.toHexString(ours.getR()))
                    .as("r, case %d", i)
                    .isEqualTo(Numeric.toHexString(web3j.getR()));
            assertThat(Numeric.toHexString(ours.getS()))
                    .as("s, case %d", i)
                    .isEqualTo(Numeric.toHexString(web3j.getS()));
            assertThat(ours.getV()).as("v, case %d", i).isEqualTo(web3j.getV());
        }
    }

    @Test
    void signedTransactionBytesEqualWeb3jEncoder() {
        DevKeySigner signer = DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
        Credentials credentials = Credentials.create(DevKeySigner.HARDHAT_ACCOUNT_0);
        for (long nonce = 0; nonce < 50; nonce++) {
            UnsignedTransaction tx =
                    new UnsignedTransaction(
                            ChainId.DEVNET,
                            nonce,
                            BigInteger.ONE,
                            BigInteger.TEN,
                            BigInteger.valueOf(60_000 + nonce),
                            Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
                            Amount.of(nonce),
                            "0xa9059cbb" + "00".repeat(31) + String.format("%02x", nonce));
            RawTransaction raw =
                    RawTransaction.createTransaction(
                            31337L,
                            BigInteger.valueOf(nonce),
                            tx.gasLimit(),
                            tx.to().lowerHex(),
                            tx.value().value(),
                            tx.data(),
                            tx.maxPriorityFeePerGas(),
                            tx.maxFeePerGas());

            assertThat(signer.sign(tx).raw())
                    .isEqualTo(
                            Numeric.toHexString(TransactionEncoder.signMessage(raw, credentials)));
        }
    }

    @Test
    void refusesAnythingButA32ByteHash() {
        assertThatThrownBy(() -> RecoverableEcdsa.sign(new byte[31], BigInteger.ONE))
                .hasMessageContaining("32-byte");
    }
}
