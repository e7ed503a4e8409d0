package dev.baton.client.market;

import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.TypedDataSigner;
import dev.baton.signer.Eip712HashSigner;
import dev.baton.signer.Signer;
import dev.baton.types.Address;
import java.util.Optional;

/**
 * A Baton {@link Signer} as the market's {@link TypedDataSigner}: a local key ({@link
 * Eip712HashSigner}) signs votes from their hashes, with the domain separator of the last domain
 * cached (a prover signs many votes in one market's domain); any other signer signs the typed-data
 * JSON.
 */
final class SignerTypedData implements TypedDataSigner {
    private record Separator(Eip712Domain domain, byte[] hash) {}

    private final Signer signer;
    private volatile Separator last;

    SignerTypedData(Signer signer) {
        this.signer = signer;
    }

    @Override
    public Address address() {
        return signer.address();
    }

    @Override
    public String signTypedData(String typedDataJson) {
        return signer.signTypedData(typedDataJson);
    }

    @Override
    public Optional<String> signHashes(Eip712Domain domain, Bytes32 structHash) {
        if (!(signer instanceof Eip712HashSigner hashes)) {
            return Optional.empty();
        }
        Separator cached = last;
        if (cached == null || !cached.domain().equals(domain)) {
            cached = new Separator(domain, domain.separator().bytes());
            last = cached;
        }
        return Optional.of(
                hashes.signTypedDataHashes(domain.chainId(), cached.hash(), structHash.bytes()));
    }
}
