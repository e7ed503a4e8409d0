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

/**
 * Signs with an in-memory key pair; shared by the keystore and dev-key signers. Never prints the
 * key.
 */
abstract class KeyPairSigner implements Signer, Eip712HashSigner {
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
                    "signer for "
                            + address
                            + " is bound to chain "
                            + chainId
                            + ", refused a transaction for chain "
                            + tx.chainId());
        }
        RawTransaction raw =
                RawTransaction.createTransaction(
                        chainId.value(),
                        java.math.BigInteger.valueOf(tx.nonce()),
                        tx.gasLimit(),
                        tx.to() == null ? "" : tx.to().lowerHex(),
                        tx.value().value(),
                        tx.data(),
                        tx.maxPriorityFeePerGas(),
                        tx.maxFeePerGas());
        // The same bytes as TransactionEncoder.signMessage(raw, credentials), at a quarter of its
        // cost (see RecoverableEcdsa).
        byte[] unsignedBytes = TransactionEncoder.encode(raw);
        Sign.SignatureData signature =
                RecoverableEcdsa.sign(
                        Hash.sha3(unsignedBytes), credentials.getEcKeyPair().getPrivateKey());
        byte[] signed = TransactionEncoder.encode(raw, signature);
        return new SignedTransaction(
                TxHash.of(Numeric.toHexString(Hash.sha3(signed))),
                tx.nonce(),
                Numeric.toHexString(signed));
    }

    @Override
    public String signTypedData(String typedDataJson) {
        try {
            StructuredDataEncoder encoder = new StructuredDataEncoder(typedDataJson);
            Object domainChain = encoder.jsonMessageObject.getDomain().getChainId();
            if (domainChain != null
                    && !domainChain.toString().equals(Long.toString(chainId.value()))) {
                throw new IllegalArgumentException(
                        "typed data domain chainId "
                                + domainChain
                                + " is not this signer's chain "
                                + chainId);
            }
            return rsv(
                    RecoverableEcdsa.sign(
                            encoder.hashStructuredData(),
                            credentials.getEcKeyPair().getPrivateKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("malformed EIP-712 typed data: " + e.getMessage(), e);
        }
    }

    @Override
    public String signTypedDataHashes(
            ChainId domainChainId, byte[] domainSeparator, byte[] structHash) {
        if (!domainChainId.equals(chainId)) {
            throw new IllegalArgumentException(
                    "typed data domain chainId "
                            + domainChainId
                            + " is not this signer's chain "
                            + chainId);
        }
        if (domainSeparator.length != 32 || structHash.length != 32) {
            throw new IllegalArgumentException(
                    "domain separator and struct hash must be 32 bytes each, were "
                            + domainSeparator.length
                            + " and "
                            + structHash.length);
        }
        byte[] message = new byte[66];
        message[0] = 0x19;
        message[1] = 0x01;
        System.arraycopy(domainSeparator, 0, message, 2, 32);
        System.arraycopy(structHash, 0, message, 34, 32);
        return rsv(
                RecoverableEcdsa.sign(
                        Hash.sha3(message), credentials.getEcKeyPair().getPrivateKey()));
    }

    private static String rsv(Sign.SignatureData sig) {
        byte[] out = new byte[65];
        System.arraycopy(sig.getR(), 0, out, 0, 32);
        System.arraycopy(sig.getS(), 0, out, 32, 32);
        out[64] = sig.getV()[0];
        return Numeric.toHexString(out);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[address=" + address + ", chainId=" + chainId + "]";
    }
}
