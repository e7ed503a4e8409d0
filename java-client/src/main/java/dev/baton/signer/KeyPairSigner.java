package dev.baton.signer;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** Signs with an in-memory key pair; shared by the keystore and dev-key signers. Never prints the key. */
abstract class KeyPairSigner implements Signer {
    private final Credentials credentials;
    private final ChainId chainId;
    private final Address address;

    KeyPairSigner(Credentials credentials, ChainId chainId) {
        this.credentials = credentials;
        this.chainId = chainId;
        this.address = Address.of(credentials.getAddress());
    }

    @Override
    public Address address() {
        return address;
    }

    @Override
    public ChainId chainId() {
        return chainId;
    }

    @Override
    public SignedTransaction sign(UnsignedTransaction tx) {
        if (!tx.chainId().equals(chainId)) {
            throw new IllegalArgumentException(
                    "signer for " + address + " is bound to chain " + chainId + ", refused a transaction for chain " + tx.chainId());
        }
        RawTransaction raw = RawTransaction.createTransaction(
                chainId.value(),
                java.math.BigInteger.valueOf(tx.nonce()),
                tx.gasLimit(),
                tx.to() == null ? "" : tx.to().lowerHex(),
                tx.value().value(),
                tx.data(),
                tx.maxPriorityFeePerGas(),
                tx.maxFeePerGas());
        // The same bytes as TransactionEncoder.signMessage(raw, credentials), at a quarter of its cost (see RecoverableEcdsa).
        byte[] unsignedBytes = TransactionEncoder.encode(raw);
        Sign.SignatureData signature = RecoverableEcdsa.sign(Hash.sha3(unsignedBytes), credentials.getEcKeyPair().getPrivateKey());
        byte[] signed = TransactionEncoder.encode(raw, signature);
        return new SignedTransaction(TxHash.of(Numeric.toHexString(Hash.sha3(signed))), tx.nonce(), Numeric.toHexString(signed));
    }

    @Override
    public String signTypedData(String typedDataJson) {
        try {
            StructuredDataEncoder encoder = new StructuredDataEncoder(typedDataJson);
            Object domainChain = encoder.jsonMessageObject.getDomain().getChainId();
            if (domainChain != null && !domainChain.toString().equals(Long.toString(chainId.value()))) {
                throw new IllegalArgumentException("typed data domain chainId " + domainChain + " is not this signer's chain " + chainId);
            }
            Sign.SignatureData sig = RecoverableEcdsa.sign(encoder.hashStructuredData(), credentials.getEcKeyPair().getPrivateKey());
            byte[] out = new byte[65];
            System.arraycopy(sig.getR(), 0, out, 0, 32);
            System.arraycopy(sig.getS(), 0, out, 32, 32);
            out[64] = sig.getV()[0];
            return Numeric.toHexString(out);
        } catch (IOException e) {
            throw new UncheckedIOException("malformed EIP-712 typed data: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[address=" + address + ", chainId=" + chainId + "]";
    }
}
