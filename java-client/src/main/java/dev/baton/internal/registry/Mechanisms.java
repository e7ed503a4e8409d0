package dev.baton.internal.registry;

import dev.baton.model.request.Mechanism;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * The registry's 32-byte mechanism ids: keccak256 of the mechanism's on-chain name, e.g.
 * "baton.slot-auction".
 */
public final class Mechanisms {

    private Mechanisms() {}

    public static byte[] id(Mechanism mechanism) {
        return Hash.sha3(mechanism.onChainName().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The mechanism whose id is {@code id}; an id no mechanism has throws {@link
     * IllegalStateException}.
     */
    public static Mechanism of(byte[] id) {
        return Arrays.stream(Mechanism.values())
                .filter(m -> Arrays.equals(id(m), id))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "unknown mechanism id 0x" + HexFormat.of().formatHex(id)));
    }

    /** {@link #of(byte[])} of a 0x-hex id. */
    public static Mechanism of(String idHex) {
        return of(HexFormat.of().parseHex(idHex.startsWith("0x") ? idHex.substring(2) : idHex));
    }
}
